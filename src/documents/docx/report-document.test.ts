import { describe, expect, it } from 'vitest';
import { aggregateReports } from '../../domain/reports/aggregate';
import { emptyTexts, type ReportSections } from '../../domain/reports/sections';
import { compileWork, type WorkFact } from '../../domain/reports/work';
import type { BodyBlock } from './parts';
import { reportDocumentParts, type ReportDocumentData } from './report-document';

const fact = (over: Partial<WorkFact>): WorkFact => ({ task: 'Đăng tin bài', reformArea: 'communication', unitId: 'u', unit: 'Phòng TCHC', due: '2026-02-28', status: 'in_progress', submittedOn: null, completedOn: null, ...over });
const none = { byChannel: [], byKind: [], total: { published: 0, items: 0 } };

function data(over: Partial<ReportDocumentData> = {}): ReportDocumentData {
  const sections: ReportSections = {
    work: compileWork([fact({}), fact({ due: '2026-01-31' }), fact({ task: 'Rà soát TTHC', reformArea: 'procedures', unitId: 'b', unit: 'Bệnh viện X', due: '2026-03-15', status: 'done', completedOn: '2026-03-01' })], '2026-03-31'),
    communication: none,
    indices: [],
    procedures: { asOf: '2026-03-31', counts: { inForce: 3, posted: 1, stale: 1, notPosted: 1, percent: 33.3 }, toPost: [{ code: 'BVX-01', name: 'Cấp bản sao bệnh án', standing: 'stale' }, { code: 'BVX-02', name: 'Cấp giấy chứng sinh', standing: 'not_posted' }] },
    citizens: {
      asOf: '2026-03-31',
      feedback: { received: 12, answered: 9, refused: 1, open: 2, overdue: 1, answeredLate: 1, due: 11, onTime: 9, onTimePercent: 81.8 },
      satisfaction: {
        responses: 40,
        overall: { answered: 400, satisfied: 350, percent: 87.5 },
        aspects: [
          { aspect: 'staff', answered: 120, satisfied: 110, percent: 91.7 },
          { aspect: 'result', answered: 0, satisfied: 0, percent: null },
        ],
      },
    },
    aggregate: null,
  };
  return {
    issuer: { superiorName: 'SỞ Y TẾ TỈNH LÀO CAI', name: 'Bệnh viện X', placeName: 'Lào Cai' },
    number: null,
    symbol: 'BC-BVX',
    date: { year: 2026 },
    period: 'custom',
    year: 2026,
    range: { from: '2026-01-01', to: '2026-03-31' },
    sections,
    texts: { ...emptyTexts(), difficulties: 'Thiếu nhân lực.\n\nThiếu kinh phí.' },
    signature: { authority: 'GIÁM ĐỐC', signerTitle: null, signerName: null },
    recipients: ['Sở Y tế tỉnh Lào Cai (b/c)', 'Ban Giám đốc', 'Lưu: VT, TCHC'],
    ...over,
  };
}

const texts = (blocks: BodyBlock[]) => blocks.map((b) => (b.kind === 'heading' ? `${b.numbering} ${b.text}` : b.kind === 'paragraph' && typeof b.text === 'string' ? b.text : ''));

describe('the report document', () => {
  it('titles a custom range by its days and words section I by area, naming other units only', () => {
    const parts = reportDocumentParts(data());
    expect(parts.title).toEqual({ kind: 'BÁO CÁO', summary: 'Kết quả thực hiện công tác cải cách hành chính từ ngày 01/01/2026 đến ngày 31/03/2026' });
    const body = texts(parts.body);
    expect(body).toContain('Tính đến ngày 31/03/2026, theo các kế hoạch đã ban hành có 03 lượt nhiệm vụ có thời hạn trong kỳ: đã hoàn thành 01; chậm tiến độ 02. Kết quả cụ thể theo từng lĩnh vực như sau:');
    expect(body).toContain('- Rà soát TTHC.');
    expect(body).toContain('Trong kỳ, Bệnh viện X chưa đăng tin, bài nào.');
    expect(body).toContain('- Đăng tin bài (Phòng TCHC, 02 kỳ).');
    expect(body.filter((t) => /^[IV]+ /.test(t))).toEqual(['I KẾT QUẢ THỰC HIỆN', 'II CÔNG TÁC THÔNG TIN, TUYÊN TRUYỀN', 'III KIỂM SOÁT, CÔNG KHAI THỦ TỤC HÀNH CHÍNH', 'IV TIẾP NHẬN, XỬ LÝ PHẢN ÁNH, KIẾN NGHỊ; KHẢO SÁT SỰ HÀI LÒNG', 'V CHỈ SỐ PAR INDEX, SIPAS, PAPI, PCI, DDCI', 'VI TỒN TẠI, HẠN CHẾ', 'VII ĐỀ XUẤT, KIẾN NGHỊ', 'VIII PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI']);
    const iv = body.indexOf('IV TIẾP NHẬN, XỬ LÝ PHẢN ÁNH, KIẾN NGHỊ; KHẢO SÁT SỰ HÀI LÒNG');
    expect(body.slice(iv + 1, iv + 5)).toEqual([
      'Trong kỳ (số liệu tính đến ngày 31/03/2026), Bệnh viện X tiếp nhận 12 phản ánh, kiến nghị; đã trả lời 09, không thuộc phạm vi giải quyết 01, đang xử lý 02 (quá hạn 01); trả lời muộn 01; tỷ lệ trả lời đúng hạn 81,8% (09/11 phản ánh đã đến hạn).',
      'Trong kỳ, Bệnh viện X nhận 40 phiếu khảo sát sự hài lòng; tỷ lệ hài lòng chung 87,5% (350/400 câu trả lời hài lòng, rất hài lòng).',
      'Theo từng khía cạnh của Chỉ số SIPAS:',
      '- Công chức, nhân viên trực tiếp giải quyết: 91,7% (110/120 câu trả lời hài lòng, rất hài lòng).',
    ]);
    const iii = body.indexOf('III KIỂM SOÁT, CÔNG KHAI THỦ TỤC HÀNH CHÍNH');
    expect(body.slice(iii + 1, iii + 5)).toEqual([
      'Tính đến ngày 31/03/2026, Bệnh viện X có 03 thủ tục hành chính, quy trình nội bộ đang có hiệu lực; đã niêm yết công khai đúng phiên bản hiện hành 01 (đạt 33,3%); cần niêm yết lại do đã thay đổi 01; chưa niêm yết 01.',
      'Các thủ tục cần niêm yết (lại):',
      '- BVX-01 — Cấp bản sao bệnh án (đã thay đổi sau lần niêm yết gần nhất);',
      '- BVX-02 — Cấp giấy chứng sinh (chưa niêm yết).',
    ]);
    const vi = body.indexOf('VI TỒN TẠI, HẠN CHẾ');
    expect(body.slice(vi + 1, vi + 4)).toEqual(['Thiếu nhân lực.', 'Thiếu kinh phí.', 'VII ĐỀ XUẤT, KIẾN NGHỊ']);
    expect(body[body.indexOf('VII ĐỀ XUẤT, KIẾN NGHỊ') + 1]).toBe('Không có.');
    expect(body.at(-1)).toBe('Trên đây là báo cáo kết quả thực hiện công tác cải cách hành chính từ ngày 01/01/2026 đến ngày 31/03/2026 của Bệnh viện X.');
  });

  it("prints a tổng hợp with each body's words under its name and those that have not sent", () => {
    const child = data();
    const aggregate = aggregateReports(
      [{ organization: { id: 'c', code: 'C', name: 'Trung tâm Y tế C' }, reportId: 'r', submittedAt: '2026-03-30T02:00:00Z', submittedOn: '2026-03-30', dueOn: '2026-03-31', sections: child.sections, texts: { ...emptyTexts(), proposals: 'Bổ sung biên chế.' } }],
      [{ id: 'c', code: 'C', name: 'Trung tâm Y tế C' }, { id: 'd', code: 'D', name: 'Bệnh viện D' }],
    );
    const body = texts(reportDocumentParts(data({ texts: emptyTexts(), sections: { ...child.sections, aggregate } })).body);
    expect(body).toContain('Đã nhận 01/02 báo cáo của các đơn vị trực thuộc (đều gửi đúng hạn); chưa nhận báo cáo của: Bệnh viện D.');
    expect(body).toContain('- Trung tâm Y tế C: 03 lượt nhiệm vụ có thời hạn trong kỳ: đã hoàn thành 01; chậm tiến độ 02.');
    const vii = body.indexOf('VII ĐỀ XUẤT, KIẾN NGHỊ');
    expect(body.slice(vii + 1, vii + 4)).toEqual(['Ý kiến của các đơn vị trực thuộc:', 'a Trung tâm Y tế C', 'Bổ sung biên chế.']);
    expect(body[body.indexOf('VI TỒN TẠI, HẠN CHẾ') + 1]).toBe('Không có.');
    // What the bodies' citizens said, added up from their reports.
    expect(body).toContain('Các đơn vị trực thuộc (theo báo cáo đã gửi) tiếp nhận 12 phản ánh, kiến nghị; đã trả lời 09, không thuộc phạm vi giải quyết 01, đang xử lý 02 (quá hạn 01); trả lời muộn 01; tỷ lệ trả lời đúng hạn 81,8% (09/11 phản ánh đã đến hạn).');
    // The bodies' procedures, added up from their reports.
    expect(body).toContain('Các đơn vị trực thuộc (theo báo cáo đã gửi) có 03 thủ tục hành chính, quy trình nội bộ đang có hiệu lực; đã niêm yết công khai đúng phiên bản hiện hành 01 (đạt 33,3%); cần niêm yết lại do đã thay đổi 01; chưa niêm yết 01.');
  });
});
