import { describe, expect, it } from 'vitest';
import { displayTrackingCode, newTrackingCode, readTrackingCode, TRACKING_ALPHABET } from './tracking-code';

describe('feedback tracking codes', () => {
  it('uses 31 characters none of which looks like another', () => {
    expect(TRACKING_ALPHABET).toHaveLength(31);
    for (const lookalike of ['0', 'O', '1', 'I', 'L']) expect(TRACKING_ALPHABET).not.toContain(lookalike);
  });

  it('draws 8 characters of the alphabet, different every time', () => {
    const codes = new Set(Array.from({ length: 2000 }, newTrackingCode));
    expect(codes.size).toBe(2000);
    for (const code of codes) expect(code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{8}$/);
  });

  it('reads a code as a citizen types it, and refuses what cannot be one', () => {
    expect(readTrackingCode(' abcd-ef23 ')).toBe('ABCDEF23');
    expect(displayTrackingCode('ABCDEF23')).toBe('ABCD-EF23');
    expect(readTrackingCode('ABCD EF2')).toBeNull();
    expect(readTrackingCode('ABCDEF20')).toBeNull();
    expect(readTrackingCode('ABCDEFGO')).toBeNull();
    expect(readTrackingCode("ABCD'--1")).toBeNull();
  });
});
