import { FileExcelOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Progress, Segmented, Select, Space, Spin } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import type { OccurrenceDto } from '../../shared/schemas/occurrences';
import { withQuery } from '../api/client';
import { useCursorPager } from '../api/useCursorPager';
import { formatDate } from '../format/dates';
import { useT, type Translate } from '../i18n/I18nProvider';
import { PageHeader } from '../layout/PageHeader';
import { PagedTable } from '../layout/PagedTable';
import { PagerBar } from '../layout/PagerBar';
import { useNarrowScreen } from '../layout/useNarrowScreen';
import { errorMessage } from '../forms/errors';
import { taskPath } from '../tasks/queries';
import { OccurrenceCard } from './OccurrenceCard';
import './work.css';
import { BulkUpdateActions } from './BulkUpdateActions';
import { OCCURRENCE_STATUSES, LatenessTag, OccurrenceStatusTag, occurrenceStatusLabel } from './labels';
import { listQuery, useOccurrenceList, type WorkFilters, type WorkView } from './queries';
import { ReminderNoticeButton } from './ReminderNoticeButton';
import { OccurrenceActions } from './OccurrenceActions';
import { useOccurrenceDialogs, type OccurrenceDialog } from './useOccurrenceDialogs';
import { WorkViewSwitch } from './WorkViewSwitch';

const VIEW_OF_PARAM: Record<string, WorkView> = { 'tre-han': 'late', 'cho-duyet': 'review', 'cua-toi': 'mine' };

/** The periods of work a person's units carry out, the late ones, and those waiting for their review. */
export function WorkPage() {
  const t = useT();
  // The home page links straight to the late work or the work waiting for review (?xem=tre-han, ?xem=cho-duyet).
  const [params] = useSearchParams();
  const [filters, setFilters] = useState<WorkFilters>({ view: VIEW_OF_PARAM[params.get('xem') ?? ''] ?? 'mine' });
  const dialogs = useOccurrenceDialogs();
  const pager = useCursorPager(JSON.stringify(filters));
  const list = useOccurrenceList(filters, pager.cursor);
  // On a phone each period is a card: status, progress and the main action show without scrolling sideways.
  const narrow = useNarrowScreen('md');

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
        {narrow ? (
          <>
            {list.isError && <Alert type="error" showIcon title={errorMessage(list.error, t)} className="form-alert" />}
            <Spin spinning={list.isFetching}>
              <div className="work-cards">
                {list.data?.items.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('work.none')} />}
                {list.data?.items.map((o) => (
                  <OccurrenceCard key={o.id} occurrence={o} open={dialogs.open} showStatus />
                ))}
              </div>
            </Spin>
            <PagerBar pager={pager} nextCursor={list.data?.nextCursor ?? null} />
          </>
        ) : (
          <PagedTable<OccurrenceDto> list={list} pager={pager} minWidth={1200} emptyText={t('work.none')} columns={columns(t, dialogs.open)} />
        )}
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
    { title: t('work.task'), key: 'task', render: (_: unknown, o: OccurrenceDto) => <Link to={taskPath(o.taskId)}>{o.taskTitle}</Link> },
    {
      title: t('work.plan'),
      key: 'plan',
      width: 130,
      render: (_: unknown, o: OccurrenceDto) => (
        <Link to={`/ke-hoach/${o.planId}`} title={o.plan.title}>
          {o.plan.numberAndSymbol}
        </Link>
      ),
    },
    { title: t('work.unit'), key: 'unit', width: 160, render: (_: unknown, o: OccurrenceDto) => o.organization.name },
    { title: t('work.period'), key: 'period', width: 110, render: (_: unknown, o: OccurrenceDto) => period(o) },
    {
      title: t('work.due'),
      key: 'due',
      width: 110,
      render: (_: unknown, o: OccurrenceDto) => (
        <Space size={4} wrap>
          {formatDate(o.due)}
          <LatenessTag lateness={o.lateness} />
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
