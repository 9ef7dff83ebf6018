import { describe, expect, it } from 'vitest';
import type { Citation } from './citation';
import { recognizeCitations } from './recognize';

/** What a citation says, without where it was found. */
const facts = ({ kind, code, date, issuer }: Citation) => ({ kind, code, date, issuer });
const recognize = (text: string) => recognizeCitations(text).map(facts);

describe('recognizeCitations', () => {
  it('reads kind, code, date and issuer of a full citation', () => {
    expect(recognize('Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình')).toEqual([
      { kind: 'resolution', code: '76/NQ-CP', date: '2021-07-15', issuer: 'Chính phủ' },
    ]);
    expect(recognize('Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt')).toEqual([
      { kind: 'decision', code: '749/QĐ-TTg', date: '2020-06-03', issuer: 'Thủ tướng Chính phủ' },
    ]);
    expect(recognize('Đề án số 14-ĐA/TU ngày 11/12/2020 của Tỉnh ủy Lào Cai về CCHC')).toEqual([
      { kind: 'scheme', code: '14-ĐA/TU', date: '2020-12-11', issuer: 'Tỉnh ủy Lào Cai' },
    ]);
    // A resolution numbered with a part, split from its number 66.
    expect(recognize('Nghị quyết số 66.7/2025/NQ-CP ngày 15/11/2025 của Chính phủ quy định')).toEqual([
      { kind: 'resolution', code: '66.7/2025/NQ-CP', date: '2025-11-15', issuer: 'Chính phủ' },
    ]);
  });

  it('points back into the original text', () => {
    const text = 'Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính \n\nphủ ban hành Chương trình';
    const [citation] = recognizeCitations(text);
    expect(citation?.issuer).toBe('Chính phủ');
    expect(citation?.text).toBe('Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính \n\nphủ');
    expect(text.slice(citation!.start, citation!.end)).toBe(citation!.text);
    expect(citation!.start).toBe(text.indexOf('Nghị'));
  });

  it('takes the issuer up to where the summary or the sentence begins', () => {
    const issuerOf = (text: string) => recognize(text)[0]?.issuer;
    expect(issuerOf('Kế hoạch số 138/KH-SYT ngày 31/12/2024 của Sở Y tế triển khai công tác')).toBe('Sở Y tế');
    expect(issuerOf('Kế hoạch số 138/KH-SYT ngày 31/12/2024 của Sở Y tế tỉnh Lào Cai triển khai')).toBe(
      'Sở Y tế tỉnh Lào Cai',
    );
    expect(recognize('Kế hoạch số 03/KH-BVSN ngày 14/01/2025 của Bệnh viện Sản-Nhi tỉnh Lào Cai triển khai')).toEqual([
      { kind: 'plan', code: '03/KH-BVSN', date: '2025-01-14', issuer: 'Bệnh viện Sản-Nhi tỉnh Lào Cai' },
    ]);
    expect(issuerOf('Kế hoạch số 03/KH-BVSN ngày 14/01/2025 của Bệnh viện Sản-\n\nNhi tỉnh Lào Cai triển khai')).toBe(
      'Bệnh viện Sản-Nhi tỉnh Lào Cai',
    );
    const endings = [
      'về việc triển khai', 'phê duyệt Đề án', 'ban hành Quy chế', 'thực hiện Kế hoạch', 'triển khai công tác',
      '; Kế hoạch', '. Các', ', giai đoạn', '(kèm theo)', '\n- Nội dung', '\nII. NỘI DUNG',
    ];
    for (const ending of endings) {
      expect(issuerOf(`Quyết định số 5/QĐ-UBND ngày 2/3/2024 của UBND tỉnh Hà Tĩnh ${ending}`), ending).toBe(
        'UBND tỉnh Hà Tĩnh',
      );
    }
  });

  it('reads abbreviated kinds without "số", and lists of them', () => {
    expect(recognize('theo QĐ 4210/QĐ-BYT ngày 20/09/2017')).toEqual([
      { kind: 'decision', code: '4210/QĐ-BYT', date: '2017-09-20', issuer: null },
    ]);
    const list =
      'QĐ 4210/QĐ-BYT ngày 20/09/2017, QĐ 4750/QĐ-BYT ngày 29/12/2023, QĐ 3176/QĐ-BYT ngày 29/10/2024, về việc…';
    expect(recognize(list)).toEqual([
      { kind: 'decision', code: '4210/QĐ-BYT', date: '2017-09-20', issuer: null },
      { kind: 'decision', code: '4750/QĐ-BYT', date: '2023-12-29', issuer: null },
      { kind: 'decision', code: '3176/QĐ-BYT', date: '2024-10-29', issuer: null },
    ]);
  });

  it('lets the written kind word win over the symbol, and infers the kind from the symbol otherwise', () => {
    expect(recognize('gắn với Quy định số 124-QĐ/TW ngày 04/10/2023 của Bộ Chính trị về việc kiểm điểm')).toEqual([
      { kind: 'regulation', code: '124-QĐ/TW', date: '2023-10-04', issuer: 'Bộ Chính trị' },
    ]);
    const bare = [
      '76/NQ-CP', '4210/QĐ-BYT', '12/KH-SYT', '14-ĐA/TU', '280/CĐ-TTg',
      '76-KL/TW', '23/CT-TTg', '30/2020/NĐ-CP', '01/2011/TT-BNV', '05/CTr-UBND',
    ];
    expect(recognize(`theo ${bare.join('; ')}.`).map((c) => c.kind)).toEqual([
      'resolution', 'decision', 'plan', 'scheme', 'telegram',
      'conclusion', 'directive', 'decree', 'circular', 'program',
    ]);
  });

  it('reads codes with a year, with or without date and issuer', () => {
    expect(recognize('theo Nghị quyết số 29/2025/NQ-HĐND ngày 09/12/2025 của Hội đồng nhân dân tỉnh.')).toEqual([
      { kind: 'resolution', code: '29/2025/NQ-HĐND', date: '2025-12-09', issuer: 'Hội đồng nhân dân tỉnh' },
    ]);
    expect(recognize('theo tinh thần Nghị quyết số 29/2025/NQ-HĐND.')).toEqual([
      { kind: 'resolution', code: '29/2025/NQ-HĐND', date: null, issuer: null },
    ]);
  });

  it('gives every code of a list under one kind word that kind', () => {
    expect(recognize('Thực hiện Công điện số 280/CĐ-TTg và 968/CĐ-TTg của Thủ tướng')).toEqual([
      { kind: 'telegram', code: '280/CĐ-TTg', date: null, issuer: null },
      { kind: 'telegram', code: '968/CĐ-TTg', date: null, issuer: 'Thủ tướng' },
    ]);
    expect(recognize('các Quyết định số 1/QĐ-X, 2/QĐ-Y').map((c) => [c.kind, c.code])).toEqual([
      ['decision', '1/QĐ-X'],
      ['decision', '2/QĐ-Y'],
    ]);
    expect(recognize('Quy định số 124-QĐ/TW và số 125-QĐ/TW').map((c) => c.kind)).toEqual(['regulation', 'regulation']);
    expect(recognize('Kế hoạch số 12/KH-UBND, 45/NQ-CP').map((c) => c.kind)).toEqual(['plan', 'resolution']);
  });

  it('reads a date written after a comma, in words, or after the issuer', () => {
    expect(recognize('Kế hoạch số 12/KH-UBND, ngày 25/10/2017 của UBND tỉnh')).toEqual([
      { kind: 'plan', code: '12/KH-UBND', date: '2017-10-25', issuer: 'UBND tỉnh' },
    ]);
    expect(recognize('Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ')[0]?.date).toBe('2021-07-15');
    expect(recognize('Quyết định số 12/QĐ-UBND của UBND tỉnh ngày 5/1/2024 về')[0]).toMatchObject({
      date: '2024-01-05',
      issuer: 'UBND tỉnh',
    });
  });

  it('gives no date for a day that does not exist, but keeps the citation', () => {
    expect(recognize('Quyết định số 12/QĐ-UBND ngày 31/02/2023 của UBND tỉnh')).toEqual([
      { kind: 'decision', code: '12/QĐ-UBND', date: null, issuer: 'UBND tỉnh' },
    ]);
  });

  it('reads kind words in any case and with "số" left out', () => {
    expect(recognize('thực hiện kế hoạch số 12/KH-UBND')[0]?.kind).toBe('plan');
    expect(recognize('Nghị Quyết số 01/NQ-HĐND')[0]?.kind).toBe('resolution');
    expect(recognize('KẾ HOẠCH SỐ 5/KH-SYT')[0]?.kind).toBe('plan');
    expect(recognize('Nghị định 30/2020/NĐ-CP')[0]?.kind).toBe('decree');
    expect(recognizeCitations('Căn cứ NĐ 30/2020/NĐ-CP')[0]?.text).toBe('NĐ 30/2020/NĐ-CP');
  });

  it('needs a code with a "/" and a lettered symbol', () => {
    const notCitations = [
      'triển khai Đề án 06, hiện đại hóa',
      'Số: /KH-TTYT',
      '(kèm theo Kế hoạch số /KH-TTYT ngày /01/2026 của Trung tâm Y tế)',
      'tính đến 17/12/2024, xếp thứ 06/63 tỉnh, cấp tỉnh 98/95%',
      'Quý II–III/2026; phòng chống HIV/AIDS; trực 24/7',
      'Đề án số 14-ĐA-TU',
      'Nghị định 30/2020 của Chính phủ',
    ];
    for (const text of notCitations) expect(recognize(text), text).toEqual([]);
  });

  it('never reads a symbol inside a code as a citation of its own', () => {
    expect(recognize('Nghị quyết số 29/2025/NQ-HĐND và Quy định 124-QĐ/TW').map((c) => c.code)).toEqual([
      '29/2025/NQ-HĐND',
      '124-QĐ/TW',
    ]);
    expect(recognize('Kế hoạch số 12/KH-CT 45/NQ-CP').map((c) => [c.kind, c.code])).toEqual([
      ['plan', '12/KH-CT'],
      ['resolution', '45/NQ-CP'],
    ]);
  });

  it('returns every occurrence in order', () => {
    const text = 'Nghị quyết số 76/NQ-CP và Đề án số 14-ĐA/TU; Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ.';
    const found = recognizeCitations(text);
    expect(found.map((c) => c.code)).toEqual(['76/NQ-CP', '14-ĐA/TU', '76/NQ-CP']);
    expect(found.map((c) => c.start)).toEqual([...found.map((c) => c.start)].sort((a, b) => a - b));
  });

  it('ends an issuer where another citation begins', () => {
    const text =
      'Kế hoạch số 329/KH-UBND ngày 18/8/2021 của UBND tỉnh Lào Cai về việc thực hiện Nghị quyết số 76/NQ-CP ' +
      'ngày 15/7/2021 của Chính phủ và Đề án số 14-ĐA/TU ngày 11/12/2020 của Tỉnh ủy Lào Cai về CCHC';
    expect(recognize(text)).toEqual([
      { kind: 'plan', code: '329/KH-UBND', date: '2021-08-18', issuer: 'UBND tỉnh Lào Cai' },
      { kind: 'resolution', code: '76/NQ-CP', date: '2021-07-15', issuer: 'Chính phủ' },
      { kind: 'scheme', code: '14-ĐA/TU', date: '2020-12-11', issuer: 'Tỉnh ủy Lào Cai' },
    ]);
  });
});
