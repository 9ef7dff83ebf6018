import { Card, Space, Tooltip, Typography } from 'antd';
import { useMemo } from 'react';
import type { PlanDetailDto } from '../../api/types';
import { useT } from '../../i18n/I18nProvider';
import { QUARTER_NUMERALS } from '../labels';
import type { AssigneeDirectory } from '../useAssigneeDirectory';
import { taskTimeline, unitQuarterCounts, type QuarterCell, type TaskTimeline } from './timeline';
import { UnitSummary } from './UnitSummary';
import './timeline.css';

type Props = { plan: PlanDetailDto; directory: AssigneeDirectory };

const dayMonth = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}`;

function QuarterBar({ cells, index }: { cells: QuarterCell[]; index: number }) {
  const cell = cells[index]!;
  if (!cell.active && cell.dues.length === 0) return null;
  const className = ['timeline-bar', cells[index - 1]?.active && 'timeline-bar-joined-left', cells[index + 1]?.active && 'timeline-bar-joined-right'].filter(Boolean).join(' ');
  return <div className={className}>{cell.dues.map(dayMonth).join(', ')}</div>;
}

const UNITS_SHOWN = 3;

/** Each responsible unit's number of occurrences; a long list (a group lead) is folded into a tooltip. */
function UnitCounts({ perUnit, orgName }: { perUnit: TaskTimeline['perUnit']; orgName: (id: string) => string }) {
  const t = useT();
  // Keyed by unit: names of units the reader cannot see all read alike.
  const lines = perUnit.map(({ organizationId, count }) => <div key={organizationId}>{t('timeline.unitCount', { unit: orgName(organizationId), n: count })}</div>);
  if (lines.length <= UNITS_SHOWN + 1) return lines;
  return (
    <>
      {lines.slice(0, UNITS_SHOWN)}
      <Tooltip title={lines.slice(UNITS_SHOWN)}>
        <Typography.Link>{t('timeline.moreUnits', { n: lines.length - UNITS_SHOWN })}</Typography.Link>
      </Tooltip>
    </>
  );
}

/** The plan's year in quarters: where each task's work falls, when it is due, and who does how much. */
export function TimelineTab({ plan, directory }: Props) {
  const t = useT();
  const rows = useMemo(() => plan.tasks.map((task) => ({ task, timeline: taskTimeline(task.occurrences, plan.year) })), [plan.tasks, plan.year]);
  const counts = useMemo(() => unitQuarterCounts(plan.tasks, plan.year), [plan.tasks, plan.year]);
  return (
    <Space orientation="vertical" size="middle" className="full-width">
      <Card size="small" title={t('timeline.byUnit', { year: plan.year })}>
        <UnitSummary counts={counts} orgName={directory.orgName} />
      </Card>
      <Card size="small" title={t('timeline.byTask')}>
        <Typography.Paragraph type="secondary">{t('timeline.help')}</Typography.Paragraph>
        <div className="timeline-wrap">
          <table className="timeline">
            <thead>
              <tr>
                <th className="timeline-number">{t('taskGrid.column.number')}</th>
                <th className="timeline-task">{t('taskGrid.column.title')}</th>
                {QUARTER_NUMERALS.map((numeral) => (
                  <th key={numeral} className="timeline-quarter">
                    {t('timeline.quarter', { q: numeral })}
                  </th>
                ))}
                <th className="timeline-units">{t('timeline.units')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ task, timeline }) => (
                <tr key={task.id}>
                  <td className="timeline-number">{task.number}</td>
                  <td className="timeline-task">
                    <div className="timeline-title">{task.title}</div>
                    <Typography.Text type="secondary" className="timeline-deadline">
                      {task.deadlineText || t('taskGrid.noDeadline')}
                    </Typography.Text>
                  </td>
                  {timeline.onDemand ? (
                    <td colSpan={4} className="timeline-on-demand">
                      {task.schedule.understood ? task.schedule.description : t('timeline.noSchedule')}
                    </td>
                  ) : (
                    QUARTER_NUMERALS.map((numeral, i) => (
                      <td key={numeral} className="timeline-quarter">
                        <QuarterBar cells={timeline.quarters} index={i} />
                      </td>
                    ))
                  )}
                  <td className="timeline-units">
                    <UnitCounts perUnit={timeline.perUnit} orgName={directory.orgName} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
    </Space>
  );
}
