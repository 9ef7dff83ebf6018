import type { DemoPlan } from './demo-plan';
import { bullets, heading, item } from './sections';

/**
 * Kế hoạch tuyên truyền công tác CCHC năm 2025 of Bệnh viện Sản - Nhi tỉnh Lào Cai, as the seed
 * writes it (number and date left blank for the clerk: "Số:      /KH-BVSN", "ngày       tháng       năm 2025").
 *
 * The text is kept as written, line breaks collapsed to one space; a word the source breaks at a
 * hyphen stays so ("Sản- Nhi"). The document has no appendix, so its tasks are only the two items of
 * III. TỔ CHỨC THỰC HIỆN that give work to someone, in the document's words without their subject
 * (which becomes the lead). "Website BV" and the forms of II.2 assign nobody and are left as text.
 */
export const SEED_000_BVSN_COMMUNICATION_2025: DemoPlan = {
  seed: '000_3bac6054eb6e82d9.txt',
  body: 'BVSN',
  parentKey: null,
  key: 'bvsn-2025-communication',
  kind: 'communication',
  year: 2025,
  number: null,
  symbol: 'KH-BVSN',
  placeName: 'Lào Cai',
  issuedOn: null,
  state: 'draft',
  title: 'Tuyên truyền công tác Cải cách hành chính năm 2025',
  signingAuthority: 'GIÁM ĐỐC',
  signerTitle: null,
  signerName: 'Trần Hoài Bắc',
  content: {
    bases: [
      'Căn cứ Kế hoạch số 138/KH-SYT ngày 31/12/2024 của Sở Y tế triển khai công tác CCHC năm 2025; Kế hoạch số 21/KH-SYT ngày 10/02/2025 của Sở Y tế về thông tin, tuyên truyền cải cách hành chính năm 2025',
    ],
    introduction:
      'Thực hiện Kế hoạch số 03/KH-BVSN ngày 14/01/2025 của Bệnh viện Sản- Nhi tỉnh Lào Cai triển khai thực hiện công tác CCHC năm 2025.\n' +
      'Bệnh viện Sản – Nhi tỉnh Lào Cai xây dựng Kế hoạch tuyên truyền công tác Cải cách hành chính (CCHC) năm 2025, cụ thể như sau:',
    sections: [
      heading(
        'I',
        'MỤC ĐÍCH, YÊU CẦU',
        [
          heading(
            '1',
            'Mục đích',
            bullets([
              'Nâng cao vai trò, trách nhiệm của các khoa, phòng chuyên môn trong việc tham gia công tác tuyên truyền CCHC để thực hiện tốt Kế hoạch CCHC đã đề ra.',
              'Nâng cao nhận thức, đổi mới tư duy, hành động sáng tạo, đổi mới lề lối làm việc, phương thức quản trị hiện đại trên cơ sở đẩy mạnh ứng dụng công nghệ số, thực hiện chuyển đổi số trong hoạt động của đơn vị.',
              'Nâng cao nhận thức, ý thức, tinh thần trách nhiệm của viên chức, người lao động về ý nghĩa, mục tiêu, tầm quan trọng của công tác CCHC đóng góp vào sự phát triển của đơn vị.',
            ]),
            { role: 'purposes' },
          ),
          heading(
            '2',
            'Yêu cầu',
            bullets([
              'Đổi mới nội dung và hình thức tuyên truyền, truyền thông; kết hợp công tác tuyên truyền về CCHC với việc phổ biến, tuyên truyền, giáo dục về các chủ trương, chính sách của Đảng và pháp luật của Nhà nước.',
              'Triển khai công tác tuyên truyền thiết thực, hiệu quả theo tiến độ thời gian đề ra; phổ biến nội dung CCHC kịp thời, đầy đủ, thường xuyên, phù hợp với tình hình, đặc điểm, yêu cầu và khả năng của đơn vị.',
              'Nội dung tuyên truyền phải gắn với nội dung Đề án số 14-ĐA/TU ngày 11/12/2020 của Tỉnh ủy Lào Cai về CCHC trên địa bàn tỉnh Lào Cai giai đoạn 2020 - 2025; Kế hoạch số 329/KH-UBND ngày 18/8/2021 của UBND tỉnh Lào Cai về việc thực hiện Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ và Đề án số 14-ĐA/TU ngày 11/12/2020 của Tỉnh ủy Lào Cai về CCHC trên địa bàn tỉnh Lào Cai, giai đoạn 2021-2025 và các Chương trình, Kế hoạch CCHC của ngành.',
            ]),
            { role: 'requirements' },
          ),
        ],
        { role: 'purposes_requirements' },
      ),
      heading(
        'II',
        'NỘI DUNG',
        [
          heading(
            '1',
            'Nội dung tuyên truyền',
            [
              heading(
                '1.1',
                'Tuyên truyền quan điểm, chủ trương, chính sách pháp luật của Đảng, Nhà nước, của tỉnh Lào Cai về CCHC',
                bullets([
                  // The source repeats the title of Resolution 76 within this bullet; kept as written.
                  'Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể CCHC nhà nước Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành chương trình tổng thể CCHC nhà nước giai đoạn 2021 – 2030;',
                  'Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030;',
                  'Quyết định số 876/QĐ-BNV ngày 10/11/2022 của Bộ trưởng Bộ Nội vụ phê duyệt Đề án “Xác định Chỉ số CCHC của các Bộ, cơ quan ngang bộ, UBND tỉnh, thành phố trực thuộc Trung ương giai đoạn 2022 - 2030”;',
                  'Đề án số 14-ĐA/TU ngày 11/12/2020 của Tỉnh ủy Lào Cai về CCHC trên địa bàn tỉnh Lào Cai giai đoạn 2020 – 2025;',
                  'Quyết định số 1634/QĐ-UBND ngày 17/5/2021 của UBND tỉnh Lào Cai phê duyệt Chương trình Chuyển đổi số tỉnh Lào Cai đến năm 2025, định hướng đến năm 2030;',
                  'Kế hoạch số 329/KH-UBND ngày 18/8/2021 của UBND tỉnh Lào Cai về việc thực hiện Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ và Đề án số 14-ĐA/TU ngày 11/12/2020 của Tỉnh ủy Lào Cai về CCHC trên địa bàn tỉnh Lào Cai, giai đoạn 2021-2025;',
                  'Kế hoạch số 462/KH-UBND ngày 20/12/2024 của UBND tỉnh Lào Cai triển khai công tác CCHC tỉnh Lào Cai năm 2025.',
                  'Kế hoạch số 138/KH-SYT ngày 31/12/2024 của Sở Y tế tỉnh Lào Cai triển khai công tác CCHC năm 2025.',
                ]),
              ),
              heading(
                '1.2',
                'Tuyên truyền về kết quả triển khai thực hiện CCHC của tỉnh Lào Cai năm 2024',
                bullets([
                  'Về mô hình: Tỉnh Lào Cai hiện đang tổ chức thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết TTHC tại Bộ phận Một cửa các cấp: tại cấp tỉnh là Trung tâm Phục vụ hành chính công tỉnh Lào Cai; tại cấp huyện, cấp xã là Bộ phận Một cửa cấp huyện, cấp xã. Việc thực hiện cơ chế một cửa, một cửa liên thông nhằm giảm phiền hà và cắt giảm thời gian, chi phí đi lại của người dân, tổ chức khi giải quyết TTHC.',
                  'Kết quả đạt được: tính đến 17/12/2024, tổng số TTHC của tỉnh Lào Cai là 1.996 TTHC trong đó: cấp tỉnh: 1.528 TTHC, cấp huyện: 331 TTHC, cấp xã: 137 TTHC. Năm 2024, toàn tỉnh đã tiếp nhận hồ sơ giải quyết TTHC và trả kết quả tại Bộ phận Một cửa của 03 cấp là: 365.599 hồ sơ trong đó: cấp tỉnh tiếp nhận 191.647 hồ sơ (đúng hạn 99,3%; quá hạn 0,7%); cấp huyện tiếp nhận 20.684 hồ sơ (đúng hạn 98,7%; quá hạn 1,3%); cấp xã tiếp nhận 153.268 hồ sơ (đúng hạn 99,4%; quá hạn 0,6%).',
                ]),
              ),
              heading('1.3', 'Tuyên truyền về kết quả triển khai thực hiện các chỉ số CCHC của tỉnh Lào Cai', [
                item('-', 'Năm 2023:', {}, [
                  item('+', 'Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của các cơ quan hành chính nhà nước (SIPAS): tỉnh Lào Cai xếp thứ 06/63 tỉnh, thành trong cả nước với giá trị trung bình đạt 88,76% (tăng 05 bậc so với năm 2022).'),
                  item('+', 'Chỉ số cải cách hành chính (PAR INDEX): tỉnh Lào Cai xếp thứ 07/63 tỉnh, thành trong cả nước với giá trị trung bình đạt 90,60% (tăng 04 bậc so với năm 2022).'),
                  item('+', 'Chỉ số Hiệu quả quản trị và Hành chính công cấp tỉnh (PAPI): tỉnh Lào Cai xếp thứ 33/63 tỉnh, thành trong cả nước, đạt 40,39 điểm (tăng 19 bậc so với năm 2022).'),
                ]),
                item('-', 'Năm 2024: hiện tại Ban Chỉ đạo CCHC của Chính phủ đang thực hiện chấm điểm chỉ số CCHC của các địa phương trong cả nước, dự kiến sẽ công bố kết quả vào tháng 04/2025.'),
              ]),
              heading(
                '1.4',
                'Tuyên truyền về công tác chuyển đổi số, xây dựng Chính quyền điện tử, Chính quyền số của tỉnh Lào Cai',
                bullets([
                  'Dịch vụ công trực tuyến năm 2024: tỷ lệ hồ sơ tiếp nhận trực tuyến 82,39%; tỷ lệ hồ sơ giải quyết trực tuyến và ký số 55%; tỷ lệ hồ sơ trả kết quả trực tuyến 51,2%; 100% TTHC có yêu cầu nghĩa vụ tài chính được cung cấp trên Cổng dịch vụ công Quốc gia; tỷ lệ hồ sơ thanh toán trực tuyến đạt 74,92%.',
                  'Hệ thống quản lý văn bản, điều hành năm 2024: tỷ lệ hồ sơ công việc trong các cơ quan hành chính nhà nước được xử lý hoàn toàn trên môi trường mạng là 96% (tăng 1% so với cùng kỳ), trong đó cấp tỉnh 98/95% (vượt 3%, đạt 103% so với kế hoạch, tăng 1% so với cùng kỳ); cấp huyện 95/95% (đạt 100% so với kế hoạch, tăng 1% so với cùng kỳ); Cơ quan nhà nước, cấp xã: 95/95% (đạt 100% so với kế hoạch, tăng 2% so với cùng kỳ).',
                ]),
              ),
              heading('1.5', 'Tuyên truyền các Quy trình nội bộ trong giải quyết TTHC tại Bệnh viện Sản – Nhi tỉnh Lào Cai', [
                item('(1)', 'Các Quy trình khám, chữa bệnh tại bệnh viện'),
                item('(2)', 'Quy trình cấp lại giấy chứng sinh, giấy ra viện…'),
                item('(3)', 'Quy trình cấp giấy khám sức khỏe'),
                item('(4)', 'Quy trình sao, Tóm tắt bệnh án'),
              ]),
            ],
            { role: 'content' },
          ),
          heading(
            '2',
            'Hình thức tuyên truyền',
            bullets([
              'Lồng ghép nội dung tuyên truyền vào các hội nghị tuyên truyền, phổ biến pháp luật của cơ quan.',
              'Tuyên truyền thông qua hệ thống mạng nội bộ của đơn vị.',
              'Rà soát, niêm yết công khai các TTHC tại trụ sở đơn vị. Thường xuyên, kịp thời cập nhật các TTHC đã được sửa đổi, bổ sung.',
            ]),
            { role: 'forms' },
          ),
        ],
        { role: 'content' },
      ),
      heading(
        'III',
        'TỔ CHỨC THỰC HIỆN',
        [
          item(
            '1',
            'Các khoa, phòng, trung tâm chủ động bám sát tình hình, nhiệm vụ cải cách hành chính của cơ quan, triển khai thực hiện đầy đủ, kịp thời, hiệu quả công tác tuyên truyền cải cách hành chính theo Kế hoạch này.',
            { role: 'responsibilities', assignee: { group: 'all_units' } },
          ),
          item('2', 'Giao phòng Tổ chức Hành chính chủ trì, hướng dẫn, đôn đốc, kiểm tra, đánh giá việc thực hiện kế hoạch; định kỳ báo cáo theo quy định.', {
            role: 'responsibilities',
            assignee: { unit: 'TCHC' },
          }),
        ],
        { role: 'responsibilities' },
      ),
    ],
    targets: [],
    closing:
      'Trên đây là Kế hoạch tuyên truyền về cải cách hành chính năm 2025 của Bệnh viện Sản – Nhi tỉnh Lào Cai, đề nghị các khoa, phòng, trung tâm và toàn thể viên chức, người lao động trong đơn vị phối hợp triển khai thực hiện',
    recipients: ['Các khoa/phòng/trung tâm trực thuộc', 'Website BV', 'Lưu VT, TCHC'],
  },
  tasks: [
    {
      number: '1',
      title: 'Chủ động bám sát tình hình, nhiệm vụ cải cách hành chính của cơ quan, triển khai thực hiện đầy đủ, kịp thời, hiệu quả công tác tuyên truyền cải cách hành chính theo Kế hoạch này.',
      reformArea: 'communication',
      lead: { group: 'all_units' },
      coordinators: [],
      deadlineText: '',
      outputText: null,
      outputKind: null,
      note: null,
    },
    {
      number: '2',
      title: 'Chủ trì, hướng dẫn, đôn đốc, kiểm tra, đánh giá việc thực hiện kế hoạch; định kỳ báo cáo theo quy định.',
      reformArea: 'communication',
      lead: { unit: 'TCHC' },
      coordinators: [],
      deadlineText: '',
      outputText: null,
      outputKind: null,
      note: null,
    },
  ],
};
