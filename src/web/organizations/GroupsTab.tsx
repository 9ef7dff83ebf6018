import { Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { GroupDto, OrganizationDto } from '../api/types';
import { groupKindLabel } from '../format/labels';
import { useT } from '../i18n/I18nProvider';
import { GroupFormModal } from './GroupFormModal';
import { useGroups } from './queries';
import { RegistryTab } from './RegistryTab';

const MEMBERS_SHOWN = 8;

type Props = { owner: OrganizationDto; items: readonly OrganizationDto[]; canManage: boolean };

/** Groups stand for several nodes as one assignee; the members are resolved by the server as of today. */
export function GroupsTab({ owner, items, canManage }: Props) {
  const t = useT();
  const [adding, setAdding] = useState(false);
  const list = useGroups(owner.id);

  return (
    <RegistryTab<GroupDto>
      caption={t('group.of', { owner: owner.name })}
      addLabel={t('group.add')}
      onAdd={canManage ? () => setAdding(true) : undefined}
      list={list}
      emptyText={t('group.none')}
      columns={[
        { key: 'name', title: t('group.name'), dataIndex: 'name' },
        { key: 'kind', title: t('group.kind'), render: (_, group) => groupKindLabel(t, group.kind) },
        {
          key: 'members',
          title: t('group.members'),
          render: (_, group) => (
            <Space size={[4, 4]} wrap className="group-members">
              {group.members.slice(0, MEMBERS_SHOWN).map((m) => (
                <Tag key={m.id} title={m.name}>
                  {m.name}
                </Tag>
              ))}
              {group.members.length > MEMBERS_SHOWN && <Tag>{t('group.more', { n: group.members.length - MEMBERS_SHOWN })}</Tag>}
              {group.members.length === 0 && <Typography.Text type="secondary">{t('group.empty')}</Typography.Text>}
            </Space>
          ),
        },
      ]}
    >
      {adding && <GroupFormModal owner={owner} items={items} onClose={() => setAdding(false)} />}
    </RegistryTab>
  );
}
