import { beforeAll, describe, expect, it } from 'vitest';
import { readSeed, seedsAvailable } from '../../../tests/support/seeds';
import { planDraftSchema, type PlanDraft } from '../../shared/schemas/plan-import';
import { parsePlanText } from './index';

/** ../shared/seeds beside the repository: real plans as extracted from PDF/DOCX, line breaks and all. */
const parseSeed = (name: string): PlanDraft => planDraftSchema.parse(parsePlanText(readSeed(name)));
const codes = (draft: PlanDraft) => draft.citations.map((citation) => citation.code);
const headings = (draft: PlanDraft) => draft.sections.map((section) => section.heading);

// Every expectation below was written by reading the seed, not by running the parser.
describe.skipIf(!seedsAvailable)('seed 000: BV Sản - Nhi, communication plan 2025 (PDF text, a blank line after every line)', () => {
  let draft: PlanDraft;
  beforeAll(() => {
    draft = parseSeed('000_3bac6054eb6e82d9.txt');
  });

  it('reads the heading block with a blank number and date', () => {
    expect(draft).toMatchObject({
      superior: 'SỞ Y TẾ TỈNH LÀO CAI',
      issuer: 'BỆNH VIỆN SẢN - NHI',
      number: null,
      symbol: 'KH-BVSN',
      place: 'Lào Cai',
      date: null,
      year: 2025,
      kind: 'communication',
      title: 'Tuyên truyền công tác Cải cách hành chính năm 2025',
    });
  });

  it('reads one basis citing two plans and the introduction', () => {
    expect(draft.bases).toEqual([
      'Căn cứ Kế hoạch số 138/KH-SYT ngày 31/12/2024 của Sở Y tế triển khai công tác CCHC năm 2025; Kế hoạch số 21/KH-SYT ngày 10/02/2025 của Sở Y tế về thông tin, tuyên truyền cải cách hành chính năm 2025',
    ]);
    expect(draft.introduction).toBe(
      'Thực hiện Kế hoạch số 03/KH-BVSN ngày 14/01/2025 của Bệnh viện Sản- Nhi tỉnh Lào Cai triển khai thực hiện công tác CCHC năm 2025.\n' +
        'Bệnh viện Sản – Nhi tỉnh Lào Cai xây dựng Kế hoạch tuyên truyền công tác Cải cách hành chính (CCHC) năm 2025, cụ thể như sau:',
    );
    expect(codes(draft)).toEqual(['138/KH-SYT', '21/KH-SYT', '03/KH-BVSN']);
    expect(draft.citations[0]).toEqual({ kind: 'plan', code: '138/KH-SYT', date: '2024-12-31', issuer: 'Sở Y tế' });
  });

  it('nests the sections', () => {
    expect(headings(draft)).toEqual(['MỤC ĐÍCH, YÊU CẦU', 'NỘI DUNG', 'TỔ CHỨC THỰC HIỆN', null]);
    const [purposes, content] = draft.sections;
    expect(purposes?.items.map((item) => item.heading)).toEqual(['Mục đích', 'Yêu cầu']);
    expect(purposes?.items[0]?.items).toHaveLength(3);
    const contentItems = content?.items[0]?.items ?? [];
    expect(contentItems.map((item) => item.numbering)).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5']);
    expect(contentItems[0]?.heading).toBe('Tuyên truyền quan điểm, chủ trương, chính sách pháp luật của Đảng, Nhà nước, của tỉnh Lào Cai về CCHC');
    expect(contentItems[0]?.items).toHaveLength(8);
    // "1.996 TTHC" at a line start is a number, not an item numbered 1.
    expect(contentItems[1]?.items).toHaveLength(2);
    expect(contentItems[1]?.items[1]?.text).toContain('tổng số TTHC của tỉnh Lào Cai là 1.996 TTHC trong đó');
    expect(contentItems[2]?.items[0]).toMatchObject({ numbering: '-', text: 'Năm 2023:' });
    expect(contentItems[2]?.items[0]?.items.map((item) => item.numbering)).toEqual(['+', '+', '+']);
    expect(contentItems[4]?.items.map((item) => item.numbering)).toEqual(['(1)', '(2)', '(3)', '(4)']);
    expect(content?.items[1]?.heading).toBe('Hình thức tuyên truyền');
    expect(draft.responsibilities.map((item) => item.numbering)).toEqual(['1', '2']);
    expect(draft.responsibilities[1]?.text).toMatch(/^Giao phòng Tổ chức Hành chính chủ trì.*định kỳ báo cáo theo quy định\.$/u);
    expect(draft.sections[3]?.text).toMatch(/^Trên đây là Kế hoạch tuyên truyền .* phối hợp triển khai thực hiện$/u);
    expect(draft.budget).toBeNull();
  });

  it('reads recipients and signature; no appendix table is a problem to show', () => {
    expect(draft.recipients).toEqual(['Các khoa/phòng/trung tâm trực thuộc', 'Website BV', 'Lưu VT, TCHC']);
    expect(draft).toMatchObject({ signingTitle: 'GIÁM ĐỐC', signerTitle: null, signer: 'Trần Hoài Bắc', tasks: [] });
    expect(draft.problems.map((problem) => problem.field)).toEqual(['tasks']);
  });
});

describe.skipIf(!seedsAvailable)('seed 001: BV Sản - Nhi, CCHC plan 2026 (starts at "KẾ HOẠCH", no heading block)', () => {
  let draft: PlanDraft;
  beforeAll(() => {
    draft = parseSeed('001_10630c44fb5d4977.txt');
  });

  it('reads title, kind and year from the title; the missing heading block is reported', () => {
    expect(draft).toMatchObject({ superior: null, issuer: null, number: null, symbol: null, place: null, date: null, year: 2026 });
    expect(draft).toMatchObject({ kind: 'cchc', title: 'Cải cách hành chính năm 2026', bases: [] });
    expect(draft.introduction).toMatch(/^Thực hiện Kế hoạch số 06\/KH-SYT .* như sau:$/u);
    expect(draft.citations).toEqual([{ kind: 'plan', code: '06/KH-SYT', date: '2026-01-10', issuer: 'Sở Y tế tỉnh Lào Cai' }]);
    expect(draft.problems.map((problem) => problem.field)).toEqual(['issuer', 'symbol', 'date', 'tasks']);
  });

  it('nests the six reform areas and keeps sentences ending at the margin inside their bullet', () => {
    expect(headings(draft)).toEqual(['MỤC ĐÍCH, YÊU CẦU', 'MỤC TIÊU, NHIỆM VỤ', 'KINH PHÍ THỰC HIỆN', 'TỔ CHỨC THỰC HIỆN', null]);
    const tasks = draft.sections[1]?.items[1];
    expect(tasks?.heading).toBe('Nhiệm vụ cụ thể');
    expect(tasks?.items.map((item) => `${item.numbering} ${item.heading}`)).toEqual([
      '2.1 Cải cách thể chế',
      '2.2 Cải cách thủ tục hành chính',
      '2.3 Cải cách tổ chức bộ máy',
      '2.4 Cải cách chế độ công vụ',
      '2.5 Cải cách tài chính công',
      '2.6 Xây dựng và phát triển Chính quyền điện tử, Chính quyền số',
    ]);
    expect(tasks?.items.map((item) => item.items.length)).toEqual([6, 5, 6, 12, 5, 11]);
    expect(tasks?.items[3]?.items.every((item) => item.numbering === '-')).toBe(true);
    expect(tasks?.items[3]?.items[1]?.text).toMatch(/bằng các hình thức phù hợp\. Chấp hành các văn bản quy phạm/u);
  });

  it('reads budget, responsibilities, recipients and signature', () => {
    expect(draft.budget).toBe(
      'Nguồn kinh phí từ ngân sách nhà nước, nguồn xã hội hoá và nguồn khác (nếu có). Tích cực huy động các nguồn kinh phí ngoài ngân sách để triển khai thực hiện Cải cách hành chính.',
    );
    expect(draft.responsibilities.map((item) => item.numbering)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(draft.responsibilities[1]).toMatchObject({ heading: 'Phòng Tổ chức hành chính', text: null });
    expect(draft.responsibilities[1]?.items).toHaveLength(4);
    expect(draft.recipients).toEqual(['Sở Y tế', 'Ban Giám đốc BV', 'Các khoa, phòng; trung tâm', 'Lưu: VT, TCHC']);
    expect(draft).toMatchObject({ signingTitle: 'GIÁM ĐỐC', signerTitle: null, signer: 'Trần Hoài Bắc', tasks: [] });
  });
});

describe.skipIf(!seedsAvailable)('seed 002: TTYT khu vực Lào Cai - Cam Đường, communication plan 2026 (DOCX text, appendix table)', () => {
  let draft: PlanDraft;
  beforeAll(() => {
    draft = parseSeed('002_6c8ca109d674577c.txt');
  });

  it('reads number, place, date and title', () => {
    expect(draft).toMatchObject({ superior: null, issuer: null, number: null, symbol: 'KH-TTYT', place: 'P. Lào Cai', date: null, year: 2026 });
    expect(draft.kind).toBe('communication');
    expect(draft.title).toBe('Thông tin, tuyên truyền về công tác cải cách hành chính của Trung tâm y tế khu vực Lào Cai - Cam Đường năm 2026');
    expect(draft.bases).toEqual([]);
    expect(draft.citations).toEqual([
      { kind: 'plan', code: '23/KH-SYT', date: '2026-01-23', issuer: 'Sở Y tế tỉnh Lào Cai' },
      { kind: 'plan', code: '03/KH-TTYT', date: '2026-01-16', issuer: 'Trung tâm Y tế' },
    ]);
  });

  it('reads sections, budget, recipients and signature, not the appendix', () => {
    expect(headings(draft)).toEqual(['MỤC ĐÍCH, YÊU CẦU', 'NỘI DUNG, NHIỆM VỤ VÀ GIẢI PHÁP', 'KINH PHÍ THỰC HIỆN', 'TỔ CHỨC THỰC HIỆN', null]);
    expect(draft.sections[1]?.items.map((item) => item.numbering)).toEqual(['1', '2', '3', '4']);
    expect(draft.sections[1]?.items[0]?.items).toHaveLength(8);
    expect(draft.budget).toMatch(/^Kinh phí cho CCHC lấy từ các nguồn/u);
    expect(draft.responsibilities.map((item) => item.heading ?? item.text?.slice(0, 12))).toEqual([
      'Ban Giám đốc',
      'Phòng Tổ chức hành chính- Tài chính kế toán (TCHC-TCKT)',
      'Các khoa, phòng trực thuộc',
      'Bộ phận truyền thông',
    ]);
    expect(draft.recipients).toEqual(['Sở Y tế', 'Văn phòng Sở Y tế', 'Ban Giám đốc TTYT', 'Các khoa, phòng trực thuộc', 'Lưu: VT, TCHC']);
    expect(draft).toMatchObject({ signingTitle: 'GIÁM ĐỐC', signerTitle: null, signer: 'Vũ Anh Dũng' });
    expect(draft.problems.map((problem) => problem.field)).toEqual(['issuer']);
  });

  it('reads every appendix row, across the page break, with parsed deadlines', () => {
    const lead = 'Phòng TCHC-TCKT';
    const coordinators = ['Các khoa, phòng trực thuộc'];
    const rows: [string, string, string, string, string][] = [
      ['1', 'Cử cán bộ tham gia tập huấn nội dung trọng tâm về CCHC khi có lớp tập huấn do cấp trên mở.', 'Quý I năm 2026', 'Quý I/2026', 'Có cán bộ tham gia lớp TH'],
      ['2', 'Thực hiện tuyên truyền theo chuyên đề; nhân rộng mô hình, cách làm hay.', 'Quý II–III/2026', 'Quý II–III/2026', 'Tin bài TT'],
      ['3', 'Tổng kết, đánh giá kết quả thực hiện', 'Quý IV năm 2026', 'Quý IV/2026', 'Báo cáo'],
      ['4', 'Hàng tháng lựa chọn các cách làm sáng tạo trong triển khai thực hiện công tác CCHC gửi về Sở Y tế (qua Văn phòng Sở)', 'Thường xuyên', 'Thường xuyên, kiểm tra mỗi quý năm 2026', 'Tin bài tuyên truyền'],
      ['5', 'Chủ trì tham mưu, hướng dẫn, đôn đốc, các khoa, phòng thuộc đơn vị tổ chức thực hiện kế hoạch tuyên truyền CCHC, kế hoạch CCHC năm 2026.', 'Thường xuyên', 'Thường xuyên, kiểm tra mỗi quý năm 2026', 'Văn bản đôn đốc'],
      ['6', 'Hướng dẫn nâng cao nhận thức về CCHC cho cán bộ làm công tác cải cách hành chính của đơn vị.', 'Quý II, III năm 2026', 'Quý II–III/2026', 'Văn bản hướng dẫn'],
      ['7', 'Tổng hợp báo cáo kết quả thực hiện công tác thông tin, tuyên truyền khi có yêu cầu của các cơ quan có thẩm quyền.', 'Hàng quý', 'Hàng quý năm 2026 (4 kỳ)', 'Báo cáo'],
      ['8', 'Tiếp nhận, phản hồi ý kiến, kiến nghị của cá nhân, tổ chức về các quy định liên quan đến TTHC; tổ chức thực hiện có hiệu quả kênh tiếp nhận, xử lý các kiến nghị của cá nhân, tổ chức.', 'Thường xuyên', 'Thường xuyên, kiểm tra mỗi quý năm 2026', 'Phòng tiếp công dân theo quy định'],
      ['9', 'Phân công viên chức có đủ năng lực và trình độ thực hiện theo dõi, hướng dẫn và tổng hợp báo cáo tình hình thực hiện CCHC và tuyên truyền về CCHC.', 'Quý I năm 2026', 'Quý I/2026', 'Quyết định phân công nhiệm vụ'],
      ['10', 'Định kỳ báo cáo kết quả thực hiện tuyên truyền CCHC cùng với báo cáo kết quả thực hiện công tác CCHC của đơn vị.', 'Hàng quý', 'Hàng quý năm 2026 (4 kỳ)', 'Báo cáo'],
    ];
    expect(draft.tasks).toEqual(
      rows.map(([number, task, deadline, description, output]) => ({
        number,
        task,
        lead,
        coordinators,
        deadline,
        schedule: { understood: true, kind: expect.any(String), description },
        output,
        note: null,
        reformArea: 'communication',
        origin: 'table',
      })),
    );
  });
});
