import { addWorkingDays } from '../calendar';
import type { IsoDate } from '../calendar/iso-day';
import { FEEDBACK_TIMELINESS, type FeedbackState } from '../../shared/feedback-vocabulary';

/**
 * The answer is due `workingDays` working days after the day of receipt (the day itself does not count),
 * skipping weekends, holidays, Tết and swapped days and counting the Saturdays worked in exchange.
 */
export const answerDueOn = (receivedOn: IsoDate, workingDays: number): IsoDate => addWorkingDays(receivedOn, workingDays);

/** A feedback item's timeliness: still open and past due, answered after its due day, or neither. */
export type FeedbackTimeliness = (typeof FEEDBACK_TIMELINESS)[number];

const OPEN: ReadonlySet<FeedbackState> = new Set(['received', 'assigned']);

/**
 * On time until the due day has passed; an answer given on the due day is on time. Refused items were
 * settled by the refusal, which is judged the same way as an answer.
 */
export function timelinessOf(f: { state: FeedbackState; dueOn: IsoDate; answeredOn: IsoDate | null }, today: IsoDate): FeedbackTimeliness {
  if (OPEN.has(f.state)) return today > f.dueOn ? 'overdue' : 'on_time';
  return f.answeredOn !== null && f.answeredOn > f.dueOn ? 'answered_late' : 'on_time';
}

/** The KPI "feedback answered on time": of the items due by `today`, the share settled by their due day. */
export function answeredOnTimeShare(items: readonly { state: FeedbackState; dueOn: IsoDate; answeredOn: IsoDate | null }[], today: IsoDate) {
  const due = items.filter((f) => f.dueOn <= today || !OPEN.has(f.state));
  const onTime = due.filter((f) => !OPEN.has(f.state) && timelinessOf(f, today) === 'on_time').length;
  const late = due.filter((f) => timelinessOf(f, today) !== 'on_time').length;
  return { due: due.length, onTime, late, percent: due.length === 0 ? null : Math.round((onTime / due.length) * 1000) / 10 };
}
