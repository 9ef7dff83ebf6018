import { signature } from './signature';

describe('signature', () => {
  it('is the same for equal values and differs when anything changes', () => {
    expect(signature({ a: [1, 2], b: 'Kế hoạch' })).toBe(signature({ a: [1, 2], b: 'Kế hoạch' }));
    expect(signature({ a: [1, 2], b: 'Kế hoạch' })).not.toBe(signature({ a: [2, 1], b: 'Kế hoạch' }));
    expect(signature({ text: 'x'.repeat(50_000) }).length).toBeLessThan(20);
  });
});
