import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSeed, SEEDS_DIR, seedsAvailable } from '../../../tests/support/seeds';
import type { Citation } from './citation';
import { recognizeCitations } from './recognize';
import { uniqueCitations } from './unique-citations';

/** ../shared/seeds beside the repository: real plans as imported from PDF/DOCX, line breaks and all. */

type Facts = Pick<Citation, 'kind' | 'code' | 'date' | 'issuer'>;
const facts = ({ kind, code, date, issuer }: Citation): Facts => ({ kind, code, date, issuer });

/** Every document each seed cites, read by eye, first citation of each (the one with the most detail). */
const EXPECTED: Record<string, Facts[]> = {
  // BV Sản - Nhi, communication plan 2025: lines broken mid-phrase, "Sản-\n\nNhi", repeated citations
  '000_3bac6054eb6e82d9.txt': [
    { kind: 'plan', code: '138/KH-SYT', date: '2024-12-31', issuer: 'Sở Y tế' },
    { kind: 'plan', code: '21/KH-SYT', date: '2025-02-10', issuer: 'Sở Y tế' },
    { kind: 'plan', code: '03/KH-BVSN', date: '2025-01-14', issuer: 'Bệnh viện Sản-Nhi tỉnh Lào Cai' },
    { kind: 'scheme', code: '14-ĐA/TU', date: '2020-12-11', issuer: 'Tỉnh ủy Lào Cai' },
    { kind: 'plan', code: '329/KH-UBND', date: '2021-08-18', issuer: 'UBND tỉnh Lào Cai' },
    { kind: 'resolution', code: '76/NQ-CP', date: '2021-07-15', issuer: 'Chính phủ' },
    { kind: 'decision', code: '749/QĐ-TTg', date: '2020-06-03', issuer: 'Thủ tướng Chính phủ' },
    { kind: 'decision', code: '876/QĐ-BNV', date: '2022-11-10', issuer: 'Bộ trưởng Bộ Nội vụ' },
    { kind: 'decision', code: '1634/QĐ-UBND', date: '2021-05-17', issuer: 'UBND tỉnh Lào Cai' },
    { kind: 'plan', code: '462/KH-UBND', date: '2024-12-20', issuer: 'UBND tỉnh Lào Cai' },
  ],
  // BV Sản - Nhi, CCHC plan 2026: "Đề án 06" (no code) is not a citation; QĐ list without issuers
  '001_10630c44fb5d4977.txt': [
    { kind: 'plan', code: '06/KH-SYT', date: '2026-01-10', issuer: 'Sở Y tế tỉnh Lào Cai' },
    { kind: 'resolution', code: '76/NQ-CP', date: '2021-07-15', issuer: null },
    { kind: 'regulation', code: '124-QĐ/TW', date: '2023-10-04', issuer: 'Bộ Chính trị' },
    { kind: 'resolution', code: '29/2025/NQ-HĐND', date: '2025-12-09', issuer: 'Hội đồng nhân dân tỉnh' },
    { kind: 'decision', code: '4210/QĐ-BYT', date: '2017-09-20', issuer: null },
    { kind: 'decision', code: '4750/QĐ-BYT', date: '2023-12-29', issuer: null },
    { kind: 'decision', code: '3176/QĐ-BYT', date: '2024-10-29', issuer: null },
  ],
  // TTYT Lào Cai - Cam Đường, communication plan 2026: its own unnumbered "Kế hoạch số /KH-TTYT" is not one
  '002_6c8ca109d674577c.txt': [
    { kind: 'plan', code: '23/KH-SYT', date: '2026-01-23', issuer: 'Sở Y tế tỉnh Lào Cai' },
    { kind: 'plan', code: '03/KH-TTYT', date: '2026-01-16', issuer: 'Trung tâm Y tế' },
  ],
};

const seedFiles = seedsAvailable ? readdirSync(SEEDS_DIR).filter((name) => name.endsWith('.txt')).sort() : [];

describe.skipIf(!seedsAvailable)('citations in the seed plans', () => {
  it('has an expected list for every seed', () => {
    expect(seedFiles).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(seedFiles)('finds every document %s cites', (name) => {
    const text = readSeed(name);
    const found = recognizeCitations(text);
    expect(uniqueCitations(found).map(facts)).toEqual(EXPECTED[name]);
    for (const citation of found) expect(text.slice(citation.start, citation.end)).toBe(citation.text);
  });

  it('keeps every repeat in the full list', () => {
    const text = readSeed('000_3bac6054eb6e82d9.txt');
    const codes = recognizeCitations(text).map((c) => c.code);
    expect(codes.filter((code) => code === '76/NQ-CP')).toHaveLength(4);
    expect(codes.filter((code) => code === '14-ĐA/TU')).toHaveLength(4);
    expect(codes).toHaveLength(18);
  });
});
