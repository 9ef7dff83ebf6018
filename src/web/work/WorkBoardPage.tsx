import { Alert, Badge, Card, Flex, Spin, Typography } from 'antd';
import { useState } from 'react';
import type { OccurrenceDto } from '../../shared/schemas/occurrences';
import { errorMessage } from '../forms/errors';
import { useT } from '../i18n/I18nProvider';
import { PageHeader } from '../layout/PageHeader';
import { OCCURRENCE_STATUSES, occurrenceStatusLabel } from './labels';
import { OccurrenceCard } from './OccurrenceCard';
import { useOccurrenceDialogs } from './useOccurrenceDialogs';
import { useWorkSet, WORK_SET_LIMIT, type WorkScope } from './work-set';
import { WorkScopePicker } from './WorkScopePicker';
import { WorkViewSwitch } from './WorkViewSwitch';

/** Late work first, then by due date: what needs doing soonest sits at the top of each column. */
const byUrgency = (a: OccurrenceDto, b: OccurrenceDto) => Number(b.lateness === 'overdue') - Number(a.lateness === 'overdue') || (a.due ?? '9999').localeCompare(b.due ?? '9999');

/** The work as a board: one column per status (SPEC §2.13 "a board by status"). */
export function WorkBoardPage() {
  const t = useT();
  const [scope, setScope] = useState<WorkScope>({ kind: 'mine' });
  const set = useWorkSet(scope);
  const dialogs = useOccurrenceDialogs();
  const items = set.data?.items ?? [];
  return (
    <>
      <PageHeader title={t('work.pageTitle')} extra={<WorkViewSwitch />} />
      <Card size="small">
        <Flex wrap gap="small" className="form-alert">
          <WorkScopePicker value={scope} onChange={setScope} />
        </Flex>
        {set.error && <Alert type="error" showIcon className="form-alert" title={errorMessage(set.error, t)} />}
        {set.data?.nextCursor && <Alert type="info" showIcon className="form-alert" title={t('work.tooMany', { count: WORK_SET_LIMIT })} />}
        <Spin spinning={set.isFetching}>
          <div className="work-board">
            {OCCURRENCE_STATUSES.map((status) => {
              const column = items.filter((o) => o.status === status).sort(byUrgency);
              return (
                <section key={status} className="work-board-column" aria-label={occurrenceStatusLabel(t, status)} data-status={status}>
                  <Typography.Title level={5} className="work-board-title">
                    {occurrenceStatusLabel(t, status)} <Badge count={column.length} showZero color={status === 'done' ? 'green' : 'blue'} />
                  </Typography.Title>
                  {column.length === 0 && <Typography.Text type="secondary">{t('work.boardEmpty')}</Typography.Text>}
                  {column.map((o) => (
                    <OccurrenceCard key={o.id} occurrence={o} open={dialogs.open} />
                  ))}
                </section>
              );
            })}
          </div>
        </Spin>
      </Card>
      {dialogs.element}
    </>
  );
}
