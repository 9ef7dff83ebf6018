import { EditOutlined, KeyOutlined, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Input, Select, Space, Switch, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { ROLES, type Role } from '../../shared/roles';
import { api } from '../api/client';
import type { Page, UserDto } from '../api/types';
import { useCursorPager } from '../api/useCursorPager';
import { grantLabel, roleLabel } from '../format/labels';
import { useT } from '../i18n/I18nProvider';
import { PageHeader } from '../layout/PageHeader';
import { PagedTable } from '../layout/PagedTable';
import { useNarrowScreen } from '../layout/useNarrowScreen';
import { OrganizationTreeSelect } from '../organizations/OrganizationTreeSelect';
import { useOrganizations } from '../organizations/queries';
import { useMe } from '../session/MeContext';
import { ME_QUERY_KEY } from '../session/useMe';
import { ResetPasswordModal } from './ResetPasswordModal';
import { UserFormModal } from './UserFormModal';

const PAGE_SIZE = 20;

type Filters = { q: string; organizationId?: string; role?: Role; includeDisabled: boolean };

export function UsersPage() {
  const t = useT();
  const me = useMe();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const orgs = useOrganizations();
  const narrow = useNarrowScreen();
  const [search, setSearch] = useState('');
  const [filters, setFilters] = useState<Filters>({ q: '', includeDisabled: true });
  const pager = useCursorPager(JSON.stringify(filters));
  const [editing, setEditing] = useState<UserDto | 'new' | null>(null);
  const [resetting, setResetting] = useState<UserDto | null>(null);

  const list = useQuery({
    queryKey: ['users', filters, pager.cursor],
    queryFn: () =>
      api<Page<UserDto>>('/api/users', {
        query: {
          limit: PAGE_SIZE,
          cursor: pager.cursor,
          q: filters.q.trim(),
          organizationId: filters.organizationId,
          role: filters.role,
          includeDisabled: filters.includeDisabled ? 1 : undefined,
        },
      }),
    placeholderData: keepPreviousData,
  });

  return (
    <>
      <PageHeader
        title={t('users.pageTitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('users.add')}
          </Button>
        }
      />
      <Card size="small">
        <div className="filter-bar">
          <Input.Search
            allowClear
            placeholder={t('users.searchPlaceholder')}
            value={search}
            onChange={(e) => {
              setSearch(e.target.value);
              if (!e.target.value) setFilters((f) => ({ ...f, q: '' }));
            }}
            onSearch={(q) => setFilters((f) => ({ ...f, q }))}
            className="filter-search"
          />
          <OrganizationTreeSelect
            items={orgs.items}
            allowClear
            placeholder={t('users.filterOrganization')}
            value={filters.organizationId}
            onChange={(value) => setFilters((f) => ({ ...f, organizationId: typeof value === 'string' ? value : undefined }))}
            className="filter-org"
          />
          <Select<Role>
            allowClear
            placeholder={t('users.filterRole')}
            value={filters.role}
            onChange={(role) => setFilters((f) => ({ ...f, role }))}
            options={ROLES.map((role) => ({ value: role, label: roleLabel(t, role) }))}
            className="filter-role"
          />
          <label className="inline-switch">
            <Switch size="small" checked={filters.includeDisabled} onChange={(includeDisabled) => setFilters((f) => ({ ...f, includeDisabled }))} />{' '}
            {t('users.showDisabled')}
          </label>
        </div>
        <PagedTable<UserDto>
          list={list}
          pager={pager}
          minWidth={900}
          emptyText={t('users.none')}
          columns={[
            { key: 'username', title: t('users.username'), render: (_, user) => <span className="nowrap">{user.username}</span> },
            {
              key: 'fullName',
              title: t('users.fullName'),
              width: 200,
              render: (_, user) => (
                <Space size={4} wrap>
                  {user.fullName}
                  {user.disabled && <Tag color="red">{t('users.disabled')}</Tag>}
                </Space>
              ),
            },
            { key: 'title', title: t('user.title'), dataIndex: 'title' },
            {
              key: 'roles',
              title: t('users.roles'),
              render: (_, user) => (
                <Space size={[4, 4]} wrap className="roles-cell">
                  {user.roles.map((grant) => (
                    <Tag key={`${grant.role}-${grant.organization.id}`} color="blue">
                      {grantLabel(t, grant)}
                    </Tag>
                  ))}
                </Space>
              ),
            },
            {
              key: 'actions',
              title: t('common.actions'),
              fixed: narrow ? 'right' : undefined,
              width: 88,
              render: (_, user) => (
                <Space size={0}>
                  {user.can.update && (
                    <Tooltip title={t('common.edit')}>
                      <Button type="text" size="small" icon={<EditOutlined />} aria-label={t('users.editOne', { username: user.username })} onClick={() => setEditing(user)} />
                    </Tooltip>
                  )}
                  {user.can.resetPassword && (
                    <Tooltip title={t('users.resetPassword')}>
                      <Button type="text" size="small" icon={<KeyOutlined />} aria-label={t('users.resetPasswordOne', { username: user.username })} onClick={() => setResetting(user)} />
                    </Tooltip>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      {editing && (
        <UserFormModal
          editing={editing === 'new' ? null : editing}
          me={me}
          items={orgs.items}
          byId={orgs.byId}
          onClose={() => setEditing(null)}
          onSaved={(user) => {
            setEditing(null);
            void message.success(t('users.saved', { username: user.username }));
            void queryClient.invalidateQueries({ queryKey: ['users'] });
            // Editing oneself changes the roles and names the header shows.
            if (user.id === me.user.id) void queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY });
          }}
        />
      )}
      {resetting && <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />}
    </>
  );
}
