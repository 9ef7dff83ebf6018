import { describe, expect, it } from 'vitest';
import { parsePlanText } from './parse-plan-text';

/**
 * Shapes real plans arrive in (issue 15), each in a document written here, not taken from the corpus:
 * a web page around the document, and a decision that issues the plan attached to it.
 */
const HEADING = ['|', '**ỦY BAN NHÂN', 'DÂN**', 'TỈNH LAI CHÂU', '-------', '|', '**CỘNG HÒA XÃ HỘI', 'CHỦ NGHĨA VIỆT NAM**', 'Độc lập - Tự do - Hạnh phúc', '|', '|'];
const CLOSING = ['|', '*Nơi nhận:*', '- Bộ Y tế (b/c);', '- Các sở, ban, ngành;', '- Lưu: VT, KGVX.', '|', '**KT. CHỦ TỊCH**', 'PHÓ CHỦ TỊCH', '**Giàng A Tủa**', '|'];

describe('documents as they arrive', () => {
  it('finds the document inside a web page: the menus and metadata before it and the notices after it are left out', () => {
    const page = [
      'Trang chủ | Văn bản | Liên hệ',
      '**CÁC NỘI DUNG ĐƯỢC SỬA ĐỔI**',
      '**Số hiệu:**', '|', '77/KH-UBND', '|', '**Ngày ban hành:**', '|', '02/03/2026', '|', 'Tình trạng: Đã biết', '|',
      ...HEADING,
      'Số: 77/KH-UBND', '|', '*Lai Châu, ngày 02', 'tháng 3 năm 2026*', '|', '',
      '**KẾ HOẠCH**', 'Tuyên truyền cải cách hành chính năm 2026', '',
      'Thực hiện Quyết định số 12/QĐ-UBND ngày 05/01/2026 của UBND tỉnh, UBND tỉnh ban hành Kế hoạch như sau:',
      '**I. MỤC ĐÍCH, YÊU CẦU**', '1. Mục đích', 'Nâng cao nhận thức của người dân về cải cách hành chính.',
      '**II. TỔ CHỨC THỰC HIỆN**', 'Các sở, ngành triển khai thực hiện Kế hoạch này./.',
      ...CLOSING,
      'Văn bản liên quan', 'Ban hành: 09/07/2025', 'Hiệu lực: Đã biết', '**THÔNG BÁO**', 'Quý khách vui lòng đăng nhập.',
    ];
    const draft = parsePlanText(page.join('\n'));
    expect(draft).toMatchObject({
      issuer: 'ỦY BAN NHÂN DÂN TỈNH LAI CHÂU',
      superior: null,
      number: '77',
      symbol: 'KH-UBND',
      place: 'Lai Châu',
      date: '2026-03-02',
      year: 2026,
      title: 'Tuyên truyền cải cách hành chính năm 2026',
      recipients: ['Bộ Y tế (b/c)', 'Các sở, ban, ngành', 'Lưu: VT, KGVX'],
      signingTitle: 'KT. CHỦ TỊCH',
      signerTitle: 'PHÓ CHỦ TỊCH',
      signer: 'Giàng A Tủa',
    });
    expect(draft.citations.map((citation) => citation.code)).toEqual(['12/QĐ-UBND']);
    expect(draft.sections.filter((section) => section.numbering !== null).map((section) => section.numbering)).toEqual(['I', 'II']);
    // Each field points at the line of the page it was read on (the menus above count too).
    const lineOf = (text: string) => page.indexOf(text) + 1;
    expect(draft.fieldLines).toEqual({
      issuer: lineOf('**ỦY BAN NHÂN'),
      superior: null,
      number: lineOf('Số: 77/KH-UBND'),
      date: lineOf('*Lai Châu, ngày 02'),
      title: lineOf('**KẾ HOẠCH**'),
      recipients: lineOf('*Nơi nhận:*'),
      signingTitle: lineOf('**KT. CHỦ TỊCH**'),
      signer: lineOf('**Giàng A Tủa**'),
    });
  });

  it('reads a decision with the plan attached: number, bases and signature from the decision, title and body from the plan', () => {
    const decision = [
      ...HEADING,
      'Số:', '0412/QĐ-UBND', '|', '*Lai Châu, ngày 15 tháng 4 năm 2026*', '|', '',
      '**QUYẾT ĐỊNH**', 'BAN HÀNH KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026', '',
      '**ỦY BAN NHÂN DÂN TỈNH LAI CHÂU**', '',
      '*Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;*', '',
      '*Căn cứ Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ;*', '',
      '*Theo đề nghị của Sở Nội vụ tại Tờ trình số 88/TTr-SNV ngày 01 tháng 4 năm 2026.*', '',
      '**QUYẾT ĐỊNH:**', '',
      '**Điều 1.** Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2026.', '',
      '**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký./.', '',
      ...CLOSING, '',
      '**KẾ HOẠCH**', 'CẢI CÁCH HÀNH CHÍNH NĂM 2026', '',
      '*(Kèm theo Quyết định số 0412/QĐ-UBND ngày 15 tháng 4 năm 2026 của UBND tỉnh)*', '',
      '**I. MỤC ĐÍCH, YÊU CẦU**', 'Đẩy mạnh cải cách hành chính trên địa bàn tỉnh.',
      '**II. NHIỆM VỤ**', 'Rà soát thủ tục hành chính.',
      '**III. TỔ CHỨC THỰC HIỆN**', 'Sở Nội vụ theo dõi, đôn đốc.', '',
      '**ỦY BAN NHÂN DÂN TỈNH LAI CHÂU**',
    ];
    const draft = parsePlanText(decision.join('\n'));
    expect(draft).toMatchObject({
      issuer: 'ỦY BAN NHÂN DÂN TỈNH LAI CHÂU',
      number: '0412',
      symbol: 'QĐ-UBND',
      date: '2026-04-15',
      title: 'CẢI CÁCH HÀNH CHÍNH NĂM 2026',
      kind: 'cchc',
      recipients: ['Bộ Y tế (b/c)', 'Các sở, ban, ngành', 'Lưu: VT, KGVX'],
      signingTitle: 'KT. CHỦ TỊCH',
      signer: 'Giàng A Tủa',
    });
    expect(draft.bases).toHaveLength(2);
    expect(draft.citations.map((citation) => citation.code)).toEqual(['72/2025/QH15', '76/NQ-CP', '88/TTr-SNV']);
    expect(draft.sections.filter((section) => section.numbering !== null).map((section) => section.numbering)).toEqual(['I', 'II', 'III']);
    expect(draft.introduction).toBeNull();
  });

  it('reads a task table whose cells stand on lines of their own between lone "|" lines', () => {
    const cells = (...row: string[]) => [...row.flatMap((cell) => ['|', ...(cell === '' ? [] : cell.split('\n'))]), '|'];
    const plan = [
      ...HEADING, 'Số: 15/KH-UBND', '|', 'Lai Châu, ngày 10 tháng 1 năm 2026', '|', '',
      '**KẾ HOẠCH**', 'Cải cách hành chính năm 2026', '',
      '**I. NHIỆM VỤ**', 'Các nhiệm vụ tại Phụ lục kèm theo.',
      ...CLOSING, '',
      '**PHỤ LỤC**', 'DANH MỤC NHIỆM VỤ', '',
      ...cells('**TT**', '**Nội dung\nnhiệm vụ**', '**Cơ quan chủ trì**', '**Cơ quan phối hợp**', '**Thời gian\nhoàn thành**'),
      ...cells('**I**', '**CẢI CÁCH THỂ CHẾ**'),
      ...cells('1', 'Rà soát văn bản quy phạm\npháp luật của tỉnh', 'Sở Tư pháp', 'Các sở, ngành', 'Quý II/2026'),
      ...cells('2', 'Kiểm tra công tác cải cách hành chính', 'Sở Nội vụ', '', 'Quý III/2026'),
      '….................',
      ...cells('5', 'Tổng kết công tác năm', 'Sở Nội vụ', 'Các sở, ngành', 'Tháng 12/2026'),
      ...cells('Báo cáo kết quả tổng kết', 'Sở Nội vụ'),
      ...cells('**II**', '**CẢI CÁCH THỦ TỤC HÀNH CHÍNH**'),
      ...cells('1', 'Công bố thủ tục hành chính', 'Sở Y tế', 'Trung tâm Phục vụ hành chính công', 'Thường xuyên'),
      ...cells('1.1', 'Niêm yết thủ tục tại bộ phận một cửa', 'Sở Y tế', '', 'Quý I/2026'),
      'Văn bản liên quan', 'Ban hành: 09/07/2025', 'Tình trạng: Đã biết',
    ];
    const draft = parsePlanText(plan.join('\n'));
    expect(draft.tasks.map((task) => [task.number, task.task, task.lead, task.coordinators, task.deadline, task.reformArea])).toEqual([
      ['1', 'Rà soát văn bản quy phạm pháp luật của tỉnh', 'Sở Tư pháp', ['Các sở, ngành'], 'Quý II/2026', 'institutions'],
      ['2', 'Kiểm tra công tác cải cách hành chính', 'Sở Nội vụ', [], 'Quý III/2026', 'institutions'],
      // A row sharing the number above adds its task; its lead, the same, is kept once.
      ['5', 'Tổng kết công tác năm Báo cáo kết quả tổng kết', 'Sở Nội vụ', ['Các sở, ngành'], 'Tháng 12/2026', 'institutions'],
      ['1', 'Công bố thủ tục hành chính', 'Sở Y tế', ['Trung tâm Phục vụ hành chính công'], 'Thường xuyên', 'procedures'],
      ['1.1', 'Niêm yết thủ tục tại bộ phận một cửa', 'Sở Y tế', [], 'Quý I/2026', 'procedures'],
    ]);
    expect(draft).toMatchObject({ number: '15', title: 'Cải cách hành chính năm 2026', recipients: ['Bộ Y tế (b/c)', 'Các sở, ban, ngành', 'Lưu: VT, KGVX'], signer: 'Giàng A Tủa' });
  });

  it('reads tasks written in the text when there is no table, and says they are to be checked', () => {
    const plan = [
      ...HEADING, 'Số: 20/KH-UBND', '|', 'Lai Châu, ngày 12 tháng 1 năm 2026', '|', '',
      '**KẾ HOẠCH**', 'Nâng cao chất lượng phục vụ người dân năm 2026', '',
      '**I. NHIỆM VỤ, GIẢI PHÁP**', '',
      '**1. Rà soát, đơn giản hóa thủ tục hành chính**', '',
      '- Rà soát các thủ tục hành chính có chi phí tuân thủ cao.', '',
      '*Đơn vị chủ trì: *Các sở,', 'ngành, UBND cấp xã.', '',
      '*Đơn vị phối hợp: *Sở Tư', 'pháp.', '',
      '*Thời gian thực hiện: *Quý II/2026.', '',
      '**2. Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính.**', '',
      '- Cơ quan chủ trì: Văn phòng UBND tỉnh; cơ quan phối hợp: Sở Khoa học và Công nghệ; thời gian: Thường xuyên.', '',
      '**II. TỔ CHỨC THỰC HIỆN**', '', 'Các sở, ngành triển khai Kế hoạch này./.', '',
      ...CLOSING,
    ];
    const draft = parsePlanText(plan.join('\n'));
    expect(draft.tasks.map((task) => [task.number, task.task, task.lead, task.coordinators, task.deadline, task.origin])).toEqual([
      ['1', 'Rà soát, đơn giản hóa thủ tục hành chính', 'Các sở, ngành, UBND cấp xã', ['Sở Tư pháp'], 'Quý II/2026', 'text'],
      ['2', 'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính', 'Văn phòng UBND tỉnh', ['Sở Khoa học và Công nghệ'], 'Thường xuyên', 'text'],
    ]);
    expect(draft.tasks.every((task) => task.schedule?.understood)).toBe(true);
    expect(draft.problems.filter((problem) => problem.field === 'tasks').map((problem) => problem.message)).toEqual([
      'Không có bảng phân công: 2 nhiệm vụ được đọc từ lời văn của kế hoạch ("Đơn vị chủ trì: …"), hãy kiểm tra từng nhiệm vụ.',
    ]);
  });

  it('reads what a scan read by OCR lets it read, and leaves the rest as problems, never a guess', () => {
    const scan = [
      'nh phúc', '', 'Số: 45 /KH-SYT', '', 'Lao Cai, ngày 1O tháng 3 năm 2026', '',
      '# KẾ HOẠCH', 'Kiểm tra công tác cải cách hành chính năm 2026', '',
      'Căn cứ Kế hoạch số 12/KH-UBND ngày 05/01/2026 của UBND tỉnh;', '',
      '# I. MỤC ĐÍCH, YÊU CẦU', 'Đánh giá kết quả cải cách hành chính tại các đơn vị.', '',
      '# II. NỘI DUNG', '1. Kiểm tra việc niêm yết thủ tục hành chính.', '',
      'Nơi nhận:', '- Các đơn vị trực thuộc;', '- Lưu: VT, VP.', '', 'KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', '', 'Nguyễn Thị Hoa',
    ];
    const draft = parsePlanText(scan.join('\n'));
    // The heading block was cut off: no body is made up from "nh phúc"; the day "1O" is not read as 10.
    expect(draft).toMatchObject({ issuer: null, superior: null, number: '45', symbol: 'KH-SYT', place: 'Lao Cai', date: null, year: 2026, title: 'Kiểm tra công tác cải cách hành chính năm 2026', signer: 'Nguyễn Thị Hoa' });
    expect(draft.citations.map((citation) => citation.code)).toEqual(['12/KH-UBND']);
    expect(draft.problems.filter((problem) => problem.field === 'issuer' || problem.field === 'date')).toEqual([
      { field: 'issuer', message: 'Không tìm thấy tên cơ quan ban hành ở đầu văn bản.', line: 1 },
      { field: 'date', message: 'Không đọc rõ ngày ban hành ("ngày 1O tháng 3 năm 2026"): hãy nhập theo văn bản gốc.', line: 5 },
    ]);
  });
});
