/**
 * Reminders about citizens' feedback (SPEC §2.8): an item still open two working days before its due
 * day, and every day once it is past, to the people who must answer it — the assigned person, the
 * assigned department's reporters — and to the body's coordinators, who answer for the deadline.
 */
import { addWorkingDays } from '../calendar';
import type { IsoDate } from '../calendar/iso-day';
import { displayTrackingCode } from '../feedback/tracking-code';
import { formatDateVi } from '../schedule/calendar';

/** Open items due by this day are reminded today. */
export const FEEDBACK_REMINDER_WORKING_DAYS = 2;
export const feedbackReminderHorizon = (today: IsoDate) => addWorkingDays(today, FEEDBACK_REMINDER_WORKING_DAYS);

export type FeedbackToRemind = { id: string; bodyId: string; trackingCode: string; subject: string; dueOn: IsoDate; unitId: string | null; assignedUserId: string | null };

export type FeedbackReminderText = { kind: 'reminder.feedback_due_soon' | 'reminder.feedback_overdue'; title: string; body: string };

export function feedbackReminderText(item: FeedbackToRemind, today: IsoDate): FeedbackReminderText {
  const what = `Phản ánh ${displayTrackingCode(item.trackingCode)} “${item.subject}” hạn trả lời ${formatDateVi(item.dueOn)}`;
  if (item.dueOn < today) return { kind: 'reminder.feedback_overdue', title: 'Phản ánh quá hạn trả lời', body: `${what}, đã quá hạn.` };
  return { kind: 'reminder.feedback_due_soon', title: 'Phản ánh sắp đến hạn trả lời', body: item.dueOn === today ? `${what} (hôm nay).` : `${what}.` };
}

/** Who hears of it: each person once. */
export function feedbackReminderRecipients(item: FeedbackToRemind, d: { reporters: ReadonlyMap<string, readonly string[]>; coordinators: ReadonlyMap<string, readonly string[]> }): string[] {
  const ids = [item.assignedUserId, ...(item.unitId ? (d.reporters.get(item.unitId) ?? []) : []), ...(d.coordinators.get(item.bodyId) ?? [])];
  return [...new Set(ids.filter((id): id is string => !!id))];
}
