import { monthsOf, rangeOf, shift } from './calendar-range';

describe('calendar ranges', () => {
  it('covers a whole month, leap February included', () => {
    expect(rangeOf({ mode: 'month', year: 2028, month: 2 })).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(rangeOf({ mode: 'month', year: 2026, month: 2 })).toEqual({ from: '2026-02-01', to: '2026-02-28' });
  });

  it('covers the quarter a month falls in', () => {
    expect(rangeOf({ mode: 'quarter', year: 2026, month: 5 })).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(monthsOf({ mode: 'quarter', year: 2026, month: 12 })).toEqual([10, 11, 12]);
  });

  it('steps across year ends in both directions', () => {
    expect(shift({ mode: 'month', year: 2026, month: 12 }, 1)).toMatchObject({ year: 2027, month: 1 });
    expect(shift({ mode: 'month', year: 2026, month: 1 }, -1)).toMatchObject({ year: 2025, month: 12 });
    expect(shift({ mode: 'quarter', year: 2026, month: 11 }, 1)).toMatchObject({ year: 2027, month: 1 });
    expect(shift({ mode: 'quarter', year: 2026, month: 2 }, -1)).toMatchObject({ year: 2025, month: 10 });
  });
});
