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
    expect(body.filter((t) => /^[IV]+ /.test(t))).toEqual(['I KẾT QUẢ THỰC HIỆN', 'II CÔNG TÁC THÔNG TIN, TUYÊN TRUYỀN', 'III KIỂM SOÁT, CÔNG KHAI THỦ TỤC HÀNH CHÍNH', 'IV CHỈ SỐ PAR INDEX, SIPAS, PAPI, PCI, DDCI', 'V TỒN TẠI, HẠN CHẾ', 'VI ĐỀ XUẤT, KIẾN NGHỊ', 'VII PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI']);
    const iii = body.indexOf('III KIỂM SOÁT, CÔNG KHAI THỦ TỤC HÀNH CHÍNH');
    expect(body.slice(iii + 1, iii + 5)).toEqual([
      'Tính đến ngày 31/03/2026, Bệnh viện X có 03 thủ tục hành chính, quy trình nội bộ đang có hiệu lực; đã niêm yết công khai đúng phiên bản hiện hành 01 (đạt 33,3%); cần niêm yết lại do đã thay đổi 01; chưa niêm yết 01.',
      'Các thủ tục cần niêm yết (lại):',
      '- BVX-01 — Cấp bản sao bệnh án (đã thay đổi sau lần niêm yết gần nhất);',
      '- BVX-02 — Cấp giấy chứng sinh (chưa niêm yết).',
    ]);
    const v = body.indexOf('V TỒN TẠI, HẠN CHẾ');
    expect(body.slice(v + 1, v + 4)).toEqual(['Thiếu nhân lực.', 'Thiếu kinh phí.', 'VI ĐỀ XUẤT, KIẾN NGHỊ']);
    expect(body[body.indexOf('VI ĐỀ XUẤT, KIẾN NGHỊ') + 1]).toBe('Không có.');
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
    const vi = body.indexOf('VI ĐỀ XUẤT, KIẾN NGHỊ');
    expect(body.slice(vi + 1, vi + 4)).toEqual(['Ý kiến của các đơn vị trực thuộc:', 'a Trung tâm Y tế C', 'Bổ sung biên chế.']);
    expect(body[body.indexOf('V TỒN TẠI, HẠN CHẾ') + 1]).toBe('Không có.');
    // The bodies' procedures, added up from their reports.
    expect(body).toContain('Các đơn vị trực thuộc (theo báo cáo đã gửi) có 03 thủ tục hành chính, quy trình nội bộ đang có hiệu lực; đã niêm yết công khai đúng phiên bản hiện hành 01 (đạt 33,3%); cần niêm yết lại do đã thay đổi 01; chưa niêm yết 01.');
  });
});
