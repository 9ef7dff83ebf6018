/**
 * The words of a reminder, in the app and by e-mail. One e-mail a person a day gathers all their
 * items, overdue first, so a department with ten deadlines gets one letter, not ten.
 */
import { formatDateVi } from '../schedule/calendar';
import type { IsoDate } from '../calendar/iso-day';
import { escapeHtml, letterBodies, type EmailText } from '../mail/letter';
import type { DueItem } from './due-items';

export type NotificationText = { kind: 'reminder.due_soon' | 'reminder.overdue'; title: string; body: string };

/** "Nhiệm vụ “…” (Phòng …) đến hạn ngày 31/03/2026." or "… đến hạn ngày 31/01/2026, đã quá hạn 55 ngày." */
export function describeItem(item: DueItem, today: IsoDate): string {
  const what = `Nhiệm vụ “${item.taskTitle}” (${item.organizationName}) đến hạn ngày ${formatDateVi(item.due)}`;
  if (item.reason === 'overdue') return `${what}, đã quá hạn ${item.daysLate} ngày.`;
  return item.due === today ? `${what} (hôm nay).` : `${what}.`;
}

export function notificationFor(item: DueItem, today: IsoDate): NotificationText {
  return item.reason === 'overdue'
    ? { kind: 'reminder.overdue', title: 'Nhiệm vụ quá hạn', body: describeItem(item, today) }
    : { kind: 'reminder.due_soon', title: 'Nhiệm vụ sắp đến hạn', body: describeItem(item, today) };
}

/** Overdue first, the longest overdue at the top; then what falls due soonest. */
function inOrder(items: readonly DueItem[]): DueItem[] {
  return [...items].sort((a, b) => (a.reason === b.reason ? (a.reason === 'overdue' ? b.daysLate - a.daysLate : a.due.localeCompare(b.due)) : a.reason === 'overdue' ? -1 : 1));
}

function subjectOf(items: readonly DueItem[], today: IsoDate): string {
  const overdue = items.filter((i) => i.reason === 'overdue').length;
  const dueSoon = items.length - overdue;
  const parts = [overdue ? `${overdue} nhiệm vụ quá hạn` : '', dueSoon ? `${dueSoon} nhiệm vụ sắp đến hạn` : ''].filter(Boolean);
  return `[CCHC] Nhắc việc ngày ${formatDateVi(today)}: ${parts.join(', ')}`;
}

export function reminderEmail(input: { recipientName: string; today: IsoDate; items: readonly DueItem[]; link: string }): EmailText {
  const items = inOrder(input.items);
  const action = 'Xem và cập nhật kết quả thực hiện tại:';
  const link = escapeHtml(input.link);
  const { text, html } = letterBodies({
    greeting: `Kính gửi ${input.recipientName},`,
    lead: 'Hệ thống quản lý CCHC xin nhắc các nhiệm vụ cần chú ý:',
    items: items.map((i) => describeItem(i, input.today)).map((line) => ({ text: [`- ${line}`], html: escapeHtml(line) })),
    closing: { text: [action, input.link], html: `${escapeHtml(action)} <a href="${link}">${link}</a>` },
    footer: 'Thư này được gửi tự động, vui lòng không trả lời.',
  });
  return { subject: subjectOf(items, input.today), text, html };
}
