import type { DemoProcedure } from './demo-procedures';

/**
 * Bệnh viện Sản - Nhi tỉnh Lào Cai: the four internal procedures its 2025 communication plan names
 * (khám, chữa bệnh; cấp lại giấy chứng sinh, giấy ra viện; khám sức khỏe; sao, tóm tắt bệnh án), two more
 * internal ones, and the services it renders to citizens.
 *
 * Its year 2026: the outpatient procedure was amended in March (kiosks, QR payment) and the paper-ticket
 * procedure abolished the same day, neither reposted since; the medical-record procedures were
 * supplemented in June and reposted; the health-check procedure (amended by the province in September)
 * and the feedback procedure (supplemented in October) wait to be reposted; the referral procedure of
 * November has not been posted yet. The referral paper of 2019 was replaced on 2025-07-01, when the
 * amended Law on Health Insurance replaced "tuyến" with levels of professional competence.
 */

const WEBSITE = 'https://bvsannhi.laocai.gov.vn/thu-tuc-hanh-chinh';
const PREMISES = 'Bảng niêm yết thủ tục hành chính tại sảnh Khoa Khám bệnh';
const PREMISES_KHTH = 'Bảng niêm yết tại Phòng Kế hoạch tổng hợp';

const LUAT_KBCB = 'Luật Khám bệnh, chữa bệnh số 15/2023/QH15';
const ND_96 = 'Nghị định số 96/2023/NĐ-CP ngày 30/12/2023 của Chính phủ quy định chi tiết một số điều của Luật Khám bệnh, chữa bệnh';
const TT_32 = 'Thông tư số 32/2023/TT-BYT ngày 31/12/2023 của Bộ trưởng Bộ Y tế quy định chi tiết một số điều của Luật Khám bệnh, chữa bệnh';
const LUAT_BHYT = 'Luật Bảo hiểm y tế số 25/2008/QH12, được sửa đổi, bổ sung bởi Luật số 46/2014/QH13 và Luật số 51/2024/QH15';
const TT_56 =
  'Thông tư số 56/2017/TT-BYT ngày 29/12/2017 của Bộ trưởng Bộ Y tế quy định chi tiết thi hành Luật Bảo hiểm xã hội và Luật An toàn, vệ sinh lao động thuộc lĩnh vực y tế, được sửa đổi, bổ sung bởi Thông tư số 18/2022/TT-BYT ngày 31/12/2022';
const QD_1313 = 'Quyết định số 1313/QĐ-BYT ngày 22/4/2013 của Bộ trưởng Bộ Y tế ban hành Hướng dẫn quy trình khám bệnh tại Khoa Khám bệnh của bệnh viện';

const NO_FEE = [{ name: 'Phí, lệ phí', amountDong: 0, note: 'Không thu phí.' }];

// Shared by the internal process of sao, tóm tắt bệnh án and the citizen-facing service.
const MEDICAL_RECORD_DOSSIER = [
  { name: 'Đơn đề nghị sao, tóm tắt hồ sơ bệnh án (theo mẫu của Bệnh viện) hoặc văn bản đề nghị của cơ quan, tổ chức', copies: 1, note: 'Bản chính' },
  { name: 'Căn cước của người bệnh hoặc của người đề nghị', copies: 1, note: 'Bản chính để đối chiếu, không thu lại' },
  {
    name: 'Giấy tờ chứng minh là người đại diện hợp pháp của người bệnh (giấy khai sinh của trẻ, quyết định cử người giám hộ) hoặc giấy ủy quyền',
    copies: 1,
    note: 'Bản sao có chứng thực hoặc bản chính để đối chiếu; chỉ nộp khi người đề nghị không phải là người bệnh',
  },
  { name: 'Giấy ra viện hoặc mã người bệnh (nếu có) để tra cứu hồ sơ', copies: 1, note: 'Bản sao' },
];
const MEDICAL_RECORD_FEES = [
  { name: 'Tóm tắt hồ sơ bệnh án', amountDong: 50_000, note: 'Đồng/bản; theo bảng giá dịch vụ niêm yết tại Phòng Kế hoạch tổng hợp.' },
  { name: 'Sao chụp hồ sơ bệnh án', amountDong: 2_000, note: 'Đồng/trang khổ A4.' },
  { name: 'Gửi kết quả qua dịch vụ bưu chính công ích', amountDong: null, note: 'Theo giá cước của doanh nghiệp bưu chính, người đề nghị trả khi nhận.' },
];
const MEDICAL_RECORD_TIME = {
  value: 5,
  unit: 'working_days' as const,
  note: 'Kể từ ngày nhận đủ hồ sơ; hồ sơ bệnh án đã lưu trữ trên 10 năm không quá 07 ngày làm việc.',
};
const MEDICAL_RECORD_LEGAL = `${LUAT_KBCB}; ${ND_96}; Quy chế quản lý, lưu trữ và khai thác hồ sơ bệnh án của Bệnh viện.`;

// Shared by the internal process of khám sức khỏe and the citizen-facing procedure.
const HEALTH_CHECK_DOSSIER = [
  {
    name: 'Giấy khám sức khỏe theo mẫu quy định tại Thông tư số 32/2023/TT-BYT, dán ảnh chân dung cỡ 4 cm x 6 cm nền trắng chụp trong thời gian không quá 06 tháng, phần tiền sử do người đề nghị tự khai',
    copies: 1,
    note: 'Bệnh viện phát mẫu tại quầy tiếp đón nếu người đề nghị chưa có; người chưa đủ 18 tuổi do cha, mẹ hoặc người giám hộ khai và ký',
  },
  {
    name: 'Căn cước, tài khoản định danh điện tử mức độ 2 hoặc hộ chiếu còn hiệu lực; trẻ em chưa có căn cước xuất trình giấy khai sinh hoặc mã định danh cá nhân',
    copies: 1,
    note: 'Xuất trình để đối chiếu, không nộp bản sao',
  },
  { name: 'Văn bản đề nghị khám sức khỏe của cơ quan, tổ chức (khám theo hợp đồng, theo đoàn)', copies: 1, note: 'Bản chính' },
];
const HEALTH_CHECK_FEES = [
  { name: 'Khám sức khỏe (khám lâm sàng, chưa gồm xét nghiệm, chụp X-quang)', amountDong: 160_000, note: 'Đồng/người; theo bảng giá dịch vụ niêm yết tại Khoa Khám bệnh.' },
  { name: 'Xét nghiệm, chụp X-quang theo chỉ định hoặc theo yêu cầu của nơi tiếp nhận giấy khám sức khỏe', amountDong: null, note: 'Theo giá dịch vụ được Sở Y tế phê duyệt, tính theo từng kỹ thuật.' },
];
const HEALTH_CHECK_TIME = {
  value: 1,
  unit: 'working_days' as const,
  note: 'Trả kết quả trong ngày nếu đăng ký trước 10 giờ và không phải làm thêm xét nghiệm; các trường hợp khác không quá 01 ngày làm việc.',
};
const HEALTH_CHECK_APPLICANTS =
  'Người từ đủ 18 tuổi trở lên và người chưa đủ 18 tuổi (do cha, mẹ hoặc người giám hộ đưa đến) cần giấy khám sức khỏe để học tập, làm việc hoặc theo yêu cầu của cơ quan, tổ chức.';
const HEALTH_CHECK_CONDITIONS = 'Bệnh viện cấp giấy khám sức khỏe trong phạm vi hoạt động chuyên môn được phê duyệt; không thực hiện khám sức khỏe cho người lái xe.';
const HEALTH_CHECK_LEGAL = `${LUAT_KBCB}; ${ND_96}; ${TT_32}.`;

export const BVSN_PROCEDURES: DemoProcedure[] = [
  // ——— Quy trình nội bộ ———
  {
    body: 'BVSN',
    scope: 'internal',
    code: 'BVSN-QT-01',
    name: 'Quy trình khám bệnh, chữa bệnh ngoại trú tại Bệnh viện (người bệnh có thẻ bảo hiểm y tế và người bệnh khám dịch vụ)',
    field: 'Khám bệnh, chữa bệnh',
    level: 'body',
    applicants: 'Người bệnh đến khám tại Khoa Khám bệnh; trẻ em do cha, mẹ hoặc người giám hộ đưa đến.',
    conditions:
      'Người bệnh cấp cứu được tiếp nhận, xử trí ngay, hoàn thiện thủ tục sau. Người bệnh có thẻ bảo hiểm y tế được hưởng quyền lợi khi xuất trình thẻ hoặc căn cước, tài khoản định danh điện tử mức độ 2 và có giấy chuyển cơ sở khám bệnh, chữa bệnh hoặc thuộc trường hợp được khám trực tiếp theo quy định của pháp luật về bảo hiểm y tế.',
    steps: [
      {
        text: 'Tiếp đón: người bệnh lấy số thứ tự tại ki-ốt hoặc đặt lịch trước qua ứng dụng của Bệnh viện; xuất trình căn cước (hoặc VNeID), thẻ bảo hiểm y tế, giấy chuyển cơ sở khám bệnh, chữa bệnh (nếu có); nhân viên tiếp đón nhập thông tin, chỉ định buồng khám. Ưu tiên trẻ em dưới 6 tuổi, phụ nữ có thai, người cao tuổi, người khuyết tật.',
        unit: 'KB',
        duration: '15 phút',
      },
      { text: 'Khám lâm sàng tại buồng khám: bác sĩ khám, chẩn đoán sơ bộ; chỉ định xét nghiệm, chẩn đoán hình ảnh, thăm dò chức năng khi cần.', unit: 'KB', duration: '30 phút' },
      {
        text: 'Nộp tạm ứng chi phí cận lâm sàng (người bệnh không có thẻ bảo hiểm y tế hoặc dịch vụ ngoài phạm vi được hưởng) tại quầy thu viện phí hoặc quét mã QR thanh toán không dùng tiền mặt.',
        unit: 'TCKT',
        duration: '10 phút',
      },
      {
        text: 'Thực hiện xét nghiệm, chẩn đoán hình ảnh, thăm dò chức năng tại các khoa cận lâm sàng theo chỉ định; kết quả được trả về buồng khám qua phần mềm quản lý bệnh viện.',
        unit: null,
        duration: '60–120 phút tùy kỹ thuật',
      },
      {
        text: 'Bác sĩ đọc kết quả, kết luận, kê đơn điều trị ngoại trú và hẹn khám lại; hoặc chỉ định nhập viện vào Khoa Sản, Khoa Nhi, Trung tâm Sơ sinh, hoặc chuyển người bệnh đến cơ sở khám bệnh, chữa bệnh khác.',
        unit: 'KB',
        duration: '15 phút',
      },
      { text: 'Thanh toán chi phí khám bệnh, chữa bệnh; người bệnh có thẻ bảo hiểm y tế ký xác nhận bảng kê chi phí.', unit: 'TCKT', duration: '10 phút' },
      { text: 'Nhận thuốc tại quầy cấp phát thuốc bảo hiểm y tế hoặc mua tại nhà thuốc Bệnh viện; dược sĩ hướng dẫn cách dùng thuốc.', unit: null, duration: '15 phút' },
    ],
    dossier: [
      { name: 'Căn cước hoặc tài khoản định danh điện tử mức độ 2 (VNeID); trẻ em chưa có căn cước dùng mã định danh cá nhân hoặc giấy khai sinh', copies: 1, note: 'Xuất trình khi đăng ký, không thu lại' },
      { name: 'Thẻ bảo hiểm y tế (bản giấy hoặc hình ảnh thẻ trên ứng dụng VssID), nếu không đăng ký khám bằng căn cước', copies: 1, note: 'Xuất trình' },
      { name: 'Giấy chuyển cơ sở khám bệnh, chữa bệnh bảo hiểm y tế (nếu có)', copies: 1, note: 'Bản chính, nộp tại quầy tiếp đón' },
      { name: 'Giấy hẹn khám lại (nếu có)', copies: 1, note: 'Bản chính' },
    ],
    processingTime: {
      value: 2,
      unit: 'hours',
      note: 'Thời gian khám lâm sàng đơn thuần bình quân; có làm thêm 01 kỹ thuật cận lâm sàng không quá 3 giờ, 02 kỹ thuật không quá 3,5 giờ, 03 kỹ thuật không quá 4 giờ.',
    },
    fees: [
      {
        name: 'Tiền khám bệnh và chi phí dịch vụ kỹ thuật',
        amountDong: null,
        note: 'Người bệnh có thẻ bảo hiểm y tế được quỹ bảo hiểm y tế chi trả theo mức hưởng; người bệnh không có thẻ thanh toán theo giá dịch vụ được cấp có thẩm quyền phê duyệt, niêm yết tại Khoa Khám bệnh.',
      },
    ],
    result: 'Đơn thuốc, sổ khám bệnh hoặc kết quả trên ứng dụng, giấy hẹn khám lại; hoặc chỉ định nhập viện, giấy chuyển cơ sở khám bệnh, chữa bệnh.',
    legalBasis: `${LUAT_KBCB}; ${LUAT_BHYT}; ${ND_96}; ${QD_1313}.`,
    receivingPlaces: ['department'],
    onlineLevel: 'information',
    responsibleUnit: 'KB',
    events: [
      { kind: 'issued', effectiveOn: '2019-03-01', decidingDocument: 'Quyết định số 68/QĐ-BVSN ngày 25/02/2019 của Giám đốc Bệnh viện', note: 'Ban hành cùng bộ quy trình nội bộ về khám bệnh, chữa bệnh.' },
      {
        kind: 'amended',
        effectiveOn: '2024-03-15',
        decidingDocument: 'Quyết định số 128/QĐ-BVSN ngày 15/3/2024 của Giám đốc Bệnh viện',
        note: 'Cập nhật căn cứ theo Luật Khám bệnh, chữa bệnh số 15/2023/QH15; cho phép đăng ký khám bằng căn cước công dân gắn chíp thay cho thẻ bảo hiểm y tế.',
      },
      {
        kind: 'amended',
        effectiveOn: '2026-03-02',
        decidingDocument: 'Quyết định số 98/QĐ-BVSN ngày 27/02/2026 của Giám đốc Bệnh viện',
        note: 'Lấy số tự động tại ki-ốt, đặt lịch khám trước qua ứng dụng, thanh toán bằng mã QR; bỏ bước phát phiếu số thứ tự bằng tay (bãi bỏ quy trình BVSN-QT-05).',
      },
    ],
    postings: [
      { place: 'premises', postedOn: '2019-03-05', afterEvent: 0, note: PREMISES },
      { place: 'website', postedOn: '2019-03-06', afterEvent: 0, proofUrl: `${WEBSITE}/quy-trinh-kham-benh` },
      { place: 'premises', postedOn: '2024-03-20', afterEvent: 1, note: PREMISES },
      { place: 'website', postedOn: '2024-03-21', afterEvent: 1, proofUrl: `${WEBSITE}/quy-trinh-kham-benh` },
    ],
  },
  {
    body: 'BVSN',
    scope: 'internal',
    code: 'BVSN-QT-02',
    name: 'Quy trình cấp lại giấy chứng sinh, giấy ra viện',
    field: 'Khám bệnh, chữa bệnh',
    level: 'body',
    applicants: 'Mẹ, cha hoặc người thân thích của trẻ sinh ra tại Bệnh viện (giấy chứng sinh); người bệnh đã điều trị nội trú hoặc người đại diện hợp pháp (giấy ra viện).',
    conditions:
      'Giấy đã cấp bị mất, hư hỏng hoặc ghi sai thông tin. Giấy cấp lại ghi rõ "Cấp lại" và được đối chiếu với sổ đẻ, hồ sơ bệnh án lưu trữ trước khi ký.',
    steps: [
      { text: 'Tiếp nhận đơn đề nghị cấp lại và giấy tờ kèm theo; kiểm tra người đề nghị, ghi sổ tiếp nhận, viết phiếu hẹn.', unit: 'KHTH', duration: '15 phút' },
      { text: 'Tra cứu sổ đẻ, hồ sơ bệnh án lưu trữ để đối chiếu thông tin của mẹ, của trẻ và đợt điều trị.', unit: 'KHTH', duration: '01 ngày làm việc' },
      {
        text: 'Khoa Sản (giấy chứng sinh) hoặc khoa nơi người bệnh đã điều trị (giấy ra viện) xác nhận thông tin và viết giấy cấp lại, ghi rõ "Cấp lại".',
        unit: 'SAN',
        duration: '01 ngày làm việc',
      },
      { text: 'Trưởng phòng Kế hoạch tổng hợp kiểm tra, trình Giám đốc hoặc Phó Giám đốc được ủy quyền ký.', unit: 'KHTH', duration: '0,5 ngày làm việc' },
      { text: 'Đóng dấu, vào sổ văn bản đi.', unit: 'TCHC', duration: '0,5 ngày làm việc' },
      {
        text: 'Trả kết quả cho người đề nghị, ghi sổ theo dõi cấp lại; gửi lại dữ liệu giấy chứng sinh điện tử, giấy ra viện điện tử theo quy định.',
        unit: 'KHTH',
        duration: '15 phút',
      },
    ],
    dossier: [
      { name: 'Đơn đề nghị cấp lại giấy chứng sinh hoặc giấy ra viện (theo mẫu của Bệnh viện)', copies: 1, note: 'Bản chính' },
      { name: 'Giấy chứng sinh hoặc giấy ra viện đã cấp (trường hợp hư hỏng hoặc ghi sai thông tin)', copies: 1, note: 'Bản chính, nộp lại' },
      { name: 'Căn cước của người đề nghị', copies: 1, note: 'Xuất trình để đối chiếu' },
      { name: 'Giấy ủy quyền (trường hợp nhờ người khác nộp hồ sơ, nhận kết quả)', copies: 1, note: 'Bản chính' },
    ],
    processingTime: { value: 3, unit: 'working_days', note: 'Kể từ ngày nhận đủ hồ sơ; hồ sơ đã lưu trữ trên 05 năm không quá 05 ngày làm việc.' },
    fees: NO_FEE,
    result: 'Giấy chứng sinh hoặc giấy ra viện ghi "Cấp lại".',
    legalBasis: `${LUAT_KBCB}; Luật Bảo hiểm xã hội số 41/2024/QH15; ${TT_56}.`,
    receivingPlaces: ['department'],
    onlineLevel: 'none',
    responsibleUnit: 'KHTH',
    events: [
      { kind: 'issued', effectiveOn: '2023-03-01', decidingDocument: 'Quyết định số 96/QĐ-BVSN ngày 24/02/2023 của Giám đốc Bệnh viện' },
      {
        kind: 'amended',
        effectiveOn: '2025-07-01',
        decidingDocument: 'Quyết định số 402/QĐ-BVSN ngày 27/6/2025 của Giám đốc Bệnh viện',
        note: 'Cập nhật căn cứ theo Luật Bảo hiểm xã hội số 41/2024/QH15 có hiệu lực từ ngày 01/7/2025.',
      },
    ],
    postings: [
      { place: 'premises', postedOn: '2023-03-06', afterEvent: 0, note: PREMISES_KHTH },
      { place: 'premises', postedOn: '2025-07-07', afterEvent: 1, note: PREMISES_KHTH },
    ],
  },
  {
    body: 'BVSN',
    scope: 'internal',
    code: 'BVSN-QT-03',
    name: 'Quy trình khám sức khỏe và cấp giấy khám sức khỏe',
    field: 'Khám bệnh, chữa bệnh',
    level: 'body',
    applicants: HEALTH_CHECK_APPLICANTS,
    conditions: HEALTH_CHECK_CONDITIONS,
    steps: [
      {
        text: 'Đăng ký tại quầy tiếp đón khu khám sức khỏe: xuất trình giấy tờ tùy thân, nộp giấy khám sức khỏe đã dán ảnh và tự khai phần tiền sử; nhân viên kiểm tra, nhập thông tin vào sổ khám sức khỏe.',
        unit: 'KB',
        duration: '15 phút',
      },
      { text: 'Nộp tiền khám sức khỏe theo bảng giá niêm yết, nhận biên lai.', unit: 'TCKT', duration: '10 phút' },
      {
        text: 'Khám thể lực và khám lâm sàng theo các chuyên khoa ghi trên mẫu giấy khám sức khỏe (nội khoa, ngoại khoa, sản phụ khoa, mắt, tai - mũi - họng, răng - hàm - mặt, da liễu, thần kinh, tâm thần).',
        unit: 'KB',
        duration: '60 phút',
      },
      {
        text: 'Làm xét nghiệm máu, nước tiểu, chụp X-quang tim phổi khi có chỉ định hoặc theo yêu cầu của nơi tiếp nhận giấy khám sức khỏe.',
        unit: null,
        duration: '60 phút',
      },
      { text: 'Bác sĩ được Giám đốc phân công kết luận, phân loại sức khỏe và ký giấy khám sức khỏe.', unit: 'KB', duration: '30 phút' },
      { text: 'Đóng dấu giáp lai ảnh và dấu của Bệnh viện vào chữ ký của người kết luận; vào sổ khám sức khỏe.', unit: 'TCHC', duration: '15 phút' },
      { text: 'Trả giấy khám sức khỏe tại quầy tiếp đón khu khám sức khỏe; lưu hồ sơ khám sức khỏe.', unit: 'KB', duration: '05 phút' },
    ],
    dossier: HEALTH_CHECK_DOSSIER,
    processingTime: HEALTH_CHECK_TIME,
    fees: HEALTH_CHECK_FEES,
    result: 'Giấy khám sức khỏe có kết luận phân loại sức khỏe, chữ ký của người kết luận và dấu của Bệnh viện.',
    legalBasis: HEALTH_CHECK_LEGAL,
    receivingPlaces: ['department'],
    onlineLevel: 'none',
    responsibleUnit: 'KB',
    events: [
      {
        kind: 'issued',
        effectiveOn: '2024-02-01',
        decidingDocument: 'Quyết định số 45/QĐ-BVSN ngày 29/01/2024 của Giám đốc Bệnh viện',
        note: 'Xây dựng lại theo mẫu giấy khám sức khỏe tại Thông tư số 32/2023/TT-BYT.',
      },
    ],
    postings: [
      { place: 'premises', postedOn: '2024-02-05', afterEvent: 0, note: 'Bảng niêm yết tại khu khám sức khỏe, Khoa Khám bệnh' },
      { place: 'website', postedOn: '2024-02-06', afterEvent: 0, proofUrl: `${WEBSITE}/quy-trinh-kham-suc-khoe` },
    ],
  },
  {
    body: 'BVSN',
    scope: 'internal',
    code: 'BVSN-QT-04',
    name: 'Quy trình sao, tóm tắt hồ sơ bệnh án',
    field: 'Khám bệnh, chữa bệnh',
    level: 'body',
    applicants: 'Người bệnh, người đại diện hợp pháp của người bệnh; cơ quan, tổ chức có thẩm quyền đề nghị bằng văn bản theo quy định của pháp luật.',
    conditions: 'Chỉ cung cấp bản sao, bản tóm tắt cho đúng đối tượng được tiếp cận hồ sơ bệnh án; bản chính hồ sơ bệnh án không được mang ra khỏi kho lưu trữ.',
    steps: [
      { text: 'Tiếp nhận đơn hoặc văn bản đề nghị; kiểm tra giấy tờ chứng minh quyền tiếp cận hồ sơ bệnh án; ghi sổ, viết phiếu hẹn.', unit: 'KHTH', duration: '15 phút' },
      { text: 'Thu tiền tóm tắt, sao chụp theo bảng giá niêm yết, cấp biên lai.', unit: 'TCKT', duration: '10 phút' },
      { text: 'Nhân viên lưu trữ tìm, rút hồ sơ bệnh án; ghi sổ mượn hồ sơ.', unit: 'KHTH', duration: '01 ngày làm việc' },
      {
        text: 'Tóm tắt: bác sĩ điều trị hoặc bác sĩ được trưởng khoa phân công tại khoa nơi người bệnh đã điều trị (Khoa Sản, Khoa Nhi, Khoa Hồi sức tích cực - Chống độc, Trung tâm Sơ sinh) viết bản tóm tắt, trưởng khoa ký xác nhận. Sao: nhân viên lưu trữ sao chụp các trang theo đề nghị.',
        unit: null,
        duration: '02 ngày làm việc',
      },
      { text: 'Trưởng phòng Kế hoạch tổng hợp kiểm tra, trình lãnh đạo Bệnh viện ký.', unit: 'KHTH', duration: '01 ngày làm việc' },
      { text: 'Đóng dấu xác nhận và dấu giáp lai; vào sổ văn bản đi.', unit: 'TCHC', duration: '0,5 ngày làm việc' },
      {
        text: 'Trả kết quả tại Phòng Kế hoạch tổng hợp hoặc gửi qua dịch vụ bưu chính công ích; hoàn trả hồ sơ bệnh án về kho lưu trữ.',
        unit: 'KHTH',
        duration: '0,5 ngày làm việc',
      },
    ],
    dossier: MEDICAL_RECORD_DOSSIER,
    processingTime: MEDICAL_RECORD_TIME,
    fees: MEDICAL_RECORD_FEES,
    result: 'Bản tóm tắt hồ sơ bệnh án hoặc bản sao hồ sơ bệnh án có xác nhận của Bệnh viện.',
    legalBasis: MEDICAL_RECORD_LEGAL,
    receivingPlaces: ['department', 'post'],
    onlineLevel: 'none',
    responsibleUnit: 'KHTH',
    events: [
      { kind: 'issued', effectiveOn: '2021-05-10', decidingDocument: 'Quyết định số 215/QĐ-BVSN ngày 05/5/2021 của Giám đốc Bệnh viện' },
      {
        kind: 'amended',
        effectiveOn: '2024-03-15',
        decidingDocument: 'Quyết định số 128/QĐ-BVSN ngày 15/3/2024 của Giám đốc Bệnh viện',
        note: 'Cập nhật căn cứ theo Luật Khám bệnh, chữa bệnh số 15/2023/QH15 và đối tượng được tiếp cận hồ sơ bệnh án.',
      },
      {
        kind: 'supplemented',
        effectiveOn: '2026-06-15',
        decidingDocument: 'Quyết định số 365/QĐ-BVSN ngày 12/6/2026 của Giám đốc Bệnh viện',
        note: 'Bổ sung hình thức nhận hồ sơ và trả kết quả qua dịch vụ bưu chính công ích.',
      },
    ],
    postings: [
      { place: 'premises', postedOn: '2021-05-14', afterEvent: 0, note: PREMISES_KHTH },
      { place: 'premises', postedOn: '2024-03-20', afterEvent: 1, note: PREMISES_KHTH },
      { place: 'premises', postedOn: '2026-06-22', afterEvent: 2, note: PREMISES_KHTH },
    ],
  },
  {
    body: 'BVSN',
    scope: 'internal',
    code: 'BVSN-QT-05',
    name: 'Quy trình phát phiếu số thứ tự và tiếp đón người bệnh tại Khoa Khám bệnh',
    field: 'Khám bệnh, chữa bệnh',
    level: 'body',
    applicants: 'Người bệnh đến khám tại Khoa Khám bệnh.',
    conditions: null,
    steps: [
      {
        text: 'Nhân viên tiếp đón phát phiếu số thứ tự bằng giấy tại cửa khu đón tiếp theo thứ tự đến; phát số ưu tiên cho trẻ em dưới 6 tuổi, phụ nữ có thai, người cao tuổi, người khuyết tật.',
        unit: 'KB',
        duration: '05 phút',
      },
      { text: 'Gọi số qua loa; người bệnh đến quầy đăng ký, xuất trình thẻ bảo hiểm y tế và giấy tờ tùy thân có ảnh.', unit: 'KB', duration: null },
      { text: 'Nhập thông tin hành chính vào phần mềm, in phiếu khám, hướng dẫn người bệnh đến buồng khám.', unit: 'KB', duration: '10 phút' },
      { text: 'Cuối ngày thống kê số phiếu đã phát, số người bệnh đã tiếp đón, báo cáo Phòng Kế hoạch tổng hợp.', unit: 'KHTH', duration: null },
    ],
    dossier: [{ name: 'Thẻ bảo hiểm y tế và giấy tờ tùy thân có ảnh', copies: 1, note: 'Xuất trình' }],
    processingTime: null,
    fees: [],
    result: 'Phiếu khám bệnh ghi số thứ tự và buồng khám.',
    legalBasis: `${QD_1313}.`,
    receivingPlaces: ['department'],
    onlineLevel: 'none',
    responsibleUnit: 'KB',
    events: [
      { kind: 'issued', effectiveOn: '2019-03-01', decidingDocument: 'Quyết định số 68/QĐ-BVSN ngày 25/02/2019 của Giám đốc Bệnh viện' },
      {
        kind: 'abolished',
        effectiveOn: '2026-03-02',
        decidingDocument: 'Quyết định số 98/QĐ-BVSN ngày 27/02/2026 của Giám đốc Bệnh viện',
        note: 'Bãi bỏ do Khoa Khám bệnh chuyển sang lấy số tự động tại ki-ốt và đặt lịch khám trực tuyến; việc tiếp đón được quy định tại quy trình BVSN-QT-01 sửa đổi.',
      },
    ],
    postings: [{ place: 'premises', postedOn: '2019-03-05', afterEvent: 0, note: PREMISES }],
  },
  {
    body: 'BVSN',
    scope: 'internal',
    code: 'BVSN-QT-06',
    name: 'Quy trình chuyển người bệnh đến cơ sở khám bệnh, chữa bệnh khác',
    field: 'Bảo hiểm y tế',
    level: 'body',
    applicants: 'Người bệnh đang điều trị nội trú, ngoại trú tại Bệnh viện có chỉ định chuyển đến cơ sở khám bệnh, chữa bệnh khác.',
    conditions:
      'Chuyển người bệnh khi vượt quá khả năng chuyên môn kỹ thuật của Bệnh viện hoặc theo nguyện vọng của người bệnh, người đại diện. Người bệnh nặng phải được hội chẩn, ổn định tình trạng trước khi chuyển và có nhân viên y tế đi kèm.',
    steps: [
      {
        text: 'Bác sĩ điều trị đề xuất chuyển; tổ chức hội chẩn khoa, hội chẩn toàn viện đối với người bệnh nặng; giải thích cho người bệnh, người đại diện và ghi nhận ý kiến vào hồ sơ bệnh án.',
        unit: null,
        duration: '60 phút',
      },
      { text: 'Liên hệ với cơ sở khám bệnh, chữa bệnh nơi chuyển đến (điện thoại, hệ thống hội chẩn từ xa) để thống nhất tiếp nhận.', unit: 'KHTH', duration: '30 phút' },
      { text: 'Lập giấy chuyển cơ sở khám bệnh, chữa bệnh và tóm tắt bệnh án; trưởng khoa ký; Phòng Kế hoạch tổng hợp kiểm tra, trình lãnh đạo Bệnh viện ký.', unit: 'KHTH', duration: '30 phút' },
      { text: 'Đóng dấu, vào sổ chuyển người bệnh; gửi dữ liệu giấy chuyển lên Hệ thống thông tin giám định bảo hiểm y tế.', unit: 'TCHC', duration: '15 phút' },
      { text: 'Quyết toán chi phí đợt điều trị, hoàn thiện bảng kê chi phí khám bệnh, chữa bệnh.', unit: 'TCKT', duration: '30 phút' },
      {
        text: 'Điều dưỡng bàn giao người bệnh và hồ sơ cho kíp vận chuyển; kíp vận chuyển bàn giao tại nơi chuyển đến, ký biên bản bàn giao.',
        unit: 'DD',
        duration: null,
      },
    ],
    dossier: [{ name: 'Thẻ bảo hiểm y tế hoặc căn cước của người bệnh', copies: 1, note: 'Xuất trình' }],
    processingTime: { value: null, unit: 'hours', note: 'Cấp cứu: chuyển ngay sau khi ổn định tình trạng người bệnh; các trường hợp khác trong ngày có chỉ định chuyển.' },
    fees: [
      {
        name: 'Vận chuyển người bệnh bằng xe cứu thương',
        amountDong: null,
        note: 'Quỹ bảo hiểm y tế chi trả đối với các đối tượng được hưởng theo quy định của pháp luật về bảo hiểm y tế; các trường hợp khác theo giá dịch vụ niêm yết.',
      },
    ],
    result: 'Giấy chuyển cơ sở khám bệnh, chữa bệnh, tóm tắt bệnh án và biên bản bàn giao người bệnh.',
    legalBasis: `${LUAT_KBCB}; ${LUAT_BHYT}; ${ND_96}.`,
    receivingPlaces: ['department'],
    onlineLevel: 'none',
    responsibleUnit: 'KHTH',
    events: [
      {
        kind: 'issued',
        effectiveOn: '2026-11-16',
        decidingDocument: 'Quyết định số 812/QĐ-BVSN ngày 16/11/2026 của Giám đốc Bệnh viện',
        note: 'Ban hành mới sau rà soát quy trình nội bộ năm 2026.',
      },
    ],
    postings: [],
  },

  // ——— Thủ tục hành chính ———
  {
    body: 'BVSN',
    scope: 'public',
    code: 'BVSN-TT-01',
    name: 'Cấp bản tóm tắt, bản sao hồ sơ bệnh án',
    field: 'Khám bệnh, chữa bệnh',
    level: 'body',
    applicants:
      'Người bệnh; người đại diện hợp pháp của người bệnh (cha, mẹ của người bệnh là trẻ em, người giám hộ); cơ quan, tổ chức, cá nhân được tiếp cận hồ sơ bệnh án theo quy định của pháp luật.',
    conditions: 'Có đơn hoặc văn bản đề nghị nêu rõ mục đích sử dụng; người nộp thay, nhận thay phải có giấy ủy quyền.',
    steps: [
      { text: 'Nộp đơn và giấy tờ tại Phòng Kế hoạch tổng hợp hoặc gửi qua dịch vụ bưu chính công ích; nhận phiếu hẹn.', unit: 'KHTH', duration: null },
      { text: 'Nộp chi phí tóm tắt, sao chụp tại quầy thu viện phí hoặc chuyển khoản theo hướng dẫn trên phiếu hẹn.', unit: 'TCKT', duration: null },
      { text: 'Bệnh viện rút hồ sơ lưu trữ, tóm tắt hoặc sao chụp, trình ký và đóng dấu theo quy trình nội bộ BVSN-QT-04.', unit: 'KHTH', duration: '05 ngày làm việc' },
      { text: 'Nhận kết quả tại Phòng Kế hoạch tổng hợp theo ngày hẹn hoặc qua dịch vụ bưu chính công ích.', unit: 'KHTH', duration: null },
    ],
    dossier: MEDICAL_RECORD_DOSSIER,
    processingTime: MEDICAL_RECORD_TIME,
    fees: MEDICAL_RECORD_FEES,
    result: 'Bản tóm tắt hồ sơ bệnh án hoặc bản sao hồ sơ bệnh án có xác nhận của Bệnh viện.',
    legalBasis: MEDICAL_RECORD_LEGAL,
    receivingPlaces: ['department', 'post'],
    onlineLevel: 'information',
    responsibleUnit: 'KHTH',
    events: [
      { kind: 'issued', effectiveOn: '2021-05-10', decidingDocument: 'Quyết định số 215/QĐ-BVSN ngày 05/5/2021 của Giám đốc Bệnh viện' },
      {
        kind: 'amended',
        effectiveOn: '2024-03-15',
        decidingDocument: 'Quyết định số 128/QĐ-BVSN ngày 15/3/2024 của Giám đốc Bệnh viện',
        note: 'Cập nhật căn cứ theo Luật Khám bệnh, chữa bệnh số 15/2023/QH15 và đối tượng được tiếp cận hồ sơ bệnh án.',
      },
      {
        kind: 'supplemented',
        effectiveOn: '2026-06-15',
        decidingDocument: 'Quyết định số 365/QĐ-BVSN ngày 12/6/2026 của Giám đốc Bệnh viện',
        note: 'Bổ sung hình thức nộp hồ sơ và nhận kết quả qua dịch vụ bưu chính công ích.',
      },
    ],
    postings: [
      { place: 'premises', postedOn: '2021-05-14', afterEvent: 0, note: PREMISES },
      { place: 'website', postedOn: '2021-05-17', afterEvent: 0, proofUrl: `${WEBSITE}/cap-ban-tom-tat-ban-sao-ho-so-benh-an` },
      { place: 'premises', postedOn: '2024-03-20', afterEvent: 1, note: PREMISES },
      { place: 'website', postedOn: '2024-03-21', afterEvent: 1, proofUrl: `${WEBSITE}/cap-ban-tom-tat-ban-sao-ho-so-benh-an` },
      { place: 'premises', postedOn: '2026-06-22', afterEvent: 2, note: PREMISES },
      { place: 'website', postedOn: '2026-06-23', afterEvent: 2, proofUrl: `${WEBSITE}/cap-ban-tom-tat-ban-sao-ho-so-benh-an` },
    ],
  },
  {
    body: 'BVSN',
    scope: 'public',
    code: 'BVSN-TT-02',
    name: 'Cấp giấy chuyển tuyến khám bệnh, chữa bệnh bảo hiểm y tế',
    field: 'Bảo hiểm y tế',
    level: 'body',
    applicants: 'Người bệnh có thẻ bảo hiểm y tế đang khám bệnh, chữa bệnh tại Bệnh viện cần chuyển lên tuyến trên hoặc chuyển về tuyến dưới.',
    conditions:
      'Bệnh vượt quá khả năng chẩn đoán, điều trị của Bệnh viện hoặc đã được chẩn đoán, điều trị ổn định cần chuyển về tuyến dưới, theo quy định tại Thông tư số 14/2014/TT-BYT.',
    steps: [
      { text: 'Bác sĩ điều trị chỉ định chuyển tuyến, tư vấn cho người bệnh và người nhà.', unit: 'KB', duration: null },
      { text: 'Lập giấy chuyển tuyến theo mẫu và tóm tắt bệnh án.', unit: 'KB', duration: '30 phút' },
      { text: 'Phòng Kế hoạch tổng hợp kiểm tra, trình lãnh đạo Bệnh viện ký, đóng dấu.', unit: 'KHTH', duration: '30 phút' },
      { text: 'Thanh toán chi phí; người bệnh nhận giấy chuyển tuyến và bảng kê chi phí.', unit: 'TCKT', duration: '15 phút' },
    ],
    dossier: [{ name: 'Thẻ bảo hiểm y tế và giấy tờ tùy thân có ảnh', copies: 1, note: 'Xuất trình' }],
    processingTime: { value: null, unit: 'hours', note: 'Trong ngày có chỉ định chuyển tuyến; trường hợp cấp cứu được chuyển ngay.' },
    fees: NO_FEE,
    result: 'Giấy chuyển tuyến khám bệnh, chữa bệnh bảo hiểm y tế.',
    legalBasis:
      'Luật Khám bệnh, chữa bệnh số 40/2009/QH12; Luật Bảo hiểm y tế số 25/2008/QH12, được sửa đổi, bổ sung bởi Luật số 46/2014/QH13; Thông tư số 14/2014/TT-BYT ngày 14/4/2014 của Bộ trưởng Bộ Y tế quy định việc chuyển tuyến giữa các cơ sở khám bệnh, chữa bệnh.',
    receivingPlaces: ['department'],
    onlineLevel: 'none',
    responsibleUnit: 'KHTH',
    events: [
      { kind: 'issued', effectiveOn: '2019-03-01', decidingDocument: 'Quyết định số 69/QĐ-BVSN ngày 25/02/2019 của Giám đốc Bệnh viện' },
      {
        kind: 'replaced',
        effectiveOn: '2025-07-01',
        decidingDocument: 'Quyết định số 402/QĐ-BVSN ngày 27/6/2025 của Giám đốc Bệnh viện',
        replacedByCode: 'BVSN-TT-07',
        note: 'Luật số 51/2024/QH15 sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế có hiệu lực từ ngày 01/7/2025: chuyển người bệnh theo cấp chuyên môn kỹ thuật thay cho chuyển tuyến.',
      },
    ],
    postings: [
      { place: 'premises', postedOn: '2019-03-05', afterEvent: 0, note: PREMISES },
      { place: 'website', postedOn: '2019-03-06', afterEvent: 0, proofUrl: `${WEBSITE}/cap-giay-chuyen-tuyen` },
    ],
  },
  {
    body: 'BVSN',
    scope: 'public',
    code: 'BVSN-TT-07',
    name: 'Cấp giấy chuyển cơ sở khám bệnh, chữa bệnh bảo hiểm y tế',
    field: 'Bảo hiểm y tế',
    level: 'body',
    applicants: 'Người bệnh có thẻ bảo hiểm y tế đang khám bệnh, chữa bệnh tại Bệnh viện cần chuyển đến cơ sở khám bệnh, chữa bệnh khác.',
    conditions:
      'Tình trạng bệnh vượt quá khả năng chuyên môn kỹ thuật của Bệnh viện, hoặc đã điều trị ổn định cần chuyển về cơ sở có cấp chuyên môn kỹ thuật phù hợp, theo quy định của pháp luật về khám bệnh, chữa bệnh và bảo hiểm y tế.',
    steps: [
      { text: 'Bác sĩ điều trị chỉ định chuyển, giải thích cho người bệnh, người đại diện; hội chẩn đối với người bệnh nặng.', unit: null, duration: null },
      { text: 'Khoa điều trị lập giấy chuyển cơ sở khám bệnh, chữa bệnh và tóm tắt bệnh án; trưởng khoa ký.', unit: null, duration: '30 phút' },
      {
        text: 'Phòng Kế hoạch tổng hợp kiểm tra, trình lãnh đạo Bệnh viện ký, đóng dấu; gửi dữ liệu giấy chuyển lên Hệ thống thông tin giám định bảo hiểm y tế.',
        unit: 'KHTH',
        duration: '30 phút',
      },
      { text: 'Thanh toán chi phí đợt khám, điều trị; người bệnh nhận giấy chuyển và hồ sơ kèm theo.', unit: 'TCKT', duration: '15 phút' },
    ],
    dossier: [{ name: 'Thẻ bảo hiểm y tế hoặc căn cước của người bệnh', copies: 1, note: 'Xuất trình' }],
    processingTime: { value: null, unit: 'hours', note: 'Trong ngày có chỉ định chuyển; người bệnh cấp cứu được chuyển ngay sau khi ổn định.' },
    fees: NO_FEE,
    result: 'Giấy chuyển cơ sở khám bệnh, chữa bệnh bảo hiểm y tế và tóm tắt bệnh án.',
    legalBasis: `${LUAT_KBCB}; ${LUAT_BHYT}; ${ND_96}.`,
    receivingPlaces: ['department'],
    onlineLevel: 'none',
    responsibleUnit: 'KHTH',
    events: [
      {
        kind: 'issued',
        effectiveOn: '2025-07-01',
        decidingDocument: 'Quyết định số 402/QĐ-BVSN ngày 27/6/2025 của Giám đốc Bệnh viện',
        note: 'Ban hành thay thế thủ tục BVSN-TT-02.',
      },
    ],
    postings: [
      { place: 'premises', postedOn: '2025-07-07', afterEvent: 0, note: PREMISES },
      { place: 'website', postedOn: '2025-07-08', afterEvent: 0, proofUrl: `${WEBSITE}/cap-giay-chuyen-co-so-kham-benh-chua-benh` },
    ],
  },
  {
    body: 'BVSN',
    scope: 'public',
    code: '1.002671',
    name: 'Khám sức khỏe cho người từ đủ 18 tuổi trở lên và người chưa đủ 18 tuổi',
    field: 'Khám bệnh, chữa bệnh',
    level: 'province',
    applicants: HEALTH_CHECK_APPLICANTS,
    conditions: HEALTH_CHECK_CONDITIONS,
    steps: [
      { text: 'Đăng ký tại quầy tiếp đón khu khám sức khỏe, nộp giấy khám sức khỏe đã dán ảnh và tự khai phần tiền sử, xuất trình giấy tờ tùy thân.', unit: 'KB', duration: '15 phút' },
      { text: 'Nộp tiền khám sức khỏe theo bảng giá niêm yết.', unit: 'TCKT', duration: '10 phút' },
      { text: 'Khám thể lực, khám lâm sàng các chuyên khoa và làm cận lâm sàng theo mẫu giấy khám sức khỏe.', unit: 'KB', duration: '02–03 giờ' },
      { text: 'Nhận giấy khám sức khỏe đã có kết luận tại quầy trả kết quả.', unit: 'KB', duration: null },
    ],
    dossier: HEALTH_CHECK_DOSSIER,
    processingTime: HEALTH_CHECK_TIME,
    fees: HEALTH_CHECK_FEES,
    result: 'Giấy khám sức khỏe.',
    legalBasis: HEALTH_CHECK_LEGAL,
    receivingPlaces: ['department'],
    onlineLevel: 'information',
    responsibleUnit: 'KB',
    events: [
      {
        kind: 'issued',
        effectiveOn: '2024-01-24',
        decidingDocument: 'Quyết định số 186/QĐ-UBND ngày 24/01/2024 của Chủ tịch UBND tỉnh Lào Cai',
        note: 'Công bố danh mục thủ tục hành chính lĩnh vực khám bệnh, chữa bệnh thực hiện tại các cơ sở khám bệnh, chữa bệnh trên địa bàn tỉnh.',
      },
      {
        kind: 'amended',
        effectiveOn: '2026-09-01',
        decidingDocument: 'Quyết định số 2034/QĐ-UBND ngày 25/8/2026 của Chủ tịch UBND tỉnh Lào Cai',
        note: 'Sửa đổi thành phần hồ sơ: xuất trình căn cước hoặc tài khoản định danh điện tử mức độ 2, không nộp bản sao giấy tờ tùy thân.',
      },
    ],
    postings: [
      { place: 'premises', postedOn: '2024-02-05', afterEvent: 0, note: 'Bảng niêm yết tại khu khám sức khỏe, Khoa Khám bệnh' },
      { place: 'website', postedOn: '2024-02-06', afterEvent: 0, proofUrl: `${WEBSITE}/kham-suc-khoe` },
    ],
  },
  {
    body: 'BVSN',
    scope: 'public',
    code: 'BVSN-TT-04',
    name: 'Cấp lại giấy chứng sinh',
    field: 'Khám bệnh, chữa bệnh',
    level: 'body',
    applicants: 'Mẹ, cha hoặc người thân thích của trẻ sinh ra tại Bệnh viện.',
    conditions: 'Giấy chứng sinh đã cấp bị mất, hư hỏng hoặc ghi sai thông tin.',
    steps: [
      { text: 'Nộp đơn đề nghị cấp lại và giấy tờ kèm theo tại Phòng Kế hoạch tổng hợp; nhận phiếu hẹn.', unit: 'KHTH', duration: null },
      { text: 'Bệnh viện đối chiếu sổ đẻ, hồ sơ bệnh án và cấp lại giấy chứng sinh theo quy trình nội bộ BVSN-QT-02.', unit: 'KHTH', duration: '03 ngày làm việc' },
      { text: 'Nhận giấy chứng sinh cấp lại tại Phòng Kế hoạch tổng hợp theo ngày hẹn.', unit: 'KHTH', duration: null },
    ],
    dossier: [
      { name: 'Đơn đề nghị cấp lại giấy chứng sinh (theo mẫu của Bệnh viện)', copies: 1, note: 'Bản chính' },
      { name: 'Giấy chứng sinh đã cấp (trường hợp hư hỏng hoặc ghi sai thông tin)', copies: 1, note: 'Bản chính, nộp lại' },
      { name: 'Căn cước của người đề nghị', copies: 1, note: 'Xuất trình để đối chiếu' },
    ],
    processingTime: { value: 3, unit: 'working_days', note: 'Kể từ ngày nhận đủ hồ sơ.' },
    fees: NO_FEE,
    result: 'Giấy chứng sinh ghi "Cấp lại".',
    legalBasis: `${LUAT_KBCB}; ${TT_56}.`,
    receivingPlaces: ['department'],
    onlineLevel: 'none',
    responsibleUnit: 'KHTH',
    events: [{ kind: 'issued', effectiveOn: '2023-03-01', decidingDocument: 'Quyết định số 96/QĐ-BVSN ngày 24/02/2023 của Giám đốc Bệnh viện' }],
    postings: [
      { place: 'premises', postedOn: '2023-03-06', afterEvent: 0, note: PREMISES },
      { place: 'website', postedOn: '2023-03-07', afterEvent: 0, proofUrl: `${WEBSITE}/cap-lai-giay-chung-sinh` },
    ],
  },
  {
    body: 'BVSN',
    scope: 'public',
    code: 'BVSN-TT-05',
    name: 'Cấp giấy chứng nhận nghỉ việc hưởng bảo hiểm xã hội',
    field: 'Khám bệnh, chữa bệnh',
    level: 'body',
    applicants:
      'Người lao động tham gia bảo hiểm xã hội bắt buộc điều trị ngoại trú tại Bệnh viện (ốm đau, thai sản); cha, mẹ nghỉ việc chăm sóc con dưới 7 tuổi ốm đau.',
    conditions:
      'Cấp khi điều trị ngoại trú và bác sĩ có chỉ định nghỉ việc; người bệnh điều trị nội trú sử dụng giấy ra viện. Số ngày nghỉ ghi theo chỉ định chuyên môn và giới hạn của quy định hiện hành.',
    steps: [
      { text: 'Bác sĩ khám bệnh chỉ định nghỉ việc, ghi số ngày nghỉ vào hồ sơ khám bệnh.', unit: 'KB', duration: null },
      { text: 'Lập giấy chứng nhận nghỉ việc hưởng bảo hiểm xã hội trên phần mềm; bác sĩ ký.', unit: 'KB', duration: '10 phút' },
      {
        text: 'Đóng dấu; gửi dữ liệu giấy chứng nhận điện tử đến cơ quan bảo hiểm xã hội qua Hệ thống thông tin giám định bảo hiểm y tế.',
        unit: 'KHTH',
        duration: 'Trong ngày',
      },
      { text: 'Trả giấy chứng nhận bản giấy cho người bệnh khi có đề nghị.', unit: 'KB', duration: null },
    ],
    dossier: [
      { name: 'Thẻ bảo hiểm y tế hoặc căn cước của người bệnh', copies: 1, note: 'Xuất trình' },
      { name: 'Giấy khai sinh hoặc mã định danh cá nhân của con (trường hợp nghỉ chăm con ốm)', copies: 1, note: 'Xuất trình' },
    ],
    processingTime: { value: null, unit: 'hours', note: 'Cấp ngay trong lần khám có chỉ định nghỉ việc.' },
    fees: NO_FEE,
    result: 'Giấy chứng nhận nghỉ việc hưởng bảo hiểm xã hội (bản điện tử gửi cơ quan bảo hiểm xã hội; bản giấy khi người bệnh đề nghị).',
    legalBasis: `Luật Bảo hiểm xã hội số 41/2024/QH15; ${LUAT_KBCB}; ${TT_56}.`,
    receivingPlaces: ['department'],
    onlineLevel: 'information',
    responsibleUnit: 'KB',
    events: [
      { kind: 'issued', effectiveOn: '2023-03-01', decidingDocument: 'Quyết định số 96/QĐ-BVSN ngày 24/02/2023 của Giám đốc Bệnh viện' },
      {
        kind: 'amended',
        effectiveOn: '2025-07-01',
        decidingDocument: 'Quyết định số 402/QĐ-BVSN ngày 27/6/2025 của Giám đốc Bệnh viện',
        note: 'Cập nhật căn cứ theo Luật Bảo hiểm xã hội số 41/2024/QH15 có hiệu lực từ ngày 01/7/2025.',
      },
    ],
    postings: [
      { place: 'premises', postedOn: '2023-03-06', afterEvent: 0, note: PREMISES },
      { place: 'website', postedOn: '2023-03-07', afterEvent: 0, proofUrl: `${WEBSITE}/cap-giay-chung-nhan-nghi-viec-huong-bhxh` },
      { place: 'premises', postedOn: '2025-07-07', afterEvent: 1, note: PREMISES },
      { place: 'website', postedOn: '2025-07-08', afterEvent: 1, proofUrl: `${WEBSITE}/cap-giay-chung-nhan-nghi-viec-huong-bhxh` },
    ],
  },
  {
    body: 'BVSN',
    scope: 'public',
    code: 'BVSN-TT-06',
    name: 'Tiếp nhận, giải quyết phản ánh, kiến nghị của người bệnh và người nhà người bệnh',
    field: 'Phản ánh, kiến nghị',
    level: 'body',
    applicants: 'Người bệnh, người nhà người bệnh, cá nhân, tổ chức phản ánh, kiến nghị về thủ tục, thái độ phục vụ, chất lượng khám bệnh, chữa bệnh tại Bệnh viện.',
    conditions:
      'Phản ánh, kiến nghị ghi rõ họ tên và số điện thoại hoặc địa chỉ liên hệ. Đơn khiếu nại, tố cáo được giải quyết theo pháp luật về khiếu nại, tố cáo.',
    steps: [
      {
        text: 'Tiếp nhận qua đường dây nóng của Bệnh viện, Zalo OA, hòm thư góp ý tại các khoa, mã QR khảo sát hài lòng hoặc trực tiếp tại Tổ Công tác xã hội; ghi sổ tiếp nhận.',
        unit: 'CTXH',
        duration: 'Trong ngày',
      },
      {
        text: 'Phân loại: phản ánh về thái độ, thời gian chờ được chuyển ngay đến khoa, phòng liên quan để xử lý trong ngày; phản ánh phức tạp báo cáo lãnh đạo Bệnh viện.',
        unit: 'CTXH',
        duration: '01 ngày làm việc',
      },
      { text: 'Khoa, phòng liên quan xác minh, giải trình bằng văn bản.', unit: null, duration: '05 ngày làm việc' },
      { text: 'Phòng Tổ chức Hành chính tổng hợp, tham mưu lãnh đạo Bệnh viện kết luận, xử lý.', unit: 'TCHC', duration: '03 ngày làm việc' },
      { text: 'Trả lời người phản ánh bằng điện thoại hoặc văn bản; công khai kết quả xử lý khi cần thiết.', unit: 'CTXH', duration: '01 ngày làm việc' },
    ],
    dossier: [{ name: 'Nội dung phản ánh, kiến nghị (trực tiếp, bằng văn bản, tin nhắn hoặc phiếu góp ý)', copies: null, note: null }],
    processingTime: {
      value: 10,
      unit: 'working_days',
      note: 'Phản ánh về thái độ, thời gian chờ được xử lý ngay trong ngày; phản ánh phải xác minh không quá 10 ngày làm việc.',
    },
    fees: NO_FEE,
    result: 'Văn bản hoặc thông tin trả lời người phản ánh; biện pháp khắc phục tại khoa, phòng liên quan.',
    legalBasis:
      'Luật Tiếp công dân số 42/2013/QH13; Luật Khiếu nại số 02/2011/QH13; Luật Tố cáo số 25/2018/QH14; Nghị định số 20/2008/NĐ-CP ngày 14/02/2008 của Chính phủ về tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính; Chỉ thị số 09/CT-BYT ngày 22/11/2013 của Bộ trưởng Bộ Y tế về tăng cường tiếp nhận và xử lý ý kiến phản ánh của người dân về chất lượng dịch vụ khám bệnh, chữa bệnh thông qua đường dây nóng.',
    receivingPlaces: ['department', 'online'],
    onlineLevel: 'information',
    responsibleUnit: 'CTXH',
    events: [
      { kind: 'issued', effectiveOn: '2022-01-10', decidingDocument: 'Quyết định số 12/QĐ-BVSN ngày 06/01/2022 của Giám đốc Bệnh viện' },
      {
        kind: 'supplemented',
        effectiveOn: '2026-10-05',
        decidingDocument: 'Quyết định số 690/QĐ-BVSN ngày 01/10/2026 của Giám đốc Bệnh viện',
        note: 'Bổ sung kênh tiếp nhận qua Zalo OA của Bệnh viện và mã QR khảo sát hài lòng đặt tại các khoa.',
      },
    ],
    postings: [
      { place: 'premises', postedOn: '2022-01-14', afterEvent: 0, note: PREMISES },
      { place: 'website', postedOn: '2022-01-17', afterEvent: 0, proofUrl: `${WEBSITE}/tiep-nhan-phan-anh-kien-nghi` },
    ],
  },
];
