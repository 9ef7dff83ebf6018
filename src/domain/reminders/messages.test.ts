import { describe, expect, it } from 'vitest';
import type { DueItem } from './due-items';
import { notificationFor, reminderEmail } from './messages';

const TODAY = '2026-03-27';
const item = (title: string, due: string, reason: DueItem['reason'], daysLate = 0): DueItem => ({
  occurrenceId: title,
  taskTitle: title,
  organizationId: 'tchc',
  organizationName: 'Phòng Tổ chức Hành chính',
  bodyId: 'bvsn',
  due,
  status: 'not_started',
  submittedOn: null,
  completedOn: null,
  reason,
  daysLate,
});

describe('reminder wording', () => {
  it('says when work falls due, in dd/mm/yyyy', () => {
    expect(notificationFor(item('Rà soát TTHC', '2026-03-31', 'due_soon'), TODAY)).toEqual({
      kind: 'reminder.due_soon',
      title: 'Nhiệm vụ sắp đến hạn',
      body: 'Nhiệm vụ “Rà soát TTHC” (Phòng Tổ chức Hành chính) đến hạn ngày 31/03/2026.',
    });
    expect(notificationFor(item('Họp giao ban', TODAY, 'due_soon'), TODAY).body).toBe('Nhiệm vụ “Họp giao ban” (Phòng Tổ chức Hành chính) đến hạn ngày 27/03/2026 (hôm nay).');
  });

  it('says how many days late work is', () => {
    expect(notificationFor(item('Báo cáo tháng 1', '2026-01-31', 'overdue', 55), TODAY)).toEqual({
      kind: 'reminder.overdue',
      title: 'Nhiệm vụ quá hạn',
      body: 'Nhiệm vụ “Báo cáo tháng 1” (Phòng Tổ chức Hành chính) đến hạn ngày 31/01/2026, đã quá hạn 55 ngày.',
    });
  });

  it('gathers a day’s items in one e-mail, overdue first, with the link', () => {
    const mail = reminderEmail({
      recipientName: 'Ngô Thị Mai',
      today: TODAY,
      link: 'https://cchc.example.vn/nhiem-vu',
      items: [item('Sắp tới', '2026-04-01', 'due_soon'), item('Trễ ít', '2026-03-20', 'overdue', 7), item('Trễ nhiều', '2026-01-31', 'overdue', 55)],
    });
    expect(mail.subject).toBe('[CCHC] Nhắc việc ngày 27/03/2026: 2 nhiệm vụ quá hạn, 1 nhiệm vụ sắp đến hạn');
    const listed = mail.text.split('\n').filter((l) => l.startsWith('- '));
    expect(listed.map((l) => l.match(/“(.+)”/)![1])).toEqual(['Trễ nhiều', 'Trễ ít', 'Sắp tới']);
    expect(mail.text).toContain('Kính gửi Ngô Thị Mai,');
    expect(mail.text).toContain('https://cchc.example.vn/nhiem-vu');
    expect(mail.html).toContain('<a href="https://cchc.example.vn/nhiem-vu">');
  });

  it('leaves out the empty half of the subject', () => {
    expect(reminderEmail({ recipientName: 'A', today: TODAY, link: '/', items: [item('X', '2026-03-30', 'due_soon')] }).subject).toBe('[CCHC] Nhắc việc ngày 27/03/2026: 1 nhiệm vụ sắp đến hạn');
  });

  it('escapes task titles in the HTML part', () => {
    const mail = reminderEmail({ recipientName: 'A', today: TODAY, link: '/', items: [item('<script>alert(1)</script> & “x”', '2026-03-30', 'due_soon')] });
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp;');
    expect(mail.text).toContain('<script>alert(1)</script> &');
  });
});
