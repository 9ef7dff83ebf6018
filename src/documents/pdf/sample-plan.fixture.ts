import { planDocumentBuffer, type PlanDocumentData } from '../docx/plan-document';

/**
 * A plan DOCX as the app writes it (the same writer as GET /api/plans/:id/document.docx), with `tasks`
 * rows in the appendix and a few numbered parts of Vietnamese text: what the PDF benchmark and the
 * warm-converter tests convert.
 */
export function samplePlanDocx(tasks = 100): Promise<Buffer> {
  const areas = ['Cải cách thể chế', 'Cải cách thủ tục hành chính', 'Cải cách tổ chức bộ máy', 'Cải cách chế độ công vụ', 'Cải cách tài chính công', 'Xây dựng và phát triển Chính phủ điện tử, Chính phủ số'];
  const data: PlanDocumentData = {
    superiorName: 'UBND TỈNH QUẢNG TRỊ',
    issuerName: 'SỞ Y TẾ',
    number: 123,
    symbol: 'KH-SYT',
    placeName: 'Quảng Trị',
    issuedOn: '2025-01-15' as PlanDocumentData['issuedOn'],
    year: 2025,
    title: 'Kế hoạch cải cách hành chính năm 2025 của Sở Y tế',
    content: {
      bases: [
        'Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030',
        'Căn cứ Kế hoạch số 45/KH-UBND ngày 10/01/2025 của UBND tỉnh về cải cách hành chính năm 2025',
      ],
      introduction: 'Thực hiện Kế hoạch số 45/KH-UBND của UBND tỉnh, Sở Y tế xây dựng Kế hoạch cải cách hành chính năm 2025 như sau:',
      sections: [
        {
          numbering: 'I', heading: 'MỤC ĐÍCH, YÊU CẦU', text: null, role: 'purposes_requirements', reformArea: null, assignee: null,
          children: [
            { numbering: '1', heading: 'Mục đích', text: 'Nâng cao chất lượng phục vụ người dân và doanh nghiệp; đẩy mạnh chuyển đổi số trong ngành y tế.', role: 'purposes', reformArea: null, assignee: null, children: [] },
            { numbering: '2', heading: 'Yêu cầu', text: 'Các đơn vị bám sát nhiệm vụ được giao, bảo đảm tiến độ, chất lượng và hiệu quả.', role: 'requirements', reformArea: null, assignee: null, children: [] },
          ],
        },
        {
          numbering: 'II', heading: 'NHIỆM VỤ TRỌNG TÂM', text: null, role: 'tasks', reformArea: null, assignee: null,
          children: areas.map((area, i) => ({ numbering: String(i + 1), heading: area, text: `Triển khai đồng bộ các nhiệm vụ về ${area.toLowerCase()} theo Phụ lục kèm theo Kế hoạch này.`, role: 'reform_area' as const, reformArea: null, assignee: null, children: [] })),
        },
        { numbering: 'III', heading: 'TỔ CHỨC THỰC HIỆN', text: 'Thủ trưởng các đơn vị trực thuộc chịu trách nhiệm triển khai Kế hoạch; báo cáo kết quả định kỳ hằng quý về Sở Y tế (qua Văn phòng Sở).', role: 'responsibilities', reformArea: null, assignee: null, children: [] },
      ],
      targets: [],
      closing: 'Trên đây là Kế hoạch cải cách hành chính năm 2025 của Sở Y tế',
      recipients: ['UBND tỉnh (b/c)', 'Sở Nội vụ', 'Các đơn vị trực thuộc', 'Lưu: VT, VP'],
    },
    signingAuthority: 'KT. GIÁM ĐỐC',
    signerTitle: 'PHÓ GIÁM ĐỐC',
    signerName: 'Nguyễn Văn An',
    tasks: Array.from({ length: tasks }, (_, i) => ({
      number: String(i + 1),
      title: `${areas[i % areas.length]}: rà soát, đánh giá và đề xuất phương án đơn giản hoá thủ tục hành chính thuộc lĩnh vực khám bệnh, chữa bệnh số ${i + 1}`,
      lead: i % 3 === 0 ? 'Văn phòng Sở' : 'Phòng Nghiệp vụ Y',
      coordinators: ['Phòng Kế hoạch - Tài chính', 'Các đơn vị trực thuộc'],
      deadline: `Quý ${(i % 4) + 1}/2025`,
      output: 'Báo cáo kết quả thực hiện',
      note: i % 5 === 0 ? 'Nhiệm vụ trọng tâm' : null,
    })),
  };
  return planDocumentBuffer(data);
}
