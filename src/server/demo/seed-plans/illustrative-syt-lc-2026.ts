import type { DemoPlan, DemoRef, DemoTask } from './demo-plan';
import { bullets, heading, headed, item } from './sections';

/**
 * ILLUSTRATIVE — NOT FROM A SEED. Two plans of Sở Y tế tỉnh Lào Cai written for the demo, because
 * the seed plans cite them ("Thực hiện Kế hoạch số 06/KH-SYT ngày 10/01/2026 …" in seed 001,
 * "Thực hiện Kế hoạch số 23/KH-SYT ngày 23/01/2026 …" in seed 002) but the seeds do not contain
 * them. Their number, date and title are those the seeds cite; everything else (bases, text, tasks,
 * deadlines) is a short, plausible stand-in so the demo has parent plans whose tasks reach the
 * bodies. Only documents that exist and that the seeds themselves cite are named in the bases.
 */

const ALL_BODIES: DemoRef = { group: 'all_bodies' };
const VP: DemoRef = { unit: 'VP' };

/** Every task goes to the bodies of the sector, with the department's office (Văn phòng Sở) coordinating. */
function task(number: string, reformArea: DemoTask['reformArea'], title: string, deadlineText: string, outputText: string, outputKind: DemoTask['outputKind']): DemoTask {
  return { number, title, reformArea, lead: ALL_BODIES, coordinators: [VP], deadlineText, outputText, outputKind, note: null };
}

const RESOLUTION_76 = 'Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030';

export const ILLUSTRATIVE_SYT_CCHC_2026: DemoPlan = {
  seed: null,
  body: 'SYT-LC',
  parentKey: null,
  key: 'syt-lc-2026-cchc',
  kind: 'cchc',
  year: 2026,
  number: 6,
  symbol: 'KH-SYT',
  placeName: 'Lào Cai',
  issuedOn: '2026-01-10',
  state: 'issued',
  title: 'Triển khai công tác cải cách hành chính năm 2026',
  signingAuthority: 'GIÁM ĐỐC',
  signerTitle: null,
  signerName: 'Nguyễn Văn Thành',
  content: {
    bases: [
      RESOLUTION_76,
      'Căn cứ Quyết định số 876/QĐ-BNV ngày 10/11/2022 của Bộ trưởng Bộ Nội vụ phê duyệt Đề án “Xác định Chỉ số cải cách hành chính của các Bộ, cơ quan ngang bộ, Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương giai đoạn 2022 - 2030”',
    ],
    introduction: 'Sở Y tế tỉnh Lào Cai xây dựng Kế hoạch triển khai công tác cải cách hành chính năm 2026 của ngành Y tế như sau:',
    sections: [
      heading(
        'I',
        'MỤC ĐÍCH, YÊU CẦU',
        [
          heading(
            '1',
            'Mục đích',
            bullets([
              'Triển khai đồng bộ, hiệu quả các nhiệm vụ cải cách hành chính năm 2026 trong toàn ngành Y tế, góp phần nâng cao Chỉ số cải cách hành chính (PAR INDEX) và Chỉ số hài lòng của người dân (SIPAS) của tỉnh.',
              'Nâng cao chất lượng phục vụ người dân, người bệnh; tăng cường kỷ luật, kỷ cương hành chính trong các đơn vị.',
            ]),
            { role: 'purposes' },
          ),
          heading(
            '2',
            'Yêu cầu',
            bullets([
              'Các đơn vị xây dựng kế hoạch cải cách hành chính năm 2026 của đơn vị, xác định rõ nhiệm vụ, đơn vị chủ trì, thời hạn hoàn thành và sản phẩm đầu ra.',
              'Báo cáo kết quả thực hiện đúng thời hạn, đầy đủ, có tài liệu kiểm chứng.',
            ]),
            { role: 'requirements' },
          ),
        ],
        { role: 'purposes_requirements' },
      ),
      heading('II', 'MỤC TIÊU, NHIỆM VỤ', [
        heading(
          '1',
          'Mục tiêu',
          bullets([
            '100% thủ tục hành chính thuộc thẩm quyền giải quyết được niêm yết công khai, đầy đủ, đúng quy định.',
            'Trên 95% văn bản, hồ sơ công việc của các đơn vị được xử lý trên môi trường mạng (trừ văn bản mật).',
          ]),
          { role: 'objectives' },
        ),
        headed('2', 'Nhiệm vụ', '(chi tiết tại phụ lục kèm theo)', { role: 'tasks' }),
      ]),
      headed('III', 'KINH PHÍ THỰC HIỆN', 'Kinh phí thực hiện từ nguồn kinh phí chi thường xuyên được giao của các đơn vị và các nguồn kinh phí hợp pháp khác.', { role: 'budget' }),
      heading(
        'IV',
        'TỔ CHỨC THỰC HIỆN',
        [
          item('1', 'Văn phòng Sở là đầu mối theo dõi, đôn đốc, hướng dẫn các đơn vị thực hiện Kế hoạch; tổng hợp báo cáo kết quả cải cách hành chính của ngành theo quy định.', {
            role: 'responsibilities',
            assignee: VP,
          }),
          item('2', 'Các đơn vị trong ngành xây dựng kế hoạch của đơn vị và tổ chức thực hiện các nhiệm vụ được giao tại phụ lục kèm theo.', {
            role: 'responsibilities',
            assignee: ALL_BODIES,
          }),
        ],
        { role: 'responsibilities' },
      ),
    ],
    targets: [
      { text: '100% thủ tục hành chính thuộc thẩm quyền giải quyết được niêm yết công khai', value: 100, unit: '%', comparator: 'exactly' },
      { text: 'Trên 95% văn bản, hồ sơ công việc của các đơn vị được xử lý trên môi trường mạng', value: 95, unit: '%', comparator: 'above' },
    ],
    closing: 'Trên đây là Kế hoạch triển khai công tác cải cách hành chính năm 2026 của Sở Y tế tỉnh Lào Cai. Yêu cầu các đơn vị trong ngành nghiêm túc triển khai thực hiện',
    recipients: ['UBND tỉnh (b/c)', 'Sở Nội vụ', 'Lãnh đạo Sở', 'Các phòng chức năng Sở', 'Các đơn vị trong ngành', 'Lưu: VT, VP'],
  },
  tasks: [
    task('1', 'other', 'Xây dựng, ban hành kế hoạch cải cách hành chính năm 2026 của đơn vị, gửi về Sở Y tế (qua Văn phòng Sở)', 'Quý I năm 2026', 'Kế hoạch CCHC năm 2026 của đơn vị', 'plan'),
    task('2', 'procedures', 'Rà soát, cập nhật và niêm yết công khai đầy đủ thủ tục hành chính thuộc thẩm quyền giải quyết của đơn vị', 'Thường xuyên', 'Thủ tục hành chính được niêm yết công khai', 'other'),
    task('3', 'apparatus', 'Rà soát, kiện toàn tổ chức bộ máy các khoa, phòng theo hướng tinh gọn, hiệu lực, hiệu quả', 'trước 30/6/2026', 'Báo cáo kết quả rà soát', 'report'),
    task('4', 'civil_service', 'Cập nhật dữ liệu viên chức, người lao động trên phần mềm quản lý cán bộ, công chức, viên chức', 'Hằng tháng', 'Dữ liệu được cập nhật', 'other'),
    task('5', 'public_finance', 'Công khai dự toán, quyết toán ngân sách nhà nước; thực hiện cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập', 'Quý II năm 2026', 'Quyết định công khai dự toán', 'decision'),
    task('6', 'digital_government', 'Xử lý văn bản, hồ sơ công việc trên môi trường mạng; phấn đấu trên 95% văn bản, hồ sơ công việc được xử lý trên môi trường mạng', 'Thường xuyên', 'Báo cáo tỷ lệ văn bản xử lý trên môi trường mạng', 'report'),
    task('7', 'other', 'Báo cáo kết quả thực hiện công tác cải cách hành chính quý I, 6 tháng, 9 tháng và năm gửi Sở Y tế (qua Văn phòng Sở)', 'Hàng quý', 'Báo cáo', 'report'),
  ],
};

export const ILLUSTRATIVE_SYT_COMMUNICATION_2026: DemoPlan = {
  seed: null,
  body: 'SYT-LC',
  parentKey: null,
  key: 'syt-lc-2026-communication',
  kind: 'communication',
  year: 2026,
  number: 23,
  symbol: 'KH-SYT',
  placeName: 'Lào Cai',
  issuedOn: '2026-01-23',
  state: 'issued',
  title: 'Thông tin, tuyên truyền về công tác cải cách hành chính của ngành Y tế tỉnh Lào Cai năm 2026',
  signingAuthority: 'GIÁM ĐỐC',
  signerTitle: null,
  signerName: 'Nguyễn Văn Thành',
  content: {
    bases: [RESOLUTION_76, 'Căn cứ Kế hoạch số 06/KH-SYT ngày 10/01/2026 của Sở Y tế tỉnh Lào Cai về việc triển khai công tác cải cách hành chính năm 2026'],
    introduction: 'Sở Y tế tỉnh Lào Cai xây dựng Kế hoạch thông tin, tuyên truyền về công tác cải cách hành chính của ngành Y tế năm 2026 như sau:',
    sections: [
      heading(
        'I',
        'MỤC ĐÍCH, YÊU CẦU',
        [
          heading(
            '1',
            'Mục đích',
            bullets([
              'Nâng cao nhận thức, trách nhiệm của viên chức, người lao động trong ngành về mục tiêu, nhiệm vụ cải cách hành chính; lấy người dân, người bệnh làm trung tâm phục vụ.',
              'Kịp thời giới thiệu các mô hình hay, cách làm sáng tạo trong cải cách hành chính của các đơn vị.',
            ]),
            { role: 'purposes' },
          ),
          heading('2', 'Yêu cầu', bullets(['Công tác tuyên truyền được triển khai thường xuyên, đúng trọng tâm, phù hợp với từng nhóm đối tượng; bảo đảm tiết kiệm, hiệu quả.']), {
            role: 'requirements',
          }),
        ],
        { role: 'purposes_requirements' },
      ),
      heading('II', 'NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN', [
        heading(
          '1',
          'Nội dung tuyên truyền',
          bullets([
            'Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030 và nhiệm vụ cải cách hành chính năm 2026 của ngành Y tế;',
            'Thủ tục hành chính, dịch vụ công trực tuyến, thanh toán không dùng tiền mặt trong khám bệnh, chữa bệnh;',
            'Chuyển đổi số trong các cơ sở y tế; mô hình hay, cách làm sáng tạo trong cải cách hành chính.',
          ]),
          { role: 'content' },
        ),
        heading(
          '2',
          'Hình thức tuyên truyền',
          bullets(['Tin, bài trên Trang thông tin điện tử của Sở Y tế và của các đơn vị; trang Fanpage, nhóm Zalo.', 'Lồng ghép trong hội nghị, giao ban, sinh hoạt chuyên môn; băng rôn, khẩu hiệu, tờ gấp tại nơi tiếp đón người bệnh.']),
          { role: 'forms' },
        ),
        headed('3', 'Nhiệm vụ', '(chi tiết tại phụ lục kèm theo)', { role: 'tasks' }),
      ]),
      headed('III', 'KINH PHÍ THỰC HIỆN', 'Từ nguồn kinh phí chi thường xuyên được giao của các đơn vị và các nguồn kinh phí hợp pháp khác.', { role: 'budget' }),
      heading(
        'IV',
        'TỔ CHỨC THỰC HIỆN',
        [
          item('1', 'Văn phòng Sở tiếp nhận, lựa chọn các cách làm sáng tạo do các đơn vị gửi để tuyên truyền; tổng hợp kết quả công tác tuyên truyền cải cách hành chính của ngành.', {
            role: 'responsibilities',
            assignee: VP,
          }),
          item('2', 'Các đơn vị trong ngành xây dựng kế hoạch thông tin, tuyên truyền cải cách hành chính năm 2026 của đơn vị và tổ chức thực hiện các nhiệm vụ tại phụ lục kèm theo.', {
            role: 'responsibilities',
            assignee: ALL_BODIES,
          }),
        ],
        { role: 'responsibilities' },
      ),
    ],
    targets: [],
    closing: 'Trên đây là Kế hoạch thông tin, tuyên truyền về công tác cải cách hành chính của ngành Y tế tỉnh Lào Cai năm 2026. Yêu cầu các đơn vị trong ngành nghiêm túc triển khai thực hiện',
    recipients: ['Lãnh đạo Sở', 'Các phòng chức năng Sở', 'Các đơn vị trong ngành', 'Lưu: VT, VP'],
  },
  tasks: [
    task('1', 'communication', 'Xây dựng, ban hành kế hoạch thông tin, tuyên truyền cải cách hành chính năm 2026 của đơn vị', 'Quý I năm 2026', 'Kế hoạch tuyên truyền CCHC năm 2026', 'plan'),
    task('2', 'communication', 'Lựa chọn các cách làm sáng tạo trong triển khai công tác cải cách hành chính gửi về Sở Y tế (qua Văn phòng Sở) để tuyên truyền', 'Hằng tháng', 'Tin bài tuyên truyền', 'news_item'),
    task('3', 'communication', 'Đăng tải tin, bài về cải cách hành chính, chuyển đổi số trên Trang thông tin điện tử, Fanpage của đơn vị', 'Thường xuyên', 'Tin bài tuyên truyền', 'news_item'),
    task('4', 'communication', 'Cử cán bộ tham gia tập huấn nghiệp vụ thông tin, tuyên truyền cải cách hành chính do Sở Y tế tổ chức', 'trước 30/6/2026', 'Có cán bộ tham gia lớp tập huấn', 'participation'),
    task('5', 'communication', 'Niêm yết thủ tục hành chính và hướng dẫn sử dụng dịch vụ công trực tuyến tại nơi tiếp đón người bệnh', 'Thường xuyên', 'Bảng niêm yết, tờ gấp hướng dẫn', 'other'),
    task('6', 'communication', 'Báo cáo kết quả công tác thông tin, tuyên truyền lồng ghép với báo cáo cải cách hành chính quý I, 6 tháng, 9 tháng và năm', 'Hàng quý', 'Báo cáo', 'report'),
  ],
};
