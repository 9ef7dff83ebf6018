import type { DemoPlan, DemoRef, DemoTask } from './demo-plan';
import { bullets, heading, headed, item } from './sections';

/**
 * Kế hoạch thông tin, tuyên truyền về công tác CCHC năm 2026 of Trung tâm Y tế khu vực Lào Cai -
 * Cam Đường, as the seed writes it: number and day left blank ("Số: /KH-TTYT", "ngày tháng 01 năm
 * 2026"), text as written. IV numbers its items 1, 2, 2, 3: kept so. The appendix
 * ("PHỤ LỤC: PHÂN CÔNG NHIỆM VỤ") gives the ten tasks, all led by Phòng TCHC-TCKT with "Các khoa,
 * phòng trực thuộc" coordinating; deadlines and outputs exactly as the table writes them.
 */

const TCHC_TCKT: DemoRef = { unit: 'TCHC-TCKT' };
const ALL_UNITS: DemoRef = { group: 'all_units' };

/** One appendix row: lead and coordinators are the same on every row. */
function row(number: string, title: string, deadlineText: string, outputText: string, outputKind: DemoTask['outputKind']): DemoTask {
  return { number, title, reformArea: 'communication', lead: TCHC_TCKT, coordinators: [ALL_UNITS], deadlineText, outputText, outputKind, note: null };
}

export const SEED_002_TTYT_COMMUNICATION_2026: DemoPlan = {
  seed: '002_6c8ca109d674577c.txt',
  body: 'TTYT-LCCD',
  parentKey: 'syt-lc-2026-communication',
  key: 'ttyt-lccd-2026-communication',
  kind: 'communication',
  year: 2026,
  number: null,
  symbol: 'KH-TTYT',
  placeName: 'P. Lào Cai',
  issuedOn: null,
  state: 'draft',
  title: 'Thông tin, tuyên truyền về công tác cải cách hành chính của Trung tâm y tế khu vực Lào Cai - Cam Đường năm 2026',
  signingAuthority: 'GIÁM ĐỐC',
  signerTitle: null,
  signerName: 'Vũ Anh Dũng',
  content: {
    bases: [],
    introduction:
      'Thực hiện Kế hoạch số 23/KH-SYT ngày 23/01/2026 của Sở Y tế tỉnh Lào Cai về việc thông tin, tuyên truyền về công tác cải cách hành chính của ngành Y tế tỉnh Lào Cai năm 2026; Kế hoạch số 03/KH-TTYT ngày 16/01/2026 của Trung tâm Y tế về việc Cải cách hành chính của Trung tâm Y tế khu vực Lào Cai - Cam Đường năm 2026. Trung tâm Y tế ban hành Kế hoạch thông tin, tuyên truyền cải cách hành chính năm 2026, cụ thể như sau:',
    sections: [
      heading(
        'I',
        'MỤC ĐÍCH, YÊU CẦU',
        [
          heading(
            '1',
            'Mục đích',
            bullets([
              'Tăng cường vai trò, trách nhiệm của người đứng đầu đơn vị trong công tác tuyên truyền cải cách hành chính (CCHC);',
              'Nâng cao nhận thức, ý thức trách nhiệm của viên chức, người lao động về mục tiêu, nhiệm vụ, giải pháp CCHC; lấy người dân, doanh nghiệp làm trung tâm phục vụ; góp phần cải thiện và nâng cao các chỉ số: Chỉ số CCHC (PAR INDEX), Chỉ số hài lòng của người dân, tổ chức (SIPAS), Chỉ số năng lực cạnh tranh cấp tỉnh (PCI).',
            ]),
            { role: 'purposes' },
          ),
          heading(
            '2',
            'Yêu cầu',
            bullets([
              'Công tác tuyên truyền phải được triển khai đồng bộ, thường xuyên, kịp thời, có trọng tâm, trọng điểm; Nội dung tuyên truyền bảo đảm chính xác, dễ hiểu, phù hợp với từng nhóm đối tượng; gắn với nhiệm vụ chính trị của đơn vị;',
              'Phát huy hiệu quả các phương tiện thông tin đại chúng, nền tảng số; bảo đảm tiết kiệm, hiệu quả.',
            ]),
            { role: 'requirements' },
          ),
        ],
        { role: 'purposes_requirements' },
      ),
      heading('II', 'NỘI DUNG, NHIỆM VỤ VÀ GIẢI PHÁP', [
        heading(
          '1',
          'Nội dung tuyên truyền',
          bullets([
            'Quan điểm, mục tiêu, nhiệm vụ, giải pháp CCHC giai đoạn 2021-2030 và năm 2026 của ngành Y tế;',
            'Các mô hình hay, cách làm hiệu quả trong CCHC; biểu dương tập thể, cá nhân tiêu biểu;',
            'Cải cách thể chế; cải cách thủ tục hành chính; thực hiện cơ chế một cửa, một cửa liên thông; dịch vụ công trực tuyến;',
            'Cải cách tổ chức bộ máy hành chính nhà nước; tinh gọn, hiệu lực, hiệu quả;',
            'Cải cách chế độ công vụ; kỷ luật, kỷ cương hành chính; văn hóa công vụ;',
            'Cải cách tài chính công; tự chủ tài chính; minh bạch ngân sách;',
            'Xây dựng và phát triển chính quyền điện tử, chính quyền số; chuyển đổi số trong hoạt động của đơn vị;',
            'Quyền, nghĩa vụ của người dân, doanh nghiệp trong giải quyết thủ tục hành chính; hướng dẫn sử dụng dịch vụ công trực tuyến, thanh toán không dùng tiền mặt...',
          ]),
          { role: 'content' },
        ),
        heading(
          '2',
          'Đối tượng tuyên truyền',
          bullets([
            'Người dân, doanh nghiệp, các tổ chức liên quan trên địa bàn;',
            'Cán bộ, viên chức và người lao động thuộc Trung tâm Y tế khu vực Lào Cai - Cam Đường;',
          ]),
          { role: 'audiences' },
        ),
        headed('3', 'Nhiệm vụ', '(chi tiết tại phụ lục kèm theo)', { role: 'tasks' }),
        heading(
          '4',
          'Giải pháp và hình thức tuyên truyền',
          [
            ...bullets([
              'Thông tin trên các phương tiện thông tin đại chúng: Trang thông tin điện tử Trung tâm Y tế (<http://bvdktplaocai.vn>); trang Fanpage, nhóm Zalo của đơn vị.',
              'Lồng ghép tuyên truyền trong các cuộc họp giao ban của khoa, phòng, đơn vị, trong sinh hoạt chuyên môn...',
            ]),
            // An unnumbered paragraph after the bullets.
            item('', 'Bằng các hình thức như văn bản, video ngắn, treo băng rôn, khẩu hiệu...'),
          ],
          { role: 'forms' },
        ),
      ]),
      headed(
        'III',
        'KINH PHÍ THỰC HIỆN',
        'Kinh phí cho CCHC lấy từ các nguồn: kinh phí bảo đảm hoạt động của đơn vị được cấp có thẩm quyền giao và các nguồn kinh phí hợp pháp khác.',
        { role: 'budget' },
      ),
      heading(
        'IV',
        'TỔ CHỨC THỰC HIỆN',
        [
          // The board of directors is not a unit of the tree: no assignee.
          headed(
            '1',
            'Ban Giám đốc',
            'Chỉ đạo chung triển khai Kế hoạch thông tin tuyên truyền về công tác cải cách hành chính của Trung tâm Y tế năm 2026.',
            { role: 'responsibilities', assignee: null },
          ),
          heading(
            '2',
            'Phòng Tổ chức hành chính- Tài chính kế toán (TCHC-TCKT)',
            bullets(
              [
                'Chủ trì phối hợp với các khoa, phòng liên quan tham mưu việc thực hiện các hình thức, biện pháp tuyên truyền cải cách hành chính và tổ chức tốt công tác cải cách hành chính theo kế hoạch đề ra.',
                'Hằng tháng lựa chọn các cách làm sáng tạo trong triển khai thực hiện công tác CCHC gửi về Sở Y tế (qua Văn phòng Sở) để lựa chọn tuyên truyền.',
                'Định kỳ báo cáo kết quả công tác tuyên truyền lồng ghép với báo cáo cải cách hành chính quý I, 6 tháng, 9 tháng và năm gửi về Sở Y tế (qua Văn phòng Sở) để tổng hợp.',
              ],
              { role: 'responsibilities', assignee: TCHC_TCKT },
            ),
            { role: 'responsibilities', assignee: TCHC_TCKT },
          ),
          // Numbered "2." again in the document.
          heading(
            '2',
            'Các khoa, phòng trực thuộc',
            bullets(
              [
                'Phối hợp với phòng TCHC-TCKT triển khai, thực hiện có hiệu quả Kế hoạch thông tin, tuyên truyền CCHC của Trung tâm Y tế năm 2026 phù hợp với thực tế của các khoa, phòng chuyên môn.',
                'Chủ động cung cấp các cách làm sáng tạo, tin, bài, hình ảnh về hoạt động cải cách hành chính gửi bộ phận truyền thông biên tập và đăng tải.',
              ],
              { role: 'responsibilities', assignee: ALL_UNITS },
            ),
            { role: 'responsibilities', assignee: ALL_UNITS },
          ),
          heading(
            '3',
            'Bộ phận truyền thông',
            bullets(
              [
                'Phối hợp với các phòng trực thuộc chủ động đưa tin tuyên truyền các hoạt động triển khai CCHC, chuyển đổi số của đơn vị, thực hiện công tác tuyên truyền các chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước, trên các Trang thông tin điện tử của đơn vị.',
                'Thường xuyên đăng tải các tin, bài, các văn bản về CCHC; cập nhật bộ thủ tục hành chính mới ban hành hoặc sửa đổi, bổ sung, thay thế; Phát huy lợi thế tuyên truyền trên các trang mạng xã hội, fanpage, zalo...',
              ],
              { role: 'responsibilities', assignee: { unit: 'TRUYENTHONG' } },
            ),
            { role: 'responsibilities', assignee: { unit: 'TRUYENTHONG' } },
          ),
        ],
        { role: 'responsibilities' },
      ),
    ],
    targets: [],
    closing:
      'Trên đây là Kế hoạch thông tin, tuyên truyền cải cách hành chính của Trung tâm Y tế khu vực Lào Cai - Cam Đường năm 2026. Yêu cầu các khoa, phòng trực thuộc nghiêm túc triển khai thực hiện',
    recipients: ['Sở Y tế', 'Văn phòng Sở Y tế', 'Ban Giám đốc TTYT', 'Các khoa, phòng trực thuộc', 'Lưu: VT, TCHC'],
  },
  tasks: [
    row('1', 'Cử cán bộ tham gia tập huấn nội dung trọng tâm về CCHC khi có lớp tập huấn do cấp trên mở.', 'Quý I năm 2026', 'Có cán bộ tham gia lớp TH', 'participation'),
    row('2', 'Thực hiện tuyên truyền theo chuyên đề; nhân rộng mô hình, cách làm hay.', 'Quý II–III/2026', 'Tin bài TT', 'news_item'),
    row('3', 'Tổng kết, đánh giá kết quả thực hiện', 'Quý IV năm 2026', 'Báo cáo', 'report'),
    row('4', 'Hàng tháng lựa chọn các cách làm sáng tạo trong triển khai thực hiện công tác CCHC gửi về Sở Y tế (qua Văn phòng Sở)', 'Thường xuyên', 'Tin bài tuyên truyền', 'news_item'),
    row('5', 'Chủ trì tham mưu, hướng dẫn, đôn đốc, các khoa, phòng thuộc đơn vị tổ chức thực hiện kế hoạch tuyên truyền CCHC, kế hoạch CCHC năm 2026.', 'Thường xuyên', 'Văn bản đôn đốc', 'reminder'),
    row('6', 'Hướng dẫn nâng cao nhận thức về CCHC cho cán bộ làm công tác cải cách hành chính của đơn vị.', 'Quý II, III năm 2026', 'Văn bản hướng dẫn', 'guidance'),
    row('7', 'Tổng hợp báo cáo kết quả thực hiện công tác thông tin, tuyên truyền khi có yêu cầu của các cơ quan có thẩm quyền.', 'Hàng quý', 'Báo cáo', 'report'),
    row('8', 'Tiếp nhận, phản hồi ý kiến, kiến nghị của cá nhân, tổ chức về các quy định liên quan đến TTHC; tổ chức thực hiện có hiệu quả kênh tiếp nhận, xử lý các kiến nghị của cá nhân, tổ chức.', 'Thường xuyên', 'Phòng tiếp công dân theo quy định', 'other'),
    row('9', 'Phân công viên chức có đủ năng lực và trình độ thực hiện theo dõi, hướng dẫn và tổng hợp báo cáo tình hình thực hiện CCHC và tuyên truyền về CCHC.', 'Quý I năm 2026', 'Quyết định phân công nhiệm vụ', 'decision'),
    row('10', 'Định kỳ báo cáo kết quả thực hiện tuyên truyền CCHC cùng với báo cáo kết quả thực hiện công tác CCHC của đơn vị.', 'Hàng quý', 'Báo cáo', 'report'),
  ],
};
