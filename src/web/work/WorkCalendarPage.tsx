import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, Button, Calendar, Card, Flex, Segmented, Space, Spin, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { OccurrenceDto } from '../../shared/schemas/occurrences';
import { formatDate } from '../format/dates';
import { errorMessage } from '../forms/errors';
import { useT } from '../i18n/I18nProvider';
import { PageHeader } from '../layout/PageHeader';
import { useNarrowScreen } from '../layout/useNarrowScreen';
import { QUARTER_NUMERALS } from '../plans/labels';
import { firstMonth, monthsOf, rangeOf, shift, type CalendarMode, type CalendarPage } from './calendar-range';
import { useOccurrenceDialogs, type OccurrenceDialog } from './useOccurrenceDialogs';
import { useWorkSet, WORK_SET_LIMIT, type WorkScope } from './work-set';
import { WorkScopePicker } from './WorkScopePicker';
import { WorkViewSwitch } from './WorkViewSwitch';

function thisMonth(): CalendarPage {
  const now = new Date();
  return { mode: 'month', year: now.getFullYear(), month: now.getMonth() + 1 };
}

function byDueDay(items: readonly OccurrenceDto[]) {
  const days = new Map<string, OccurrenceDto[]>();
  for (const o of items) if (o.due) days.set(o.due, [...(days.get(o.due) ?? []), o]);
  return days;
}

/** The work by due date: a month as a calendar grid, or a quarter as three columns of due days. */
export function WorkCalendarPage() {
  const t = useT();
  const narrow = useNarrowScreen('md');
  const [scope, setScope] = useState<WorkScope>({ kind: 'mine' });
  const [page, setPage] = useState<CalendarPage>(thisMonth);
  const set = useWorkSet(scope, rangeOf(page));
  const dialogs = useOccurrenceDialogs();
  const days = byDueDay(set.data?.items ?? []);
  const title =
    page.mode === 'month'
      ? t('work.monthTitle', { month: page.month, year: page.year })
      : t('work.quarterTitle', { quarter: QUARTER_NUMERALS[(firstMonth(page) - 1) / 3]!, year: page.year });

  return (
    <>
      <PageHeader title={t('work.pageTitle')} extra={<WorkViewSwitch />} />
      <Card size="small">
        <Flex wrap gap="small" align="center" className="form-alert">
          <WorkScopePicker value={scope} onChange={setScope} />
          <Segmented<CalendarMode>
            aria-label={t('a11y.calendarMode')}
            value={page.mode}
            onChange={(mode) => setPage({ ...page, mode })}
            options={[
              { value: 'month', label: t('work.calendarMonth') },
              { value: 'quarter', label: t('work.calendarQuarter') },
            ]}
          />
          <Space>
            <Button icon={<LeftOutlined />} aria-label={t('work.previous')} onClick={() => setPage(shift(page, -1))} />
            <Typography.Text strong className="calendar-title">
              {title}
            </Typography.Text>
            <Button icon={<RightOutlined />} aria-label={t('work.next')} onClick={() => setPage(shift(page, 1))} />
            <Button onClick={() => setPage({ ...thisMonth(), mode: page.mode })}>{t('work.today')}</Button>
          </Space>
        </Flex>
        {set.error && <Alert type="error" showIcon className="form-alert" title={errorMessage(set.error, t)} />}
        {set.data?.nextCursor && <Alert type="info" showIcon className="form-alert" title={t('work.tooMany', { count: WORK_SET_LIMIT })} />}
        <Spin spinning={set.isFetching}>
          {page.mode === 'month' && !narrow ? (
            <Calendar
              value={dayjs(`${page.year}-${String(page.month).padStart(2, '0')}-01`)}
              headerRender={() => null}
              onSelect={(date, { source }) => source === 'date' && date.month() + 1 !== page.month && setPage({ ...page, year: date.year(), month: date.month() + 1 })}
              cellRender={(date: Dayjs, info) => (info.type === 'date' ? <DueItems items={days.get(date.format('YYYY-MM-DD')) ?? []} open={dialogs.open} /> : info.originNode)}
            />
          ) : (
            <div className={`calendar-agenda${page.mode === 'quarter' && !narrow ? ' calendar-agenda-quarter' : ''}`}>
              {monthsOf(page).map((month) => (
                <MonthAgenda key={month} title={t('work.monthTitle', { month, year: page.year })} days={[...days].filter(([day]) => Number(day.slice(5, 7)) === month).sort(([a], [b]) => a.localeCompare(b))} open={dialogs.open} />
              ))}
            </div>
          )}
        </Spin>
      </Card>
      {dialogs.element}
    </>
  );
}

function MonthAgenda({ title, days, open }: { title: string; days: [string, OccurrenceDto[]][]; open: (dialog: OccurrenceDialog) => void }) {
  const t = useT();
  return (
    <section className="calendar-month" aria-label={title}>
      <Typography.Title level={5}>{title}</Typography.Title>
      {days.length === 0 && <Typography.Text type="secondary">{t('work.boardEmpty')}</Typography.Text>}
      {days.map(([day, items]) => (
        <div key={day} className="calendar-day">
          <Typography.Text strong>{formatDate(day)}</Typography.Text>
          <DueItems items={items} open={open} />
        </div>
      ))}
    </section>
  );
}

/** The work due on one day; a click opens what the person may do with it. */
function DueItems({ items, open }: { items: readonly OccurrenceDto[]; open: (dialog: OccurrenceDialog) => void }) {
  if (items.length === 0) return null;
  return (
    <ul className="due-items">
      {items.map((o) => {
        const action: OccurrenceDialog = o.can.review ? { kind: 'accept', occurrence: o } : o.can.update ? { kind: 'update', occurrence: o } : null;
        const className = `due-item due-item-${o.lateness === 'overdue' ? 'late' : o.status}`;
        return (
          <li key={o.id} className={className} title={`${o.taskTitle} — ${o.organization.name}`}>
            {action ? (
              <button type="button" onClick={() => open(action)}>
                {o.taskTitle}
              </button>
            ) : (
              <Link to={`/ke-hoach/${o.planId}`}>{o.taskTitle}</Link>
            )}
          </li>
        );
      })}
    </ul>
  );
}
