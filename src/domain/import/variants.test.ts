import { describe, expect, it } from 'vitest';
import { planDraftSchema, type PlanDraft } from '../../shared/schemas/plan-import';
import { parsePlanText } from './index';

const parse = (text: string): PlanDraft => planDraftSchema.parse(parsePlanText(text));
const T = '\t';

/** An invented CDC plan of Hà Tĩnh: heading block as a two-column table (tab rows), KT. signature, tab task table. */
const CDC_HA_TINH = [
  `SỞ Y TẾ HÀ TĨNH${T}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`,
  `TRUNG TÂM KIỂM SOÁT BỆNH TẬT${T}Độc lập – Tự do – Hạnh phúc`,
  `Số: 17/KH-KSBT${T}Hà Tĩnh, ngày 05 tháng 3 năm 2026`,
  '',
  'KẾ HOẠCH',
  'Cải cách hành chính của Trung tâm Kiểm soát bệnh tật năm 2026',
  '',
  'Căn cứ Quyết định số 1234/QĐ-UBND ngày 20/12/2025 của UBND tỉnh Hà Tĩnh về việc ban hành Kế hoạch CCHC năm 2026;',
  'Căn cứ Kế hoạch số 45/KH-SYT ngày 10/01/2026 của Sở Y tế Hà Tĩnh;',
  'Trung tâm Kiểm soát bệnh tật xây dựng Kế hoạch như sau:',
  'I. Mục tiêu',
  'Nâng cao chỉ số hài lòng của người dân.',
  'II. Nhiệm vụ',
  'Chi tiết tại Phụ lục kèm theo.',
  'III. Kinh phí',
  'Từ nguồn chi thường xuyên của đơn vị.',
  'IV. Trách nhiệm thực hiện',
  '1. Phòng Tổ chức - Hành chính',
  'a) Theo dõi, đôn đốc các khoa, phòng.',
  'b) Tổng hợp báo cáo gửi Sở Y tế.',
  '2. Các khoa, phòng chủ động thực hiện.',
  `Nơi nhận:${T}KT. GIÁM ĐỐC`,
  `- Sở Y tế (b/c);${T}PHÓ GIÁM ĐỐC`,
  '- Ban Giám đốc;',
  '- Lưu: VT, TCHC.',
  `${T}Nguyễn Thị Lan`,
  '',
  'PHỤ LỤC',
  `TT${T}Nội dung nhiệm vụ${T}Đơn vị chủ trì${T}Đơn vị phối hợp${T}Thời gian hoàn thành${T}Sản phẩm${T}Ghi chú`,
  `I${T}CẢI CÁCH THỂ CHẾ${T}${T}${T}${T}${T}`,
  `1${T}Rà soát văn bản quy phạm pháp luật${T}Phòng TCHC${T}Phòng KHNV, Khoa Dược${T}Quý II/2026${T}Báo cáo${T}`,
  `2${T}Cập nhật văn bản mới${T}Phòng TCHC${T}Các khoa, phòng${T}Thường xuyên${T}${T}Lồng ghép giao ban`,
  `II${T}CẢI CÁCH THỦ TỤC HÀNH CHÍNH${T}${T}${T}${T}${T}`,
  `3${T}Niêm yết công khai thủ tục hành chính tại${T}Phòng KHNV${T}Phòng TCHC; Khoa Xét nghiệm${T}trước 30/6/2026${T}Bảng niêm yết${T}`,
  `${T}bộ phận một cửa của Trung tâm${T}${T}${T}${T}${T}`,
  `4${T}Khảo sát sự hài lòng${T}Phòng KHNV${T}${T}khi nào xong${T}Báo cáo${T}`,
].join('\n');

/** An invented district health centre plan: one-line heading, lowercase headings without Roman numerals, broken lines, "|" table over a page break. */
const TTYT_HUYEN = [
  '   UBND HUYỆN CAN LỘC     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  ' TRUNG TÂM Y TẾ   Độc lập - Tự do - Hạnh phúc',
  '  ______',
  'Số:  .../KH-TTYT        Can Lộc, ngày    tháng    năm 2025',
  '',
  '',
  'KẾ HOẠCH',
  'Tuyên truyền cải thiện chỉ số PCI và DDCI',
  'năm 2025',
  '',
  'Thực hiện   Kế hoạch số 88/KH-UBND ngày 02/02/2025 của UBND huyện Can Lộc, Trung tâm Y tế xây dựng kế hoạch',
  'tuyên truyền như sau:',
  '1. MỤC ĐÍCH',
  '1.1. Mục đích chung',
  'Giúp người dân và doanh nghiệp hiểu rõ vai trò của các chỉ số',
  'và tham gia đánh giá.',
  '1.2. Yêu cầu',
  '- Bảo đảm thiết thực;',
  '- Không hình thức.',
  '2. KINH PHÍ',
  'Nguồn ngân sách được giao.',
  '3. TỔ CHỨC THỰC HIỆN',
  'Các khoa, phòng triển khai theo phụ lục.',
  'Nơi nhận:',
  '- UBND huyện;',
  '- Lưu: VT.',
  'TM. BAN GIÁM ĐỐC',
  'GIÁM ĐỐC',
  '(Đã ký)',
  'BSCKII. Lê Văn Hùng',
  '| STT | Nhiệm vụ | Chủ trì | Phối hợp | Thời hạn | Kết quả |',
  '|---|---|---|---|---|---|',
  '| 1 | Đăng tin về PCI | Tổ truyền thông | Các khoa, phòng trực thuộc | Hàng tháng | Tin bài |',
  '| 2 | Hội nghị đối thoại với | Phòng KHNV | Phòng TCHC và Phòng Tài chính kế toán | Quý III năm 2025 | Hội nghị |',
  '| | doanh nghiệp | | | | |',
  '| STT | Nhiệm vụ | Chủ trì | Phối hợp | Thời hạn | Kết quả |',
  '|---|---|---|---|---|---|',
  '| 3 | Báo cáo kết quả | Phòng KHNV | Các khoa, | 6 tháng cuối năm | Báo cáo |',
  '| | | | phòng trực thuộc | | |',
].join('\n');

describe('an invented CDC plan of Hà Tĩnh (tab rows)', () => {
  const draft = parse(CDC_HA_TINH);

  it('reads the heading block laid out as a two-column table', () => {
    expect(draft).toMatchObject({
      superior: 'SỞ Y TẾ HÀ TĨNH',
      issuer: 'TRUNG TÂM KIỂM SOÁT BỆNH TẬT',
      number: '17',
      symbol: 'KH-KSBT',
      place: 'Hà Tĩnh',
      date: '2026-03-05',
      year: 2026,
      kind: 'cchc',
      title: 'Cải cách hành chính của Trung tâm Kiểm soát bệnh tật năm 2026',
    });
  });

  it('reads each "Căn cứ" as a basis and their citations', () => {
    expect(draft.bases).toEqual([
      'Căn cứ Quyết định số 1234/QĐ-UBND ngày 20/12/2025 của UBND tỉnh Hà Tĩnh về việc ban hành Kế hoạch CCHC năm 2026',
      'Căn cứ Kế hoạch số 45/KH-SYT ngày 10/01/2026 của Sở Y tế Hà Tĩnh',
    ]);
    expect(draft.citations.map((citation) => [citation.kind, citation.code, citation.date])).toEqual([
      ['decision', '1234/QĐ-UBND', '2025-12-20'],
      ['plan', '45/KH-SYT', '2026-01-10'],
    ]);
    expect(draft.introduction).toBe('Trung tâm Kiểm soát bệnh tật xây dựng Kế hoạch như sau:');
  });

  it('reads headings in ordinary case, budget and responsibilities with a) items', () => {
    expect(draft.sections.map((section) => section.heading)).toEqual(['Mục tiêu', 'Nhiệm vụ', 'Kinh phí', 'Trách nhiệm thực hiện']);
    expect(draft.sections[0]?.text).toBe('Nâng cao chỉ số hài lòng của người dân.');
    expect(draft.budget).toBe('Từ nguồn chi thường xuyên của đơn vị.');
    expect(draft.responsibilities[0]).toMatchObject({ numbering: '1', heading: 'Phòng Tổ chức - Hành chính' });
    expect(draft.responsibilities[0]?.items.map((item) => [item.numbering, item.text])).toEqual([
      ['a', 'Theo dõi, đôn đốc các khoa, phòng.'],
      ['b', 'Tổng hợp báo cáo gửi Sở Y tế.'],
    ]);
  });

  it('reads recipients beside the signature, KT. and the deputy title', () => {
    expect(draft.recipients).toEqual(['Sở Y tế (b/c)', 'Ban Giám đốc', 'Lưu: VT, TCHC']);
    expect(draft).toMatchObject({ signingTitle: 'KT. GIÁM ĐỐC', signerTitle: 'PHÓ GIÁM ĐỐC', signer: 'Nguyễn Thị Lan' });
  });

  it('reads tab rows: group rows set the reform area, a broken cell is joined, coordinators split', () => {
    expect(draft.tasks.map((task) => [task.number, task.reformArea, task.lead, task.coordinators])).toEqual([
      ['1', 'institutions', 'Phòng TCHC', ['Phòng KHNV', 'Khoa Dược']],
      ['2', 'institutions', 'Phòng TCHC', ['Các khoa, phòng']],
      ['3', 'procedures', 'Phòng KHNV', ['Phòng TCHC', 'Khoa Xét nghiệm']],
      ['4', 'procedures', 'Phòng KHNV', []],
    ]);
    expect(draft.tasks[1]).toMatchObject({ output: null, note: 'Lồng ghép giao ban' });
    expect(draft.tasks[2]).toMatchObject({
      task: 'Niêm yết công khai thủ tục hành chính tại bộ phận một cửa của Trung tâm',
      deadline: 'trước 30/6/2026',
      schedule: { understood: true, kind: 'by_date', description: 'Trước 30/06/2026' },
    });
    expect(draft.tasks[3]).toMatchObject({ deadline: 'khi nào xong', schedule: { understood: false, kind: null, description: null } });
  });

  it('reports the deadline it cannot read with its line', () => {
    const line = CDC_HA_TINH.split('\n').findIndex((text) => text.startsWith('4\t')) + 1;
    expect(draft.problems).toEqual([expect.objectContaining({ field: 'tasks.deadline', line })]);
    expect(draft.problems[0]?.message).toContain('khi nào xong');
  });
});

describe('an invented district health centre plan ("|" rows, page break)', () => {
  const draft = parse(TTYT_HUYEN);

  it('reads a heading block written on shared lines with stray spaces and a blank number', () => {
    expect(draft).toMatchObject({
      superior: 'UBND HUYỆN CAN LỘC',
      issuer: 'TRUNG TÂM Y TẾ',
      number: null,
      symbol: 'KH-TTYT',
      place: 'Can Lộc',
      date: null,
      year: 2025,
      kind: 'pci_ddci_communication',
      title: 'Tuyên truyền cải thiện chỉ số PCI và DDCI năm 2025',
    });
  });

  it('joins broken lines and nests headings numbered without Roman numerals', () => {
    expect(draft.introduction).toBe(
      'Thực hiện Kế hoạch số 88/KH-UBND ngày 02/02/2025 của UBND huyện Can Lộc, Trung tâm Y tế xây dựng kế hoạch tuyên truyền như sau:',
    );
    expect(draft.citations).toEqual([{ kind: 'plan', code: '88/KH-UBND', date: '2025-02-02', issuer: 'UBND huyện Can Lộc' }]);
    expect(draft.sections.map((section) => [section.numbering, section.heading])).toEqual([
      ['1', 'MỤC ĐÍCH'],
      ['2', 'KINH PHÍ'],
      ['3', 'TỔ CHỨC THỰC HIỆN'],
    ]);
    const purposes = draft.sections[0]?.items ?? [];
    expect(purposes.map((item) => item.numbering)).toEqual(['1.1', '1.2']);
    expect(purposes[0]?.text).toBe('Giúp người dân và doanh nghiệp hiểu rõ vai trò của các chỉ số và tham gia đánh giá.');
    expect(purposes[1]?.items.map((item) => item.text)).toEqual(['Bảo đảm thiết thực;', 'Không hình thức.']);
    expect(draft.budget).toBe('Nguồn ngân sách được giao.');
    expect(draft.responsibilities).toEqual([{ heading: null, numbering: null, text: 'Các khoa, phòng triển khai theo phụ lục.', items: [] }]);
  });

  it('reads TM. signature, the signer with a degree, and recipients', () => {
    expect(draft.recipients).toEqual(['UBND huyện', 'Lưu: VT']);
    expect(draft).toMatchObject({ signingTitle: 'TM. BAN GIÁM ĐỐC', signerTitle: 'GIÁM ĐỐC', signer: 'BSCKII. Lê Văn Hùng' });
  });

  it('reads "|" rows, skipping the header repeated after the page break, joining broken cells', () => {
    expect(draft.tasks.map((task) => [task.number, task.task, task.lead, task.coordinators, task.deadline, task.schedule?.kind, task.output])).toEqual([
      ['1', 'Đăng tin về PCI', 'Tổ truyền thông', ['Các khoa, phòng trực thuộc'], 'Hàng tháng', 'monthly', 'Tin bài'],
      ['2', 'Hội nghị đối thoại với doanh nghiệp', 'Phòng KHNV', ['Phòng TCHC', 'Phòng Tài chính kế toán'], 'Quý III năm 2025', 'period', 'Hội nghị'],
      ['3', 'Báo cáo kết quả', 'Phòng KHNV', ['Các khoa, phòng trực thuộc'], '6 tháng cuối năm', 'period', 'Báo cáo'],
    ]);
    expect(draft.tasks.every((task) => task.reformArea === 'communication')).toBe(true);
    expect(draft.problems).toEqual([]);
  });
});

describe('shapes of the heading block', () => {
  const body = ['KẾ HOẠCH', 'Cải cách hành chính năm 2026', 'I. MỤC ĐÍCH', '- Làm tốt.'];

  it('takes the motto before the bodies, or on one line with the issuer', () => {
    const mottoFirst = parse(
      ['CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'ĐỘC LẬP - TỰ DO - HẠNH PHÚC', 'SỞ Y TẾ NGHỆ AN', 'BỆNH VIỆN ĐA KHOA', 'Số: 5/KH-BVĐK', 'Vinh, ngày 31 tháng 12 năm 2025', ...body].join('\n'),
    );
    expect(mottoFirst).toMatchObject({ superior: 'SỞ Y TẾ NGHỆ AN', issuer: 'BỆNH VIỆN ĐA KHOA', number: '5', symbol: 'KH-BVĐK', place: 'Vinh', date: '2025-12-31', year: 2025 });
    const oneLine = parse(
      ['SỞ Y TẾ NGHỆ AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'BỆNH VIỆN ĐA KHOA Độc lập - Tự do - Hạnh phúc', 'Số: 05/KH-BVĐK Vinh, ngày 02/01/2026', ...body].join('\n'),
    );
    expect(oneLine).toMatchObject({ superior: 'SỞ Y TẾ NGHỆ AN', issuer: 'BỆNH VIỆN ĐA KHOA', number: '05', place: 'Vinh', date: '2026-01-02', year: 2026 });
  });

  it('survives NBSP, soft hyphens, CRLF and runs of blank lines', () => {
    const draft = parse(['SỞ\u00A0Y TẾ  TỈNH A', 'BỆNH VIỆN B', 'Số:\u00A012/KH-BV', 'A, ngày 1 tháng 2 năm 2026', '', '', '', 'KẾ HOẠCH', 'Cải cách hành chính năm 2026', '', 'I. MỤC ĐÍCH', '- Làm tốt công tác cải cách hành\u00ADchính.'].join('\r\n'));
    expect(draft).toMatchObject({ superior: 'SỞ Y TẾ TỈNH A', issuer: 'BỆNH VIỆN B', number: '12', date: '2026-02-01' });
    expect(draft.sections[0]?.items[0]?.text).toBe('Làm tốt công tác cải cách hànhchính.');
  });

  it('lists what it could not find when the text is no plan', () => {
    const draft = parse('xin chào\n\nđây không phải kế hoạch');
    expect(draft.problems.map((problem) => problem.field)).toEqual(
      expect.arrayContaining(['title', 'issuer', 'symbol', 'date', 'year', 'recipients', 'signingTitle', 'signer', 'tasks']),
    );
    expect(draft.kind).toBe('other');
  });
});
