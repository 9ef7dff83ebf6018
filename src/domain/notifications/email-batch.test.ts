import { describe, expect, it } from 'vitest';
import { emailWindow, notificationEmail, type EmailNotice } from './email-batch';

const notice = (title: string, body: string, createdAt: string, link = '/ke-hoach/p1'): EmailNotice => ({ title, body, link, createdAt });

describe('e-mail batching', () => {
  it('puts every moment of a ten-minute window in the same window, sent when it closes', () => {
    const first = emailWindow(new Date('2026-11-20T02:00:00.000Z'));
    expect(first).toEqual({ start: '2026-11-20T02:00:00.000Z', runAt: new Date('2026-11-20T02:10:00.000Z') });
    expect(emailWindow(new Date('2026-11-20T02:09:59.999Z'))).toEqual(first);
    expect(emailWindow(new Date('2026-11-20T02:10:00.000Z')).start).toBe('2026-11-20T02:10:00.000Z');
  });

  it('writes one letter of several notices, oldest first, each with its absolute link', () => {
    const mail = notificationEmail({
      recipientName: 'Ngô Thị Mai',
      baseUrl: 'https://cchc.example.vn',
      notices: [
        notice('Kết quả được duyệt', 'Kết quả nhiệm vụ “B” đã được duyệt hoàn thành.', '2026-11-20T02:03:00Z', '/nhiem-vu?occurrence=o2'),
        notice('Kết quả bị trả lại', 'Kết quả nhiệm vụ “A & <B>” bị trả lại, cần bổ sung.', '2026-11-20T02:01:00Z', '/nhiem-vu?occurrence=o1'),
      ],
    });
    expect(mail.subject).toBe('[CCHC] 2 thông báo mới');
    expect(mail.text).toContain('Kính gửi Ngô Thị Mai,');
    expect(mail.text.indexOf('bị trả lại')).toBeLessThan(mail.text.indexOf('được duyệt hoàn thành'));
    expect(mail.text).toContain('https://cchc.example.vn/nhiem-vu?occurrence=o1');
    expect(mail.html).toContain('“A &amp; &lt;B&gt;”');
    expect(mail.html).toContain('<a href="https://cchc.example.vn/nhiem-vu?occurrence=o2">');
  });

  it("titles a single notice by itself, and the digest by its day", () => {
    const one = [notice('Kế hoạch đã ban hành', 'Kế hoạch “X” đã được ban hành.', '2026-11-20T02:00:00Z')];
    expect(notificationEmail({ recipientName: 'A', baseUrl: 'http://localhost:3000', notices: one }).subject).toBe('[CCHC] Kế hoạch đã ban hành');
    const digest = notificationEmail({ recipientName: 'A', baseUrl: 'http://localhost:3000', notices: one, digestDay: '2026-11-21' });
    expect(digest.subject).toBe('[CCHC] Tổng hợp thông báo ngày 21/11/2026: 1 thông báo');
    expect(digest.text).toContain('tổng hợp các thông báo trong ngày');
  });
});
