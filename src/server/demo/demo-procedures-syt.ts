import type { DemoProcedure } from './demo-procedures';

/**
 * Sở Y tế tỉnh Lào Cai: provincial procedures of the health sector, received at the one-stop desk of the
 * province's public administration centre and on the national public service portal.
 *
 * Its history: the practising certificate of the 2009 law was replaced on 2024-03-20 by the practising
 * licence of the 2023 law; the pharmacy procedures were updated after the amended Law on Pharmacy
 * (2025-07-01); in 2026 the licence procedure's time was cut and reposted in May, the clinic licence was
 * amended in October and waits to be reposted, the retail pharmacy certificate was supplemented in
 * November and reposted.
 */

const WEBSITE = 'https://syt.laocai.gov.vn/thu-tuc-hanh-chinh';
const ONE_STOP = 'Quầy Sở Y tế tại Trung tâm Phục vụ hành chính công tỉnh';
const RECEIVING = ['one_stop', 'online', 'post'] as const;

const LUAT_KBCB = 'Luật Khám bệnh, chữa bệnh số 15/2023/QH15';
const ND_96 = 'Nghị định số 96/2023/NĐ-CP ngày 30/12/2023 của Chính phủ quy định chi tiết một số điều của Luật Khám bệnh, chữa bệnh';
const TT_32 = 'Thông tư số 32/2023/TT-BYT ngày 31/12/2023 của Bộ trưởng Bộ Y tế quy định chi tiết một số điều của Luật Khám bệnh, chữa bệnh';
const ND_155 =
  'Nghị định số 155/2018/NĐ-CP ngày 12/11/2018 của Chính phủ sửa đổi, bổ sung một số quy định liên quan đến điều kiện đầu tư kinh doanh thuộc phạm vi quản lý nhà nước của Bộ Y tế';
const LUAT_DUOC =
  'Luật Dược số 105/2016/QH13, được sửa đổi, bổ sung bởi Luật số 44/2024/QH15; Nghị định của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Dược';

const SUBMIT = {
  text: 'Nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia, trực tiếp hoặc qua bưu chính tại Trung tâm Phục vụ hành chính công tỉnh; công chức tiếp nhận kiểm tra thành phần hồ sơ, cấp phiếu hẹn; nộp phí thẩm định.',
  unit: null,
  duration: '0,5 ngày làm việc',
};
const RETURN = { text: 'Trả kết quả tại Trung tâm Phục vụ hành chính công tỉnh, qua bưu chính hoặc trên Cổng Dịch vụ công quốc gia.', unit: null, duration: null };

export const SYT_LC_PROCEDURES: DemoProcedure[] = [
  {
    body: 'SYT-LC',
    scope: 'public',
    code: '1.001907',
    name: 'Cấp chứng chỉ hành nghề khám bệnh, chữa bệnh đối với người Việt Nam thuộc thẩm quyền của Sở Y tế',
    field: 'Khám bệnh, chữa bệnh',
    level: 'province',
    applicants: 'Người Việt Nam có văn bằng chuyên môn y đề nghị cấp chứng chỉ hành nghề khám bệnh, chữa bệnh.',
    conditions:
      'Có văn bằng chuyên môn phù hợp; có văn bản xác nhận quá trình thực hành; có giấy chứng nhận đủ sức khỏe để hành nghề; không thuộc trường hợp đang bị cấm hành nghề, đang bị truy cứu trách nhiệm hình sự hoặc mất năng lực hành vi dân sự.',
    steps: [
      SUBMIT,
      { text: 'Phòng Nghiệp vụ Y thẩm định hồ sơ, trình Hội đồng tư vấn cấp chứng chỉ hành nghề xem xét.', unit: 'NVY', duration: '20 ngày' },
      { text: 'Lãnh đạo Sở ký chứng chỉ hành nghề.', unit: null, duration: '05 ngày' },
      { text: 'Văn phòng Sở vào sổ, đóng dấu, chuyển kết quả đến Trung tâm Phục vụ hành chính công tỉnh.', unit: 'VP', duration: '04 ngày' },
      RETURN,
    ],
    dossier: [
      { name: 'Đơn đề nghị cấp chứng chỉ hành nghề', copies: 1, note: 'Theo mẫu' },
      { name: 'Văn bằng chuyên môn', copies: 1, note: 'Bản sao hợp lệ' },
      { name: 'Văn bản xác nhận quá trình thực hành', copies: 1, note: 'Bản chính' },
      { name: 'Giấy chứng nhận đủ sức khỏe để hành nghề khám bệnh, chữa bệnh', copies: 1, note: 'Bản chính' },
      { name: 'Phiếu lý lịch tư pháp', copies: 1, note: 'Bản chính' },
      { name: 'Ảnh màu cỡ 04 cm x 06 cm', copies: 2, note: null },
    ],
    processingTime: { value: 30, unit: 'days', note: 'Kể từ ngày nhận đủ hồ sơ hợp lệ.' },
    fees: [{ name: 'Phí thẩm định cấp chứng chỉ hành nghề', amountDong: 360_000, note: 'Đồng/hồ sơ.' }],
    result: 'Chứng chỉ hành nghề khám bệnh, chữa bệnh.',
    legalBasis: `Luật Khám bệnh, chữa bệnh số 40/2009/QH12; Nghị định số 109/2016/NĐ-CP ngày 01/7/2016 của Chính phủ quy định cấp chứng chỉ hành nghề đối với người hành nghề và cấp giấy phép hoạt động đối với cơ sở khám bệnh, chữa bệnh; ${ND_155}; Thông tư số 278/2016/TT-BTC ngày 14/11/2016 của Bộ trưởng Bộ Tài chính quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí trong lĩnh vực y tế.`,
    receivingPlaces: [...RECEIVING],
    onlineLevel: 'partial',
    responsibleUnit: 'NVY',
    events: [
      { kind: 'issued', effectiveOn: '2017-09-15', decidingDocument: 'Quyết định số 2871/QĐ-UBND ngày 15/9/2017 của Chủ tịch UBND tỉnh Lào Cai' },
      {
        kind: 'amended',
        effectiveOn: '2019-03-20',
        decidingDocument: 'Quyết định số 1268/QĐ-UBND ngày 18/3/2019 của Chủ tịch UBND tỉnh Lào Cai',
        note: 'Sửa đổi theo Nghị định số 155/2018/NĐ-CP.',
      },
      {
        kind: 'replaced',
        effectiveOn: '2024-03-20',
        decidingDocument: 'Quyết định số 645/QĐ-UBND ngày 20/3/2024 của Chủ tịch UBND tỉnh Lào Cai',
        replacedByCode: '1.012243',
        note: 'Luật Khám bệnh, chữa bệnh số 15/2023/QH15 có hiệu lực từ ngày 01/01/2024 thay chứng chỉ hành nghề bằng giấy phép hành nghề.',
      },
    ],
    postings: [
      { place: 'one_stop', postedOn: '2017-09-25', afterEvent: 0, note: ONE_STOP },
      { place: 'website', postedOn: '2017-09-26', afterEvent: 0, proofUrl: `${WEBSITE}/cap-chung-chi-hanh-nghe-kham-benh-chua-benh` },
      { place: 'one_stop', postedOn: '2019-03-27', afterEvent: 1, note: ONE_STOP },
      { place: 'website', postedOn: '2019-03-28', afterEvent: 1, proofUrl: `${WEBSITE}/cap-chung-chi-hanh-nghe-kham-benh-chua-benh` },
    ],
  },
  {
    body: 'SYT-LC',
    scope: 'public',
    code: '1.012243',
    name: 'Cấp mới giấy phép hành nghề đối với chức danh chuyên môn là bác sỹ, y sỹ, điều dưỡng, hộ sinh, kỹ thuật y, dinh dưỡng lâm sàng, cấp cứu viên ngoại viện, tâm lý lâm sàng',
    field: 'Khám bệnh, chữa bệnh',
    level: 'province',
    applicants: 'Người có văn bằng chuyên môn thuộc các chức danh nêu trên đề nghị cấp giấy phép hành nghề lần đầu.',
    conditions:
      'Có văn bằng chuyên môn phù hợp với chức danh đề nghị; có giấy xác nhận hoàn thành quá trình thực hành; có đủ sức khỏe để hành nghề; không thuộc trường hợp đang bị cấm hành nghề, đang chấp hành án hình sự, bị hạn chế hoặc mất năng lực hành vi dân sự.',
    steps: [
      SUBMIT,
      { text: 'Phòng Nghiệp vụ Y thẩm định hồ sơ; trường hợp hồ sơ chưa hợp lệ, có văn bản đề nghị bổ sung, nêu rõ tài liệu cần bổ sung.', unit: 'NVY', duration: '12 ngày làm việc' },
      { text: 'Phòng Nghiệp vụ Y tổng hợp ý kiến Hội đồng chuyên môn (khi cần), dự thảo giấy phép hành nghề, trình lãnh đạo Sở.', unit: 'NVY', duration: '04 ngày làm việc' },
      { text: 'Lãnh đạo Sở ký giấy phép hành nghề.', unit: null, duration: '02 ngày làm việc' },
      { text: 'Văn phòng Sở vào sổ, đóng dấu; cập nhật danh sách người hành nghề trên Trang thông tin điện tử của Sở; chuyển kết quả.', unit: 'VP', duration: '1,5 ngày làm việc' },
      RETURN,
    ],
    dossier: [
      { name: 'Đơn đề nghị cấp mới giấy phép hành nghề', copies: 1, note: 'Theo mẫu' },
      { name: 'Văn bằng chuyên môn phù hợp với chức danh đề nghị', copies: 1, note: 'Bản sao hợp lệ' },
      { name: 'Giấy xác nhận hoàn thành quá trình thực hành', copies: 1, note: 'Bản chính hoặc bản sao hợp lệ' },
      { name: 'Giấy chứng nhận đủ sức khỏe để hành nghề, cấp trong thời hạn 06 tháng trước ngày nộp hồ sơ', copies: 1, note: 'Bản chính' },
      { name: 'Ảnh chân dung nền trắng cỡ 04 cm x 06 cm', copies: 2, note: null },
    ],
    processingTime: {
      value: 20,
      unit: 'working_days',
      note: 'Kể từ ngày nhận đủ hồ sơ hợp lệ; thời gian xác minh văn bằng (nếu có) không tính vào thời hạn giải quyết.',
    },
    fees: [
      {
        name: 'Phí thẩm định cấp mới giấy phép hành nghề',
        amountDong: 360_000,
        note: 'Đồng/hồ sơ; mức thu theo quy định của Bộ Tài chính về phí trong lĩnh vực y tế; thanh toán trực tuyến hoặc tại Trung tâm.',
      },
    ],
    result: 'Giấy phép hành nghề khám bệnh, chữa bệnh.',
    legalBasis: `${LUAT_KBCB}; ${ND_96}; ${TT_32}.`,
    receivingPlaces: [...RECEIVING],
    onlineLevel: 'full',
    responsibleUnit: 'NVY',
    events: [
      {
        kind: 'issued',
        effectiveOn: '2024-03-20',
        decidingDocument: 'Quyết định số 645/QĐ-UBND ngày 20/3/2024 của Chủ tịch UBND tỉnh Lào Cai',
        note: 'Công bố thủ tục hành chính mới theo Luật Khám bệnh, chữa bệnh số 15/2023/QH15, thay thế thủ tục 1.001907.',
      },
      {
        kind: 'amended',
        effectiveOn: '2026-05-12',
        decidingDocument: 'Quyết định số 1102/QĐ-UBND ngày 08/5/2026 của Chủ tịch UBND tỉnh Lào Cai',
        note: 'Cắt giảm thời hạn giải quyết xuống 20 ngày làm việc theo phương án đơn giản hóa thủ tục hành chính của tỉnh; khai thác thông tin công dân từ Cơ sở dữ liệu quốc gia về dân cư, không yêu cầu bản sao giấy tờ tùy thân.',
      },
    ],
    postings: [
      { place: 'one_stop', postedOn: '2024-03-28', afterEvent: 0, note: ONE_STOP },
      { place: 'website', postedOn: '2024-03-29', afterEvent: 0, proofUrl: `${WEBSITE}/cap-moi-giay-phep-hanh-nghe` },
      { place: 'one_stop', postedOn: '2026-05-18', afterEvent: 1, note: ONE_STOP },
      { place: 'website', postedOn: '2026-05-19', afterEvent: 1, proofUrl: `${WEBSITE}/cap-moi-giay-phep-hanh-nghe` },
    ],
  },
  {
    body: 'SYT-LC',
    scope: 'public',
    code: '1.012257',
    name: 'Cấp mới giấy phép hoạt động đối với phòng khám thuộc thẩm quyền của Sở Y tế',
    field: 'Khám bệnh, chữa bệnh',
    level: 'province',
    applicants: 'Tổ chức, cá nhân thành lập phòng khám đa khoa, phòng khám chuyên khoa trên địa bàn tỉnh.',
    conditions:
      'Đáp ứng điều kiện về cơ sở vật chất, thiết bị y tế, nhân sự đối với hình thức tổ chức phòng khám; người chịu trách nhiệm chuyên môn kỹ thuật có giấy phép hành nghề và phạm vi hành nghề phù hợp.',
    steps: [
      SUBMIT,
      { text: 'Phòng Nghiệp vụ Y thẩm định hồ sơ; trường hợp chưa hợp lệ, có văn bản đề nghị bổ sung.', unit: 'NVY', duration: '07 ngày làm việc' },
      { text: 'Đoàn thẩm định của Sở Y tế thẩm định thực tế tại phòng khám, lập biên bản thẩm định.', unit: 'NVY', duration: '15 ngày làm việc' },
      { text: 'Phòng Nghiệp vụ Y dự thảo giấy phép hoạt động và danh mục kỹ thuật chuyên môn, trình lãnh đạo Sở ký.', unit: 'NVY', duration: '05 ngày làm việc' },
      { text: 'Văn phòng Sở vào sổ, đóng dấu; công khai trên Trang thông tin điện tử của Sở; chuyển kết quả.', unit: 'VP', duration: '2,5 ngày làm việc' },
      RETURN,
    ],
    dossier: [
      { name: 'Đơn đề nghị cấp mới giấy phép hoạt động', copies: 1, note: 'Theo mẫu' },
      { name: 'Quyết định thành lập hoặc giấy chứng nhận đăng ký doanh nghiệp, đăng ký hộ kinh doanh', copies: 1, note: 'Bản sao hợp lệ' },
      { name: 'Danh sách người hành nghề, người làm việc tại phòng khám (họ tên, số giấy phép hành nghề, phạm vi hành nghề, thời gian làm việc)', copies: 1, note: 'Bản chính' },
      { name: 'Bản kê khai cơ sở vật chất, thiết bị y tế và tổ chức nhân sự', copies: 1, note: 'Bản chính' },
      { name: 'Danh mục chuyên môn kỹ thuật đề nghị thực hiện', copies: 1, note: 'Bản chính' },
      { name: 'Hồ sơ bảo đảm xử lý chất thải y tế, phòng cháy và chữa cháy theo quy định', copies: 1, note: 'Bản sao' },
    ],
    processingTime: { value: 30, unit: 'working_days', note: 'Kể từ ngày nhận đủ hồ sơ hợp lệ, bao gồm thời gian thẩm định thực tế tại cơ sở.' },
    fees: [
      {
        name: 'Phí thẩm định cấp giấy phép hoạt động đối với phòng khám',
        amountDong: 4_300_000,
        note: 'Đồng/hồ sơ; mức thu theo quy định của Bộ Tài chính về phí trong lĩnh vực y tế.',
      },
    ],
    result: 'Giấy phép hoạt động khám bệnh, chữa bệnh kèm danh mục kỹ thuật chuyên môn được phê duyệt.',
    legalBasis: `${LUAT_KBCB}; ${ND_96}.`,
    receivingPlaces: [...RECEIVING],
    onlineLevel: 'partial',
    responsibleUnit: 'NVY',
    events: [
      {
        kind: 'issued',
        effectiveOn: '2024-03-20',
        decidingDocument: 'Quyết định số 645/QĐ-UBND ngày 20/3/2024 của Chủ tịch UBND tỉnh Lào Cai',
        note: 'Công bố thủ tục hành chính mới theo Luật Khám bệnh, chữa bệnh số 15/2023/QH15.',
      },
      {
        kind: 'amended',
        effectiveOn: '2026-10-20',
        decidingDocument: 'Quyết định số 2317/QĐ-UBND ngày 16/10/2026 của Chủ tịch UBND tỉnh Lào Cai',
        note: 'Cắt giảm thời hạn giải quyết xuống 30 ngày làm việc và cung cấp dịch vụ công trực tuyến một phần theo phương án đơn giản hóa thủ tục hành chính của tỉnh.',
      },
    ],
    postings: [
      { place: 'one_stop', postedOn: '2024-03-28', afterEvent: 0, note: ONE_STOP },
      { place: 'website', postedOn: '2024-03-29', afterEvent: 0, proofUrl: `${WEBSITE}/cap-moi-giay-phep-hoat-dong-phong-kham` },
    ],
  },
  {
    body: 'SYT-LC',
    scope: 'public',
    code: '1.004616',
    name: 'Cấp chứng chỉ hành nghề dược theo hình thức xét hồ sơ',
    field: 'Dược phẩm',
    level: 'province',
    applicants: 'Cá nhân có văn bằng chuyên môn về dược đề nghị cấp chứng chỉ hành nghề dược.',
    conditions:
      'Có văn bằng, chứng chỉ, giấy chứng nhận chuyên môn phù hợp với vị trí hành nghề; có thời gian thực hành tại cơ sở dược hợp pháp; có đủ sức khỏe để hành nghề dược; không thuộc trường hợp đang bị cấm hành nghề, đang bị truy cứu trách nhiệm hình sự.',
    steps: [
      SUBMIT,
      { text: 'Bộ phận chuyên môn về dược của Sở thẩm định hồ sơ; trường hợp chưa hợp lệ, có văn bản đề nghị bổ sung.', unit: null, duration: '10 ngày' },
      { text: 'Hội đồng tư vấn cấp chứng chỉ hành nghề dược xem xét, đề xuất.', unit: null, duration: '05 ngày' },
      { text: 'Giám đốc Sở ký chứng chỉ hành nghề dược; Văn phòng Sở vào sổ, đóng dấu, công khai trên Trang thông tin điện tử của Sở.', unit: 'VP', duration: '05 ngày' },
      RETURN,
    ],
    dossier: [
      { name: 'Đơn đề nghị cấp chứng chỉ hành nghề dược', copies: 1, note: 'Theo mẫu' },
      { name: 'Ảnh chân dung cỡ 04 cm x 06 cm chụp trong thời gian không quá 06 tháng', copies: 2, note: null },
      { name: 'Văn bằng chuyên môn', copies: 1, note: 'Bản sao có chứng thực' },
      { name: 'Giấy xác nhận thời gian thực hành chuyên môn', copies: 1, note: 'Bản chính' },
      { name: 'Giấy chứng nhận đủ sức khỏe để hành nghề dược', copies: 1, note: 'Bản chính, còn thời hạn' },
    ],
    processingTime: { value: 20, unit: 'days', note: 'Kể từ ngày nhận đủ hồ sơ hợp lệ.' },
    fees: [
      { name: 'Phí thẩm định điều kiện hành nghề dược', amountDong: 500_000, note: 'Đồng/hồ sơ; mức thu theo quy định của Bộ Tài chính về phí trong lĩnh vực dược, mỹ phẩm.' },
    ],
    result: 'Chứng chỉ hành nghề dược.',
    legalBasis: `${LUAT_DUOC}.`,
    receivingPlaces: [...RECEIVING],
    onlineLevel: 'full',
    responsibleUnit: null,
    events: [
      { kind: 'issued', effectiveOn: '2018-06-15', decidingDocument: 'Quyết định số 1650/QĐ-UBND ngày 12/6/2018 của Chủ tịch UBND tỉnh Lào Cai' },
      {
        kind: 'amended',
        effectiveOn: '2025-09-10',
        decidingDocument: 'Quyết định số 1830/QĐ-UBND ngày 05/9/2025 của Chủ tịch UBND tỉnh Lào Cai',
        note: 'Cập nhật theo Luật số 44/2024/QH15 sửa đổi, bổ sung một số điều của Luật Dược (có hiệu lực từ ngày 01/7/2025) và văn bản quy định chi tiết.',
      },
    ],
    postings: [
      { place: 'one_stop', postedOn: '2018-06-25', afterEvent: 0, note: ONE_STOP },
      { place: 'website', postedOn: '2018-06-26', afterEvent: 0, proofUrl: `${WEBSITE}/cap-chung-chi-hanh-nghe-duoc` },
      { place: 'one_stop', postedOn: '2025-09-18', afterEvent: 1, note: ONE_STOP },
      { place: 'website', postedOn: '2025-09-19', afterEvent: 1, proofUrl: `${WEBSITE}/cap-chung-chi-hanh-nghe-duoc` },
    ],
  },
  {
    body: 'SYT-LC',
    scope: 'public',
    code: '1.004617',
    name: 'Cấp giấy chứng nhận đủ điều kiện kinh doanh dược cho cơ sở bán lẻ thuốc (nhà thuốc, quầy thuốc) thuộc thẩm quyền của Sở Y tế',
    field: 'Dược phẩm',
    level: 'province',
    applicants: 'Doanh nghiệp, hộ kinh doanh đề nghị mở nhà thuốc, quầy thuốc trên địa bàn tỉnh.',
    conditions:
      'Người chịu trách nhiệm chuyên môn về dược có chứng chỉ hành nghề dược phù hợp; cơ sở đáp ứng Thực hành tốt cơ sở bán lẻ thuốc (GPP).',
    steps: [
      SUBMIT,
      { text: 'Bộ phận chuyên môn về dược của Sở thẩm định hồ sơ; trường hợp chưa hợp lệ, có văn bản đề nghị bổ sung.', unit: null, duration: '05 ngày' },
      { text: 'Đoàn đánh giá của Sở Y tế đánh giá thực tế việc đáp ứng Thực hành tốt cơ sở bán lẻ thuốc tại cơ sở, lập biên bản.', unit: null, duration: '10 ngày' },
      {
        text: 'Giám đốc Sở ký giấy chứng nhận; Văn phòng Sở vào sổ, đóng dấu, công bố trên Trang thông tin điện tử của Sở.',
        unit: 'VP',
        duration: '05 ngày',
      },
      RETURN,
    ],
    dossier: [
      { name: 'Đơn đề nghị cấp giấy chứng nhận đủ điều kiện kinh doanh dược', copies: 1, note: 'Theo mẫu' },
      { name: 'Tài liệu kỹ thuật về địa điểm, khu vực kinh doanh, trang thiết bị và nhân sự của cơ sở', copies: 1, note: 'Bản chính' },
      { name: 'Giấy chứng nhận đăng ký doanh nghiệp hoặc đăng ký hộ kinh doanh', copies: 1, note: 'Bản sao' },
      { name: 'Chứng chỉ hành nghề dược của người chịu trách nhiệm chuyên môn về dược', copies: 1, note: 'Bản sao' },
    ],
    processingTime: { value: 20, unit: 'days', note: 'Kể từ ngày nhận đủ hồ sơ hợp lệ, bao gồm thời gian đánh giá thực tế tại cơ sở.' },
    fees: [
      {
        name: 'Phí thẩm định điều kiện kinh doanh đối với nhà thuốc, quầy thuốc',
        amountDong: 1_000_000,
        note: 'Đồng/cơ sở; cơ sở tại địa bàn có điều kiện kinh tế - xã hội khó khăn, đặc biệt khó khăn nộp 500.000 đồng/cơ sở.',
      },
    ],
    result: 'Giấy chứng nhận đủ điều kiện kinh doanh dược.',
    legalBasis: `${LUAT_DUOC}.`,
    receivingPlaces: [...RECEIVING],
    onlineLevel: 'partial',
    responsibleUnit: null,
    events: [
      { kind: 'issued', effectiveOn: '2018-06-15', decidingDocument: 'Quyết định số 1650/QĐ-UBND ngày 12/6/2018 của Chủ tịch UBND tỉnh Lào Cai' },
      {
        kind: 'amended',
        effectiveOn: '2025-09-10',
        decidingDocument: 'Quyết định số 1830/QĐ-UBND ngày 05/9/2025 của Chủ tịch UBND tỉnh Lào Cai',
        note: 'Cập nhật theo Luật số 44/2024/QH15 sửa đổi, bổ sung một số điều của Luật Dược và văn bản quy định chi tiết.',
      },
      {
        kind: 'supplemented',
        effectiveOn: '2026-11-20',
        decidingDocument: 'Quyết định số 2561/QĐ-UBND ngày 17/11/2026 của Chủ tịch UBND tỉnh Lào Cai',
        note: 'Bổ sung thanh toán phí trực tuyến và trả kết quả bản điện tử trên Cổng Dịch vụ công quốc gia.',
      },
    ],
    postings: [
      { place: 'one_stop', postedOn: '2018-06-25', afterEvent: 0, note: ONE_STOP },
      { place: 'website', postedOn: '2018-06-26', afterEvent: 0, proofUrl: `${WEBSITE}/cap-giay-chung-nhan-du-dieu-kien-kinh-doanh-duoc` },
      { place: 'one_stop', postedOn: '2025-09-18', afterEvent: 1, note: ONE_STOP },
      { place: 'website', postedOn: '2025-09-19', afterEvent: 1, proofUrl: `${WEBSITE}/cap-giay-chung-nhan-du-dieu-kien-kinh-doanh-duoc` },
      { place: 'one_stop', postedOn: '2026-11-25', afterEvent: 2, note: ONE_STOP },
      { place: 'website', postedOn: '2026-11-25', afterEvent: 2, proofUrl: `${WEBSITE}/cap-giay-chung-nhan-du-dieu-kien-kinh-doanh-duoc` },
    ],
  },
  {
    body: 'SYT-LC',
    scope: 'public',
    code: '1.003013',
    name: 'Công bố cơ sở đủ điều kiện thực hiện hoạt động tiêm chủng',
    field: 'Y tế dự phòng',
    level: 'province',
    applicants: 'Cơ sở khám bệnh, chữa bệnh, cơ sở y tế dự phòng trên địa bàn tỉnh thực hiện tiêm chủng, trừ cơ sở thuộc Bộ Y tế và các bộ, ngành.',
    conditions: 'Đáp ứng điều kiện về cơ sở vật chất, trang thiết bị và nhân sự đã được tập huấn chuyên môn về tiêm chủng theo quy định.',
    steps: [
      {
        text: 'Cơ sở gửi văn bản công bố và hồ sơ kèm theo trực tuyến trên Cổng Dịch vụ công quốc gia hoặc tại Trung tâm Phục vụ hành chính công tỉnh.',
        unit: null,
        duration: null,
      },
      { text: 'Phòng Nghiệp vụ Y kiểm tra hồ sơ công bố.', unit: 'NVY', duration: '01 ngày làm việc' },
      { text: 'Đăng tải tên, địa chỉ cơ sở và thông tin công bố trên Trang thông tin điện tử của Sở Y tế.', unit: 'VP', duration: '01 ngày làm việc' },
      { text: 'Kiểm tra điều kiện của cơ sở sau công bố theo kế hoạch hoặc đột xuất.', unit: 'NVY', duration: null },
    ],
    dossier: [
      { name: 'Văn bản công bố cơ sở đủ điều kiện thực hiện hoạt động tiêm chủng', copies: 1, note: 'Theo mẫu' },
      { name: 'Bản kê khai cơ sở vật chất, trang thiết bị và danh sách nhân sự thực hiện tiêm chủng', copies: 1, note: 'Bản chính' },
      { name: 'Giấy chứng nhận đã tập huấn chuyên môn về tiêm chủng của nhân viên y tế', copies: 1, note: 'Bản sao' },
    ],
    processingTime: { value: 2, unit: 'working_days', note: 'Để đăng tải thông tin công bố; cơ sở được thực hiện tiêm chủng sau khi đã công bố.' },
    fees: [{ name: 'Phí, lệ phí', amountDong: 0, note: 'Không thu phí.' }],
    result: 'Thông tin cơ sở đủ điều kiện tiêm chủng được công khai trên Trang thông tin điện tử của Sở Y tế.',
    legalBasis: `Luật Phòng, chống bệnh truyền nhiễm số 03/2007/QH12; Nghị định số 104/2016/NĐ-CP ngày 01/7/2016 của Chính phủ quy định về hoạt động tiêm chủng; ${ND_155}.`,
    receivingPlaces: [...RECEIVING],
    onlineLevel: 'full',
    responsibleUnit: 'NVY',
    events: [
      {
        kind: 'issued',
        effectiveOn: '2019-03-20',
        decidingDocument: 'Quyết định số 1268/QĐ-UBND ngày 18/3/2019 của Chủ tịch UBND tỉnh Lào Cai',
        note: 'Công bố thủ tục hành chính lĩnh vực y tế dự phòng thuộc thẩm quyền giải quyết của Sở Y tế.',
      },
    ],
    postings: [
      { place: 'one_stop', postedOn: '2019-03-27', afterEvent: 0, note: ONE_STOP },
      { place: 'website', postedOn: '2019-03-28', afterEvent: 0, proofUrl: `${WEBSITE}/cong-bo-co-so-du-dieu-kien-tiem-chung` },
    ],
  },
];
