import { describe, expect, it } from 'vitest';
import { recognizeCitations } from './recognize';
import { citationKey, uniqueCitations } from './unique-citations';

describe('uniqueCitations', () => {
  it('keeps one citation per document, in order of first appearance', () => {
    const found = recognizeCitations('Nghị quyết số 76/NQ-CP, Đề án số 14-ĐA/TU ngày 11/12/2020 và Nghị quyết số 76/NQ-CP.');
    expect(uniqueCitations(found).map((c) => c.code)).toEqual(['76/NQ-CP', '14-ĐA/TU']);
  });

  it('prefers the citation that tells the date and issuer, else the first', () => {
    const found = recognizeCitations(
      'Nghị quyết số 76/NQ-CP; Nghị quyết số 76/NQ-CP ngày 15/7/2021; ' +
        'Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ; ' +
        'Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ Việt Nam.',
    );
    const [chosen] = uniqueCitations(found);
    expect(uniqueCitations(found)).toHaveLength(1);
    expect(chosen).toBe(found[2]);
  });

  it('treats padded numbers and symbol case as the same document', () => {
    expect(citationKey('03/KH-BVSN')).toBe(citationKey('3/KH-BVSN'));
    expect(citationKey('05/CTr-UBND')).toBe(citationKey('5/CTR-UBND'));
    expect(citationKey('30/2020/NĐ-CP')).not.toBe(citationKey('30/2021/NĐ-CP'));
    const found = recognizeCitations('Kế hoạch số 03/KH-BVSN và Kế hoạch số 3/KH-BVSN ngày 14/01/2025');
    expect(uniqueCitations(found)).toEqual([found[1]]);
  });
});
