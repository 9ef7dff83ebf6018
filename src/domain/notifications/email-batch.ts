/**
 * E-mail of workflow notifications, gathered per person: "immediate" waits for the end of the current
 * ten-minute window, so a burst of steps (twenty accepts in a row) makes one letter; "digest" sends one
 * letter of the day with the morning scan; "off" sends none. In the app every notification shows at once.
 * See docs/decisions/0015-notification-email-batching.md.
 */
import { formatDateVi } from '../schedule/calendar';
import type { IsoDate } from '../calendar/iso-day';
import { escapeHtml, letterBodies, type EmailText } from '../mail/letter';

export const EMAIL_WINDOW_MS = 10 * 60_000;

/** The window `now` falls in: one gathering job per person per window, run when it closes. */
export function emailWindow(now: Date): { start: string; runAt: Date } {
  const start = Math.floor(now.getTime() / EMAIL_WINDOW_MS) * EMAIL_WINDOW_MS;
  return { start: new Date(start).toISOString(), runAt: new Date(start + EMAIL_WINDOW_MS) };
}

export type EmailNotice = { title: string; body: string; link: string | null; createdAt: string };

function subjectOf(notices: readonly EmailNotice[], digestDay: IsoDate | null): string {
  if (digestDay) return `[CCHC] Tổng hợp thông báo ngày ${formatDateVi(digestDay)}: ${notices.length} thông báo`;
  return notices.length === 1 ? `[CCHC] ${notices[0]!.title}` : `[CCHC] ${notices.length} thông báo mới`;
}

/**
 * One letter of a person's unsent notifications, oldest first, each with its absolute link.
 * `digestDay` makes it the daily digest; left out, it is an immediate letter.
 */
export function notificationEmail(input: { recipientName: string; notices: readonly EmailNotice[]; baseUrl: string; digestDay?: IsoDate }): EmailText {
  const notices = [...input.notices].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const absolute = (link: string | null) => `${input.baseUrl}${link ?? '/'}`;
  const { text, html } = letterBodies({
    greeting: `Kính gửi ${input.recipientName},`,
    lead: input.digestDay ? 'Hệ thống quản lý CCHC tổng hợp các thông báo trong ngày:' : 'Hệ thống quản lý CCHC có thông báo mới:',
    items: notices.map((n) => ({
      text: [`- ${n.title}: ${n.body}`, `  ${absolute(n.link)}`],
      html: `<strong>${escapeHtml(n.title)}</strong>: ${escapeHtml(n.body)} <a href="${escapeHtml(absolute(n.link))}">Xem</a>`,
    })),
    footer: 'Thư này được gửi tự động, vui lòng không trả lời. Đổi cách nhận thư tại mục Cài đặt thông báo trong ứng dụng.',
  });
  return { subject: subjectOf(notices, input.digestDay ?? null), text, html };
}
