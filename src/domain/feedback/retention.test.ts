import { describe, expect, it } from 'vitest';
import { attachmentTypeOf } from './attachment';
import { dailyRetentionDue, retentionCutoff } from './retention';

describe('how long a citizen\'s personal data is kept', () => {
  it('counts calendar months back from now, ending a short month on its last day', () => {
    expect(retentionCutoff(new Date('2028-12-04T01:00:00Z'), 24)).toBe('2026-12-04T01:00:00.000Z');
    expect(retentionCutoff(new Date('2026-05-31T00:00:00Z'), 3)).toBe('2026-02-28T00:00:00.000Z');
  });

  it('runs the erasure once a day from noon in Vietnam, weekends included', () => {
    expect(dailyRetentionDue(new Date('2026-06-27T04:59:00Z'))).toBeNull();
    expect(dailyRetentionDue(new Date('2026-06-27T05:00:00Z'))).toEqual({ day: '2026-06-27', uniqueKey: 'feedback.retention:2026-06-27', runAt: '2026-06-27T05:00:00.000Z' });
    // 23:30 in Vietnam is still the same day's run.
    expect(dailyRetentionDue(new Date('2026-06-27T16:30:00Z'))?.day).toBe('2026-06-27');
  });
});

describe('what an attachment really is', () => {
  it('reads pictures and PDFs by their first bytes, and nothing else', () => {
    expect(attachmentTypeOf(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(attachmentTypeOf(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe('image/png');
    expect(attachmentTypeOf(new Uint8Array([0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50]))).toBe('image/webp');
    expect(attachmentTypeOf(Buffer.from('%PDF-1.7\n'))).toBe('application/pdf');
    expect(attachmentTypeOf(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg">'))).toBeNull();
    expect(attachmentTypeOf(Buffer.from('MZ\x90\x00'))).toBeNull();
  });
});
