import { describe, expect, it } from 'vitest';
import { dueSoonHorizon, reminderItems, type ReminderCandidate } from './due-items';

const FRIDAY = '2026-03-27';

const candidate = (id: string, due: string | null, status: ReminderCandidate['status'] = 'not_started', extra: Partial<ReminderCandidate> = {}): ReminderCandidate => ({
  occurrenceId: id,
  taskTitle: `Nhiệm vụ ${id}`,
  organizationId: 'tchc',
  organizationName: 'Phòng Tổ chức Hành chính',
  bodyId: 'bvsn',
  due,
  status,
  submittedOn: null,
  completedOn: null,
  ...extra,
});

const reasons = (candidates: ReminderCandidate[], days = 3, today = FRIDAY) =>
  Object.fromEntries(reminderItems(candidates, today, days).map((i) => [i.occurrenceId, `${i.reason}:${i.daysLate}`]));

describe('which work needs a reminder', () => {
  it('looks ahead N working days, so a Friday reminder reaches past the weekend', () => {
    expect(dueSoonHorizon(FRIDAY, 3)).toBe('2026-04-01');
    expect(dueSoonHorizon(FRIDAY, 0)).toBe(FRIDAY);
  });

  it('reminds open work due from today to the horizon, and no later', () => {
    const items = reasons([candidate('today', FRIDAY), candidate('sunday', '2026-03-29'), candidate('wednesday', '2026-04-01', 'in_progress'), candidate('thursday', '2026-04-02')]);
    expect(items).toEqual({ today: 'due_soon:0', sunday: 'due_soon:0', wednesday: 'due_soon:0' });
  });

  it('reminds overdue work with the calendar days it is late', () => {
    expect(reasons([candidate('yesterday', '2026-03-26'), candidate('january', '2026-01-31', 'in_progress')])).toEqual({ yesterday: 'overdue:1', january: 'overdue:55' });
  });

  it('leaves out work the department no longer holds, and work with no due date', () => {
    const items = reasons([
      candidate('submitted', '2026-03-30', 'submitted'),
      candidate('submitted-late', '2026-03-01', 'submitted'),
      candidate('done', '2026-03-01', 'done', { completedOn: '2026-03-05' }),
      candidate('not-applicable', '2026-03-01', 'not_applicable'),
      candidate('on-request', null),
    ]);
    expect(items).toEqual({});
  });

  it('with N = 0 reminds only what is due today', () => {
    expect(reasons([candidate('today', FRIDAY), candidate('monday', '2026-03-30')], 0)).toEqual({ today: 'due_soon:0' });
  });

  it('counts working days across a public holiday', () => {
    // Thursday 30/04 and Friday 01/05/2026 are holidays: three working days from Wednesday 29/04 end on Wednesday 06/05.
    expect(dueSoonHorizon('2026-04-29', 3)).toBe('2026-05-06');
    expect(reasons([candidate('after-holiday', '2026-05-06')], 3, '2026-04-29')).toEqual({ 'after-holiday': 'due_soon:0' });
  });
});
