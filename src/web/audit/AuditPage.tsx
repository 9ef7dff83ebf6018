import { useInfiniteQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Table, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../api/client';
import type { AuditEntryDto, Page } from '../api/types';
import { errorMessage } from '../forms/errors';
import { formatDateTime } from '../format/dates';
import { useT } from '../i18n/I18nProvider';
import { Forbidden, refusedRoles } from '../layout/Forbidden';
import { PageHeader } from '../layout/PageHeader';
import { useNarrowScreen } from '../layout/useNarrowScreen';
import { useOrganizations } from '../organizations/queries';
import { AuditChange } from './AuditChange';
import { AuditFilters, type AuditFilterValues } from './AuditFilters';
import { actionLabel, entityTypeLabel } from './labels';

const PAGE_SIZE = 50;

export function AuditPage() {
  const t = useT();
  const orgs = useOrganizations();
  const narrow = useNarrowScreen();
  const [filters, setFilters] = useState<AuditFilterValues>({ action: '', range: null });
  const query = {
    limit: PAGE_SIZE,
    organizationId: filters.organizationId,
    action: filters.action,
    entityType: filters.entityType,
    from: filters.range?.[0]?.format('YYYY-MM-DD'),
    to: filters.range?.[1]?.format('YYYY-MM-DD'),
  };

  const log = useInfiniteQuery({
    queryKey: ['audit-log', query],
    queryFn: ({ pageParam }) => api<Page<AuditEntryDto>>('/api/audit-log', { query: { ...query, cursor: pageParam } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const entries = log.data?.pages.flatMap((page) => page.items) ?? [];
  const refused = refusedRoles(log.error);
  if (refused) return <Forbidden roles={refused} />;

  return (
    <>
      <PageHeader title={t('audit.pageTitle')} />
      <Card size="small">
        <AuditFilters items={orgs.items} value={filters} onChange={setFilters} />
        {log.isError && <Alert type="error" showIcon title={errorMessage(log.error, t)} className="form-alert" />}
        <Table<AuditEntryDto>
          rowKey="id"
          size="small"
          loading={log.isPending}
          dataSource={entries}
          pagination={false}
          scroll={narrow ? { x: 900 } : undefined}
          locale={{ emptyText: t('audit.none') }}
          expandable={{
            expandedRowRender: (entry) => <AuditChange before={entry.before} after={entry.after} requestId={entry.requestId} />,
          }}
          columns={[
            { key: 'at', title: t('audit.time'), render: (_, entry) => <span className="nowrap">{formatDateTime(entry.at)}</span> },
            {
              key: 'actor',
              title: t('audit.actor'),
              render: (_, entry) =>
                entry.actor ? (
                  <span>
                    {entry.actor.fullName}
                    <Typography.Text type="secondary" className="audit-secondary">
                      {entry.actor.username}
                    </Typography.Text>
                  </span>
                ) : (
                  t('audit.system')
                ),
            },
            {
              key: 'action',
              title: t('audit.action'),
              render: (_, entry) => (
                <span title={entry.action}>
                  {actionLabel(t, entry.action)}
                  <Typography.Text type="secondary" className="audit-secondary">
                    {entry.action}
                  </Typography.Text>
                </span>
              ),
            },
            { key: 'entityType', title: t('audit.entityType'), render: (_, entry) => entityTypeLabel(t, entry.entityType) },
            { key: 'summary', title: t('audit.summary'), dataIndex: 'summary' },
          ]}
        />
        <div className="pager">
          <Typography.Text type="secondary">{t('audit.shown', { n: entries.length })}</Typography.Text>
          {log.hasNextPage && (
            <Button onClick={() => void log.fetchNextPage()} loading={log.isFetchingNextPage}>
              {t('common.loadMore')}
            </Button>
          )}
        </div>
      </Card>
    </>
  );
}
