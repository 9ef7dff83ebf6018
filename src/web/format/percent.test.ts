import { percentText } from './percent';

describe('a share as Vietnamese write it', () => {
  it('keeps the one decimal the server rounded to, with a decimal comma', () => {
    expect(percentText(66.7)).toBe('66,7%');
    expect(percentText(100)).toBe('100%');
    expect(percentText(0)).toBe('0%');
  });
});
