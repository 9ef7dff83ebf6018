import { describe, expect, it } from 'vitest';
import { editMakesNewVersion, formatPlanNumber, planSymbol, transitionTarget } from './lifecycle';

describe('plan lifecycle', () => {
  it('moves draft → submitted → issued → closed and back where allowed', () => {
    expect(transitionTarget('draft', 'submit')).toBe('submitted');
    expect(transitionTarget('submitted', 'return')).toBe('draft');
    expect(transitionTarget('submitted', 'issue')).toBe('issued');
    expect(transitionTarget('issued', 'close')).toBe('closed');
    expect(transitionTarget('closed', 'reopen')).toBe('issued');
  });

  it('refuses moves that skip a step', () => {
    expect(transitionTarget('draft', 'issue')).toBeNull();
    expect(transitionTarget('issued', 'submit')).toBeNull();
    expect(transitionTarget('closed', 'close')).toBeNull();
  });

  it('versions edits once issued', () => {
    expect(editMakesNewVersion('draft')).toBe(false);
    expect(editMakesNewVersion('issued')).toBe(true);
  });

  it('writes numbers as the decree says', () => {
    expect(formatPlanNumber(3, planSymbol('BVSN'))).toBe('03/KH-BVSN');
    expect(formatPlanNumber(138, 'KH-SYT')).toBe('138/KH-SYT');
    expect(formatPlanNumber(null, 'KH-TTYT')).toBe('/KH-TTYT');
  });
});
