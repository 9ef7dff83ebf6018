/**
 * Properties over arbitrary text and over citations laid out the way imports lay them out: lines broken at
 * any space, decomposed Unicode, noise around them. What a citation says must not depend on the layout.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Citation } from './citation';
import { recognizeCitations } from './recognize';

const facts = ({ kind, code, date, issuer }: Citation) => ({ kind, code, date, issuer });

const SENTENCES = [
  'Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể;',
  'Thực hiện Kế hoạch số 03/KH-BVSN ngày 14/01/2025 của Bệnh viện Sản - Nhi tỉnh Lào Cai triển khai thực hiện.',
  'gắn với Quy định số 124-QĐ/TW ngày 04/10/2023 của Bộ Chính trị về việc kiểm điểm',
  'theo QĐ 4210/QĐ-BYT ngày 20/09/2017, QĐ 4750/QĐ-BYT ngày 29/12/2023, về việc quy định chuẩn',
  'Công điện số 280/CĐ-TTg và 968/CĐ-TTg của Thủ tướng Chính phủ về phòng chống dịch',
];

const GAPS = [' ', '  ', ' \n', '\n\n', ' \n\n', '\t', '\u00A0'];
/** A line that starts with a lone dash is a bullet item ("Sản \n- Nhi" cannot be told from one). */
const startsBullet = (gap: string, word: string) => /\n/u.test(gap) && /^[-–]$/u.test(word);

/** The sentence with every space replaced by some whitespace run, line breaks included. */
const relaidOut = (sentence: string) => {
  const words = sentence.split(' ');
  return fc
    .array(fc.constantFrom(...GAPS), { minLength: words.length - 1, maxLength: words.length - 1 })
    .map((gaps) =>
      words.reduce((text, word, i) => {
        if (i === 0) return word;
        const gap = gaps[i - 1]!;
        return `${text}${startsBullet(gap, word) ? ' ' : gap}${word}`;
      }, ''),
    );
};

describe('recognizeCitations, properties', () => {
  it('never throws and returns ordered spans that are slices of the input', () => {
    const alphabet = fc.constantFrom(...'0123456789/-–., :;()\n ĐđQKHNTCAUBYVXsốngàycủavềSởYtếNghịquyếtđịnh'.split(''));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: alphabet, maxLength: 200 })), (text) => {
        let previousEnd = 0;
        for (const citation of recognizeCitations(text)) {
          expect(citation.start).toBeGreaterThanOrEqual(previousEnd);
          expect(citation.end).toBeGreaterThan(citation.start);
          expect(text.slice(citation.start, citation.end)).toBe(citation.text);
          expect(citation.code).toContain('/');
          previousEnd = citation.end;
        }
      }),
    );
  });

  it.each(SENTENCES)('reads the same citations however the lines break: %s', (sentence) => {
    const expected = recognizeCitations(sentence).map(facts);
    expect(expected.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(relaidOut(sentence), fc.boolean(), (text, decompose) => {
        const input = decompose ? text.normalize('NFD') : text;
        const found = recognizeCitations(input);
        expect(found.map(facts)).toEqual(expected);
        for (const citation of found) expect(input.slice(citation.start, citation.end)).toBe(citation.text);
      }),
      { numRuns: 200 },
    );
  });

  it('finds a citation wherever it sits in surrounding prose', () => {
    const citation = 'Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ';
    const before = fc.constantFrom('', 'Căn cứ ', '- ', '(', '1. Thực hiện ');
    const after = fc.constantFrom('', '.', ';', ' về CCHC', ')');
    fc.assert(
      fc.property(before, after, (head, tail) => {
        const [found] = recognizeCitations(`${head}${citation}${tail}`);
        expect(found && facts(found)).toEqual({
          kind: 'resolution',
          code: '76/NQ-CP',
          date: '2021-07-15',
          issuer: 'Chính phủ',
        });
        expect(found?.text).toBe(citation);
      }),
    );
  });
});
