import { describe, expect, it } from 'vitest';
import type { Citation } from './citation';
import { recognizeCitations } from './recognize';

/**
 * Invented but realistic sentences from other provinces and ministries: the recogniser must work on plans
 * it has never seen, not only on the seeds' wording.
 */
const facts = ({ kind, code, date, issuer }: Citation) => ({ kind, code, date, issuer });
const recognize = (text: string) => recognizeCitations(text).map(facts);

describe('citations in plans the recogniser has never seen', () => {
  it.each([
    [
      'Căn cứ Thông tư số 01/2023/TT-BYT ngày 05/01/2023 của Bộ Y tế hướng dẫn thực hiện',
      { kind: 'circular', code: '01/2023/TT-BYT', date: '2023-01-05', issuer: 'Bộ Y tế' },
    ],
    [
      'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;',
      { kind: 'decree', code: '30/2020/NĐ-CP', date: '2020-03-05', issuer: 'Chính phủ' },
    ],
    [
      'Thông tư số 01/2011/TT-BNV ngày 19/01/2011 của Bộ Nội vụ hướng dẫn thể thức và kỹ thuật trình bày văn bản',
      { kind: 'circular', code: '01/2011/TT-BNV', date: '2011-01-19', issuer: 'Bộ Nội vụ' },
    ],
    [
      'Thực hiện Chỉ thị số 23/CT-TTg của Thủ tướng Chính phủ,',
      { kind: 'directive', code: '23/CT-TTg', date: null, issuer: 'Thủ tướng Chính phủ' },
    ],
    [
      'Quán triệt Kết luận số 76-KL/TW của Bộ Chính trị;',
      { kind: 'conclusion', code: '76-KL/TW', date: null, issuer: 'Bộ Chính trị' },
    ],
    [
      'Chương trình số 05/CTr-UBND ngày 12 tháng 3 năm 2024 của UBND tỉnh Hà Tĩnh về cải cách hành chính',
      { kind: 'program', code: '05/CTr-UBND', date: '2024-03-12', issuer: 'UBND tỉnh Hà Tĩnh' },
    ],
    [
      'Chương trình hành động số 12-CTr/TU ngày 3/5/2022 của Tỉnh ủy Nghệ An thực hiện',
      { kind: 'program', code: '12-CTr/TU', date: '2022-05-03', issuer: 'Tỉnh ủy Nghệ An' },
    ],
    [
      'Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII về',
      {
        kind: 'resolution',
        code: '18-NQ/TW',
        date: '2017-10-25',
        issuer: 'Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII',
      },
    ],
    [
      'Kế hoạch số 45/KH-SVHTTDL ngày 2/4/2024 của Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Ninh về tuyên truyền',
      { kind: 'plan', code: '45/KH-SVHTTDL', date: '2024-04-02', issuer: 'Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Ninh' },
    ],
    [
      'theo Công văn số 1234/KCB-QLCL ngày 10/3/2024 của Cục Quản lý Khám, chữa bệnh về việc',
      { kind: 'other', code: '1234/KCB-QLCL', date: '2024-03-10', issuer: 'Cục Quản lý Khám, chữa bệnh' },
    ],
    [
      'Quyết định số 2020/QĐ-UBND ngày 07.8.2023 của UBND TP. Hồ Chí Minh phê duyệt',
      { kind: 'decision', code: '2020/QĐ-UBND', date: '2023-08-07', issuer: 'UBND TP. Hồ Chí Minh' },
    ],
    [
      'Thông tư liên tịch số 12/2017/TTLT-BYT-BTC do Bộ Y tế và Bộ Tài chính ban hành',
      { kind: 'circular', code: '12/2017/TTLT-BYT-BTC', date: null, issuer: 'Bộ Y tế và Bộ Tài chính' },
    ],
    [
      'Nghị quyết số 01/NQ-CP ngày 08/01/2024 của Chính phủ và hướng dẫn của Bộ Y tế',
      { kind: 'resolution', code: '01/NQ-CP', date: '2024-01-08', issuer: 'Chính phủ' },
    ],
    [
      'Kế hoạch số 88/KH-UBND ngày 15/4/2024 của Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu.',
      { kind: 'plan', code: '88/KH-UBND', date: '2024-04-15', issuer: 'Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu' },
    ],
    ['Luật Khám bệnh, chữa bệnh số 15/2023/QH15', { kind: 'other', code: '15/2023/QH15', date: null, issuer: null }],
    [
      'Kế hoạch số 12/KH-UBND ngày 25/10/2017 của UBND huyện Bát Xát, tỉnh Lào Cai về việc',
      { kind: 'plan', code: '12/KH-UBND', date: '2017-10-25', issuer: 'UBND huyện Bát Xát, tỉnh Lào Cai' },
    ],
    [
      'theo Nghị quyết 76/NQ-CP (ngày 15/7/2021) của Chính phủ',
      { kind: 'resolution', code: '76/NQ-CP', date: '2021-07-15', issuer: 'Chính phủ' },
    ],
    [
      'thực hiện Thông báo kết luận số 12/TB-SYT ngày 3/3/2024 của Giám đốc Sở Y tế',
      { kind: 'other', code: '12/TB-SYT', date: '2024-03-03', issuer: 'Giám đốc Sở Y tế' },
    ],
    [
      'Căn cứ Quyết định số 42/QĐ-UBND của Ủy ban nhân dân tỉnh Lào Cai ngày 15 tháng 01 năm 2024 về việc',
      { kind: 'decision', code: '42/QĐ-UBND', date: '2024-01-15', issuer: 'Ủy ban nhân dân tỉnh Lào Cai' },
    ],
  ] as const)('%s', (text, expected) => {
    expect(recognize(text)).toEqual([expected]);
  });

  it('reads documents cited inside a table row', () => {
    expect(recognize('| 3 | Triển khai Quyết định số 5/QĐ-BV của Bệnh viện | Phòng KHTH | Quý I/2025 |')).toEqual([
      { kind: 'decision', code: '5/QĐ-BV', date: null, issuer: 'Bệnh viện' },
    ]);
  });

  it('stops an issuer at a line that starts a new item, not at any line break', () => {
    const text = 'Căn cứ Kế hoạch số 12/KH-SYT ngày 1/2/2024 của Sở Y tế tỉnh Hà \nGiang\n2. Yêu cầu\n- Triển khai';
    expect(recognize(text)[0]?.issuer).toBe('Sở Y tế tỉnh Hà Giang');
    expect(recognize('Kế hoạch số 12/KH-SYT của Sở Y tế\n- Nội dung tuyên truyền')[0]?.issuer).toBe('Sở Y tế');
    expect(recognize('Kế hoạch số 12/KH-SYT của Sở Y tế\nII. NỘI DUNG')[0]?.issuer).toBe('Sở Y tế');
  });

  it('reads no issuer from a lower-case phrase after "của" or "do"', () => {
    expect(recognize('Kế hoạch số 7/KH-UBND của tỉnh đã đề ra')[0]?.issuer).toBeNull();
    expect(recognize('theo Kế hoạch số 7/KH-UBND do đó cần')[0]?.issuer).toBeNull();
  });

  it('keeps capitalised words that are verbs in lower case inside a name', () => {
    expect(recognize('Kế hoạch số 9/KH-SXD do Sở Xây dựng chủ trì')[0]?.issuer).toBe('Sở Xây dựng');
    expect(recognize('Hướng dẫn số 3-HD/BTCTU của Ban Tổ chức Tỉnh ủy tổ chức thực hiện')[0]?.issuer).toBe(
      'Ban Tổ chức Tỉnh ủy',
    );
    expect(recognize('Kế hoạch số 4/KH-BCĐ của Ban Chỉ đạo cải cách hành chính của Chính phủ về')[0]?.issuer).toBe(
      'Ban Chỉ đạo cải cách hành chính của Chính phủ',
    );
  });

  it('reads text in decomposed Unicode and with the look-alike Ð', () => {
    const decomposed = 'Căn cứ Quyết định số 12/QÐ-UBND ngày 5/1/2024 của Sở Y tế Điện Biên về'.normalize('NFD');
    const [citation] = recognizeCitations(decomposed);
    expect(citation && facts(citation)).toEqual({
      kind: 'decision',
      code: '12/QĐ-UBND',
      date: '2024-01-05',
      issuer: 'Sở Y tế Điện Biên',
    });
    expect(decomposed.slice(citation!.start, citation!.end)).toBe(citation!.text);
    expect(citation!.text.endsWith('Biên'.normalize('NFD'))).toBe(true);
  });

  it('lets the symbol name the kind when the written word is generic', () => {
    expect(recognize('các văn bản: 76/NQ-CP; 749/QĐ-TTg.').map((c) => c.kind)).toEqual(['resolution', 'decision']);
    expect(recognize('Công văn số 1234/SYT-NVY ngày 4/4/2024 của Sở Y tế')[0]?.kind).toBe('other');
  });

  it('makes dashes in codes plain', () => {
    expect(recognize('Đề án số 14–ĐA/TU ngày 11/12/2020')[0]?.code).toBe('14-ĐA/TU');
  });
});
