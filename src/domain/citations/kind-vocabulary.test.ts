import { describe, expect, it } from 'vitest';
import { CITATION_KINDS, CITATION_KIND_LABELS_VI } from './citation';
import { kindFromSymbol, kindWordBefore, symbolType } from './kind-vocabulary';

describe('kind vocabulary', () => {
  it('labels every kind in Vietnamese', () => {
    for (const kind of CITATION_KINDS) expect(CITATION_KIND_LABELS_VI[kind]).toBeTruthy();
    expect(CITATION_KIND_LABELS_VI.scheme).toBe('Đề án');
  });

  it('finds the type in government and Party symbols', () => {
    expect(symbolType('76/NQ-CP')).toBe('NQ');
    expect(symbolType('29/2025/NQ-HĐND')).toBe('NQ');
    expect(symbolType('14-ĐA/TU')).toBe('ĐA');
    expect(symbolType('05/CTr-UBND')).toBe('CTR');
  });

  it.each([
    ['76/NQ-CP', 'resolution'],
    ['4210/QĐ-BYT', 'decision'],
    ['124-QĐ/TW', 'decision'],
    ['138/KH-SYT', 'plan'],
    ['14-ĐA/TU', 'scheme'],
    ['280/CĐ-TTg', 'telegram'],
    ['76-KL/TW', 'conclusion'],
    ['23/CT-TTg', 'directive'],
    ['30/2020/NĐ-CP', 'decree'],
    ['01/2011/TT-BNV', 'circular'],
    ['12/2017/TTLT-BYT-BTC', 'circular'],
    ['05/CTr-UBND', 'program'],
    ['1234/BYT-KCB', 'other'],
    ['15/2023/QH15', 'other'],
  ] as const)('infers %s → %s', (code, kind) => {
    expect(kindFromSymbol(code)).toBe(kind);
  });

  it('finds the written kind word right before a code', () => {
    expect(kindWordBefore('Căn cứ Nghị quyết số ')).toEqual({ start: 7, kind: 'resolution' });
    expect(kindWordBefore('gắn với Quy định số ')?.kind).toBe('regulation');
    expect(kindWordBefore('các Quyết định số: ')?.kind).toBe('decision');
    expect(kindWordBefore('Thông tư liên tịch số ')?.kind).toBe('circular');
    expect(kindWordBefore('theo QĐ ')?.kind).toBe('decision');
    expect(kindWordBefore('theo CTr số ')?.kind).toBe('program');
  });

  it('reads no kind word that is not right before the code', () => {
    expect(kindWordBefore('Nghị quyết của Chính phủ và ')).toBeNull();
    expect(kindWordBefore('theo qđ ')).toBeNull();
    expect(kindWordBefore('12/KH-CT ')).toBeNull();
    expect(kindWordBefore('Dự thảoKế hoạch số ')).toBeNull();
  });
});
