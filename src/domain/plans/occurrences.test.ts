import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDeadline, type Schedule } from '../schedule';
import { plannedOccurrences, reconcileOccurrences, type StoredOccurrence } from './occurrences';

const schedule = (text: string): Schedule => {
  const parsed = parseDeadline(text, 2026);
  if (!parsed.understood) throw new Error(parsed.reason);
  return parsed.schedule;
};

describe('occurrences of a task', () => {
  it('gives each responsible body every period', () => {
    const planned = plannedOccurrences(schedule('Hàng quý'), ['bv', 'ttyt', 'bv']);
    expect(planned).toHaveLength(8);
    expect(planned.filter((o) => o.organizationId === 'ttyt').map((o) => o.due)).toEqual(['2026-03-31', '2026-06-30', '2026-09-30', '2026-12-31']);
  });

  it('gives none for on-request work and one undated occurrence while the deadline is not understood', () => {
    expect(plannedOccurrences(schedule('Khi có yêu cầu'), ['bv'])).toEqual([]);
    expect(plannedOccurrences(null, ['bv'])).toEqual([{ organizationId: 'bv', start: null, end: null, due: null }]);
  });

  it('keeps recorded work when a deadline changes and drops untouched periods', () => {
    const stored: StoredOccurrence[] = plannedOccurrences(schedule('Hàng quý'), ['bv']).map((o, i) => ({ ...o, id: `q${i + 1}`, hasRecordedWork: i === 0, detached: false }));
    const r = reconcileOccurrences(stored, plannedOccurrences(schedule('Quý II–III/2026'), ['bv']));
    expect(r.detach).toEqual(['q1']);
    expect(r.remove).toEqual(['q2', 'q3', 'q4']);
    expect(r.create).toEqual([{ organizationId: 'bv', start: '2026-04-01', end: '2026-09-30', due: '2026-09-30' }]);
    expect(r.keep).toEqual([]);
  });

  it('is a no-op when nothing changed, and every stored id lands in exactly one bucket', () => {
    const texts = ['Hàng quý', 'Hàng tháng', 'Thường xuyên', 'Quý I năm 2026', 'trước 30/6/2026', 'Khi có yêu cầu'];
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.constantFrom(...texts), fc.subarray(['a', 'b', 'c'], { minLength: 1 }), fc.subarray(['a', 'b', 'c']), fc.array(fc.boolean(), { maxLength: 40 }), (before, after, ids1, ids2, work) => {
        const stored = plannedOccurrences(schedule(before), ids1).map((o, i) => ({ ...o, id: `s${i}`, hasRecordedWork: work[i] ?? false, detached: false }));
        const same = reconcileOccurrences(stored, plannedOccurrences(schedule(before), ids1));
        expect(same.create).toEqual([]);
        expect(same.keep.map((k) => k.id)).toEqual(stored.map((s) => s.id));
        const r = reconcileOccurrences(stored, plannedOccurrences(schedule(after), ids2));
        const buckets = [...r.keep.map((k) => k.id), ...r.detach, ...r.remove].sort();
        expect(buckets).toEqual(stored.map((s) => s.id).sort());
        for (const s of stored) if (s.hasRecordedWork) expect(r.remove).not.toContain(s.id);
      }),
    );
  });
});
