import { describe, expect, it } from 'vitest';
import { BLANK } from './date-line';
import { draftingOfficeFromRecipients, filingLine } from './list-punctuation';
import { letterSymbol, numberLine } from './numbering';

describe('numberLine', () => {
  it('gives numbers below 10 a leading zero and leaves room for an unregistered number', () => {
    expect(numberLine(6, 'KH-SYT')).toBe('Số: 06/KH-SYT');
    expect(numberLine(138, 'KH-SYT')).toBe('Số: 138/KH-SYT');
    expect(numberLine(null, 'SYT-VP')).toBe(`Số: ${BLANK}/SYT-VP`);
  });

  it('writes a letter symbol as body then drafting office, without spaces', () => {
    expect(letterSymbol('SYT', 'VP')).toBe('SYT-VP');
    expect(letterSymbol('BVSN', null)).toBe('BVSN');
  });
});

describe('filing lines', () => {
  it('files a copy with the records office and the drafting office', () => {
    expect(filingLine('VP')).toBe('Lưu: VT, VP');
    expect(filingLine(null)).toBe('Lưu: VT');
  });

  it("finds the drafting office in a plan's recipients, as the seeds write it", () => {
    expect(draftingOfficeFromRecipients(['Sở Y tế', 'Lưu: VT, TCHC'])).toBe('TCHC');
    expect(draftingOfficeFromRecipients(['Website BV', 'Lưu VT, TCHC.'])).toBe('TCHC');
    expect(draftingOfficeFromRecipients(['- Lưu: VT, TCHC-TCKT.'])).toBe('TCHC-TCKT');
    expect(draftingOfficeFromRecipients(['Sở Y tế', 'Lưu: VT'])).toBeNull();
  });
});
