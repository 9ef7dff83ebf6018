import { describe, expect, it } from 'vitest';
import { feedbackReminderHorizon, feedbackReminderRecipients, feedbackReminderText } from './feedback-reminders';

describe('reminders about citizens\' feedback', () => {
  const item = { id: 'f1', bodyId: 'b', trackingCode: 'ABCDEF23', subject: 'Chờ khám lâu', dueOn: '2026-06-30', unitId: 'kb', assignedUserId: 'u1' };

  it('looks two working days ahead: Friday 26/06/2026 reaches Tuesday 30/06', () => {
    expect(feedbackReminderHorizon('2026-06-26')).toBe('2026-06-30');
  });

  it('says soon before the due day and overdue after it', () => {
    expect(feedbackReminderText(item, '2026-06-26')).toMatchObject({ kind: 'reminder.feedback_due_soon', body: 'Phản ánh ABCD-EF23 “Chờ khám lâu” hạn trả lời 30/06/2026.' });
    expect(feedbackReminderText(item, '2026-07-01')).toMatchObject({ kind: 'reminder.feedback_overdue', title: 'Phản ánh quá hạn trả lời' });
  });

  it('tells the assigned person, the department\'s reporters and the coordinators, each once', () => {
    const d = { reporters: new Map([['kb', ['u1', 'u2']]]), coordinators: new Map([['b', ['c1']]]) };
    expect(feedbackReminderRecipients(item, d)).toEqual(['u1', 'u2', 'c1']);
    expect(feedbackReminderRecipients({ ...item, unitId: null, assignedUserId: null }, d)).toEqual(['c1']);
  });
});
