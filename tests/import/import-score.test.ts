import { describe, expect, it } from 'vitest';
import type { ImportedTask, PlanDraft } from '../../src/shared/schemas/plan-import';
import { documentScore, foldForScore, formatScoreTable, overall, percent, sameTitle, scoreDraft, type ExpectedPlan } from '../support/import-score';
import { corpusAvailable, scoreCorpus, scoreInputsAbsentLine, scoreSeeds } from '../support/real-plans';
import { seedsAvailable } from '../support/seeds';

/** The README's scoring rules (../shared/corpus/real-plans/README.md) on made-up drafts, then the real measure. */

const task = (text: string, lead: string | null, deadline: string | null): ImportedTask => ({
  number: null,
  task: text,
  lead,
  coordinators: [],
  deadline,
  schedule: null,
  output: null,
  note: null,
  reformArea: null,
  origin: 'table',
});

const section = (numbering: string | null, heading: string | null) => ({ numbering, heading, text: null, items: [] });

const draftWith = (fields: Partial<PlanDraft>): PlanDraft => ({
  issuer: null,
  superior: null,
  number: null,
  symbol: null,
  place: null,
  date: null,
  year: null,
  kind: 'other',
  title: null,
  bases: [],
  citations: [],
  introduction: null,
  sections: [],
  budget: null,
  responsibilities: [],
  recipients: [],
  signingTitle: null,
  signerTitle: null,
  signer: null,
  tasks: [],
  problems: [],
  fieldLines: { issuer: null, superior: null, number: null, date: null, title: null, recipients: null, signingTitle: null, signer: null },
  ...fields,
});

const rightness = (draft: PlanDraft, expected: ExpectedPlan) => Object.fromEntries(scoreDraft(draft, expected).map((result) => [result.field, result.right]));

describe('scoring rules', () => {
  it('folds case, diacritics (đ → d), punctuation, Markdown marks and spaces out of names', () => {
    expect(foldForScore('**ỦY BAN NHÂN DÂN** | TỈNH ĐỒNG THÁP')).toBe('uybannhandantinhdongthap');
    expect(foldForScore('UỶ BAN')).toBe(foldForScore('Ủy ban'));
    const draft = draftWith({ issuer: '# Ủy ban nhân dân tỉnh Đồng Tháp', place: 'Đồng  Tháp,', signer: '**Huỳnh Minh Tuấn**', superior: 'SỞ Y TẾ' });
    expect(rightness(draft, { issuer: 'ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP', place: 'Đồng Tháp', signer: 'Huỳnh Minh Tuấn', superior: 'BỘ Y TẾ' })).toEqual({
      issuer: true,
      place: true,
      signer: true,
      superior: false,
    });
  });

  it('reads the signing title as the whole block: "KT. …" and the signer\'s own title joined', () => {
    const draft = draftWith({ signingTitle: 'TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH', signerTitle: '**PHÓ CHỦ TỊCH**' });
    expect(rightness(draft, { signingTitle: 'TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH' })).toEqual({ signingTitle: true });
    expect(rightness(draftWith({ signingTitle: 'KT. CHỦ TỊCH', signerTitle: 'PHÓ CHỦ TỊCH' }), { signingTitle: 'TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH' })).toEqual({
      signingTitle: false,
    });
  });

  it('takes a title that is equal, or contains or is contained in the other at 90 % of its length; any of a list', () => {
    const expected = 'Chuyển đổi số cho các doanh nghiệp, nhất là doanh nghiệp nhỏ và vừa, hợp tác xã, hộ kinh doanh';
    expect(sameTitle(expected, '**CHUYỂN ĐỔI SỐ CHO CÁC DOANH NGHIỆP, NHẤT LÀ DOANH NGHIỆP NHỎ VÀ VỪA, HỢP TÁC XÃ, HỘ KINH DOANH**')).toBe(true);
    // 72 folded letters inside 79: 91 %.
    expect(sameTitle(expected, 'Kế hoạch chuyển đổi số cho các doanh nghiệp, nhất là doanh nghiệp nhỏ và vừa, hợp tác xã, hộ kinh doanh')).toBe(true);
    // 67 of 72: 93 %.
    expect(sameTitle(expected, 'Chuyển đổi số cho các doanh nghiệp, nhất là doanh nghiệp nhỏ và vừa, hợp tác xã, hộ kinh')).toBe(true);
    // 53 of 72: 74 %.
    expect(sameTitle(expected, 'Chuyển đổi số cho các doanh nghiệp, nhất là doanh nghiệp nhỏ và vừa')).toBe(false);
    // A short title keeping "Kế hoạch" is under 90 % (18 of 25 letters).
    expect(sameTitle('Chuyển đổi số năm 2026', 'Kế hoạch chuyển đổi số năm 2026')).toBe(false);
    expect(sameTitle(expected, 'Chuyển đổi số cho hộ kinh doanh')).toBe(false);
    expect(sameTitle(expected, null)).toBe(false);
    expect(rightness(draftWith({ title: 'Cải cách hành chính năm 2026' }), { title: ['Tuyên truyền CCHC', 'Cải cách hành chính năm 2026'] })).toEqual({ title: true });
  });

  it('compares the number as a string, the symbol in capitals without spaces, the date and the year exactly', () => {
    const draft = draftWith({ number: '980', symbol: 'kh - ubnd', date: '2025-11-18', year: 2025 });
    expect(rightness(draft, { number: '980', symbol: 'KH-UBND', date: '2025-11-18', year: 2025 })).toEqual({ number: true, symbol: true, date: true, year: true });
    expect(rightness(draft, { date: '2025-11-19', year: 2024 })).toEqual({ date: false, year: false });
    // As printed: a leading zero is part of the number.
    expect(rightness(draftWith({ number: '130' }), { number: '0130' })).toEqual({ number: false });
    expect(rightness(draftWith({ number: '0130' }), { number: '0130' })).toEqual({ number: true });
  });

  it('scores each cited code as one field, right when it is among the draft\'s citations', () => {
    const citations = [{ kind: 'decision', code: '1899/QĐ-TTg', date: null, issuer: null }];
    const results = scoreDraft(draftWith({ citations }), { bases_citation_codes: ['1899/QĐ-TTg', '200/2025/NĐ-CP'] });
    expect(results.map((result) => [result.field, result.right])).toEqual([
      ['citation 1899/QĐ-TTg', true],
      ['citation 200/2025/NĐ-CP', false],
    ]);
  });

  it('counts top-level Roman sections (not the unheaded closing), recipients and tasks exactly', () => {
    const draft = draftWith({
      sections: [section('I', 'MỤC ĐÍCH'), section('II', 'NỘI DUNG'), section('III.', 'TỔ CHỨC THỰC HIỆN'), section(null, null)],
      recipients: ['Sở Y tế', 'Lưu: VT'],
      tasks: [task('Tổng kết', null, null)],
    });
    expect(rightness(draft, { section_count: 3, recipients_count: 2, task_count: 1 })).toEqual({ section_count: true, recipients_count: true, task_count: true });
    expect(rightness(draftWith({ sections: [section('1', 'Mục đích'), section('2', 'Nội dung')] }), { section_count: 2, task_count: 0 })).toEqual({
      section_count: false,
      task_count: true,
    });
  });

  it('finds a task row by its snippet, then scores its lead and deadline by containment either way', () => {
    const draft = draftWith({
      tasks: [
        task('**Tổ chức lại Ban Chỉ huy** Phòng thủ dân sự cấp tỉnh, cấp xã.', 'Bộ CHQS tỉnh; UBND cấp xã', 'Trước ngày 30/11/2025'),
        task('Hướng dẫn thanh toán chi phí khám bệnh, chữa bệnh', 'Sở Y tế chủ trì', 'Năm 2025'),
        task('Hướng dẫn thanh toán chi phí khám bệnh, chữa bệnh cho lực lượng', 'Sở Tài chính', 'Quý I'),
      ],
    });
    const results = scoreDraft(draft, {
      tasks: [
        { index: 1, task: 'Tổ chức lại Ban Chỉ huy Phòng thủ dân sự', lead: 'Bộ CHQS tỉnh', deadline: 'trước ngày 30/11/2025' },
        { index: 3, task: 'Hướng dẫn thanh toán chi phí khám bệnh', lead: 'Sở Tài chính', deadline: '2025' },
        { index: 9, task: 'Diễn tập phòng thủ dân sự', lead: 'Bộ CHQS tỉnh', deadline: '2026' },
      ],
    });
    expect(results.map((result) => [result.field, result.right])).toEqual([
      ['task 1', true],
      ['task 1 lead', true],
      ['task 1 deadline', true],
      // Two rows hold the snippet: the one at the row's index is taken.
      ['task 3', true],
      ['task 3 lead', true],
      ['task 3 deadline', false],
      ['task 9', false],
      ['task 9 lead', false],
      ['task 9 deadline', false],
    ]);
  });

  it('scores only the fields the expected object names, each counting the same', () => {
    const draft = draftWith({ issuer: 'BỆNH VIỆN SẢN - NHI', year: 2025, signer: null });
    const score = documentScore('made-up', scoreDraft(draft, { issuer: 'Bệnh viện Sản - Nhi', year: 2025, signer: 'Trần Hoài Bắc' }));
    expect(score).toMatchObject({ right: 2, scored: 3 });
    expect(overall([score, documentScore('other', scoreDraft(draft, { year: 2025 }))])).toEqual({ right: 3, scored: 4 });
    expect(percent(3, 4)).toBe('75.0 %');
    expect(formatScoreTable([{ name: 'made-up', scores: [score] }])).toContain('✗ signer: expected "Trần Hoài Bắc" got null');
  });
});

/** Like the seed tests, skipped when ../shared is not beside the repository (a plain clone), with one line saying so. */
const measurable = seedsAvailable && corpusAvailable;
if (!measurable) console.log(scoreInputsAbsentLine);

describe.skipIf(!measurable)('the importer measured on ../shared/corpus/real-plans and the seeds (issue 15)', () => {
  it('keeps every field of every seed right, gets at least 90 % of all fields right and prints the figure', () => {
    const corpus = scoreCorpus();
    const seeds = scoreSeeds();
    expect(corpus.length).toBeGreaterThan(0);
    expect(seeds).toHaveLength(3);
    // Every seed field is right today (tests/fixtures/seed-expectations): none may get worse.
    const wrong = seeds.flatMap((score) => score.results.filter((result) => !result.right).map((result) => ({ document: score.document, ...result })));
    expect(wrong).toEqual([]);
    const total = overall([...corpus, ...seeds]);
    const corpusTotal = overall(corpus);
    // Issue 15's bar: at least 90 % of all fields right, counted the way the corpus README says.
    expect(total.right / total.scored).toBeGreaterThanOrEqual(0.9);
    console.log(
      `import score: ${percent(total.right, total.scored)} overall (${total.right}/${total.scored}); corpus ${percent(corpusTotal.right, corpusTotal.scored)} (${corpusTotal.right}/${corpusTotal.scored}). Details: npm run import-score`,
    );
  });
});

