import { describe, expect, it } from 'vitest';
import { postingStanding, statusOn, type StatusEvent } from './standing';

const ev = (kind: StatusEvent['kind'], effectiveOn: string, createdAt = `${effectiveOn}T08:00:00.000Z`): StatusEvent => ({ kind, effectiveOn, createdAt });

describe('the status of a procedure on a day', () => {
  const events = [ev('issued', '2021-03-01'), ev('amended', '2025-07-01'), ev('replaced', '2026-10-15')];

  it('is not yet in force before its first decision takes effect', () => {
    expect(statusOn(events, '2021-02-28').status).toBe('not_yet_in_force');
    expect(statusOn([], '2026-01-01')).toEqual({ status: 'not_yet_in_force', last: null });
  });

  it('is in force after issuing and after amending, and ends with a replacement from its day on', () => {
    expect(statusOn(events, '2021-03-01').status).toBe('in_force');
    expect(statusOn(events, '2025-07-01')).toEqual({ status: 'in_force', last: events[1] });
    expect(statusOn(events, '2026-10-14').status).toBe('in_force');
    expect(statusOn(events, '2026-10-15').status).toBe('replaced');
  });

  it('reads events in the order they take effect, not the order they were entered', () => {
    const entered = [ev('abolished', '2026-06-30', '2026-01-05T00:00:00.000Z'), ev('issued', '2020-01-01', '2026-01-06T00:00:00.000Z')];
    expect(statusOn(entered, '2026-03-01').status).toBe('in_force');
    expect(statusOn(entered, '2026-07-01').status).toBe('abolished');
  });

  it('takes the later-recorded of two events on one day', () => {
    const sameDay = [ev('issued', '2026-05-01', '2026-05-01T01:00:00.000Z'), ev('abolished', '2026-05-01', '2026-05-01T02:00:00.000Z')];
    expect(statusOn(sameDay, '2026-05-01').status).toBe('abolished');
  });
});

describe('whether what is posted is what is in force', () => {
  it('is posted at the current version, stale at an older one, not posted without a posting', () => {
    expect(postingStanding(3, 3)).toBe('posted');
    expect(postingStanding(3, 2)).toBe('stale');
    expect(postingStanding(1, null)).toBe('not_posted');
  });
});
