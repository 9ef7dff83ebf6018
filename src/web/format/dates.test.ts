import { formatDate, formatDateTime } from './dates';

describe('dates in Vietnam time', () => {
  it('writes a UTC instant as the Vietnamese calendar day', () => {
    expect(formatDate('2026-01-10T18:30:00.000Z')).toBe('11/01/2026');
  });

  it('writes times as dd/mm/yyyy HH:mm on a 24-hour clock', () => {
    expect(formatDateTime('2026-03-05T07:05:00.000Z')).toBe('05/03/2026 14:05');
  });

  it('leaves empty values empty', () => {
    expect(formatDate(null)).toBe('');
    expect(formatDateTime(undefined)).toBe('');
  });
});
