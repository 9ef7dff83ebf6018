import { FileExcelOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Progress, Segmented, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { OccurrenceDto } from '../../shared/schemas/occurrences';
import { withQuery } from '../api/client';
import { useCursorPager } from '../api/useCursorPager';
import { formatDate } from '../format/dates';
import { useT, type Translate } from '../i18n/I18nProvider';
import { PageHeader } from '../layout/PageHeader';
import { PagedTable } from '../layout/PagedTable';
import { BulkUpdateActions } from './BulkUpdateActions';
import { OCCURRENCE_STATUSES, OccurrenceStatusTag, occurrenceStatusLabel } from './labels';
import { listQuery, useOccurrenceList, type WorkFilters, type WorkView } from './queries';
import { ReminderNoticeButton } from './ReminderNoticeButton';
import { OccurrenceActions } from './OccurrenceActions';
import { useOccurrenceDialogs, type OccurrenceDialog } from './useOccurrenceDialogs';
import { WorkViewSwitch } from './WorkViewSwitch';

/** The periods of work a person's units carry out, the late ones, and those waiting for their review. */
export function WorkPage() {
  const t = useT();
  const [filters, setFilters] = useState<WorkFilters>({ view: 'mine' });
  const dialogs = useOccurrenceDialogs();
  const pager = useCursorPager(JSON.stringify(filters));
  const list = useOccurrenceList(filters, pager.cursor);

  return (
    <>
      <PageHeader title={t('work.pageTitle')} extra={<WorkViewSwitch />} />
      <Card size="small">
        <Flex wrap gap="small" className="form-alert">
          <Segmented<WorkView>
            aria-label={t('a11y.show')}
            value={filters.view}
            onChange={(view) => setFilters({ view })}
            options={[
              { value: 'mine', label: t('work.viewMine') },
              { value: 'late', label: t('work.viewLate') },
              { value: 'review', label: t('work.viewReview') },
            ]}
          />
          {filters.view !== 'review' && (
            <Select
              allowClear
              aria-label={t('work.filterStatus')}
              placeholder={t('work.filterStatus')}
              style={{ minWidth: 180 }}
              value={filters.status}
              onChange={(status) => setFilters({ ...filters, status })}
              options={OCCURRENCE_STATUSES.map((s) => ({ value: s, label: occurrenceStatusLabel(t, s) }))}
            />
          )}
          {filters.view !== 'review' && <BulkUpdateActions />}
          <Button icon={<FileExcelOutlined />} href={withQuery('/api/occurrences/export.xlsx', listQuery(filters))}>
            {t('work.exportList')}
          </Button>
          <ReminderNoticeButton />
        </Flex>
        <PagedTable<OccurrenceDto> list={list} pager={pager} minWidth={1100} emptyText={t('work.none')} columns={columns(t, dialogs.open)} />
      </Card>
      {dialogs.element}
    </>
  );
}

/** start–end, allowed to break after the dash in a narrow column. */
function period(o: OccurrenceDto) {
  if (!o.start && !o.end) return '';
  return (
    <>
      {formatDate(o.start)}–<wbr />
      {formatDate(o.end)}
    </>
  );
}

function columns(t: Translate, open: (dialog: OccurrenceDialog) => void) {
  return [
    { title: t('work.task'), key: 'task', render: (_: unknown, o: OccurrenceDto) => <Link to={`/ke-hoach/${o.planId}`}>{o.taskTitle}</Link> },
    { title: t('work.unit'), key: 'unit', width: 160, render: (_: unknown, o: OccurrenceDto) => o.organization.name },
    { title: t('work.period'), key: 'period', width: 110, render: (_: unknown, o: OccurrenceDto) => period(o) },
    {
      title: t('work.due'),
      key: 'due',
      width: 110,
      render: (_: unknown, o: OccurrenceDto) => (
        <Space size={4} wrap>
          {formatDate(o.due)}
          {o.lateness === 'overdue' && <Tag color="red">{t('work.late')}</Tag>}
          {o.lateness === 'finished_late' && <Tag color="orange">{t('work.finishedLate')}</Tag>}
        </Space>
      ),
    },
    { title: t('work.status'), key: 'status', width: 130, render: (_: unknown, o: OccurrenceDto) => <OccurrenceStatusTag status={o.status} /> },
    { title: t('work.progress'), key: 'progress', width: 120, render: (_: unknown, o: OccurrenceDto) => <Progress percent={o.progress} size="small" aria-label={t('work.progress')} /> },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 150,
      render: (_: unknown, o: OccurrenceDto) => <OccurrenceActions occurrence={o} open={open} />,
    },
  ];
}
