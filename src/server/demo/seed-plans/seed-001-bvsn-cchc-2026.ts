import type { ReformArea } from '../../../shared/plan-vocabulary';
import type { DemoPlan, DemoRef, DemoSection, DemoTask } from './demo-plan';
import { bullets, heading, headed, item } from './sections';

/**
 * Kế hoạch Cải cách hành chính năm 2026 of Bệnh viện Sản - Nhi tỉnh Lào Cai, as the seed writes it.
 * The seed starts at "KẾ HOẠCH": its heading (body, number, place and date) is lost, so the number
 * and date are blank like the bank's other drafts. Text is kept as written, line breaks collapsed
 * to one space, slips included ("theo quy định..", "hơp lý", "cải cải", "mực độ").
 *
 * Tasks: every "-" bullet of II.2.1–2.6 (the six reform areas) is a task, numbered "2.<area>.<n>",
 * its title the bullet as written. The document gives no deadline per bullet (deadline ''), no
 * output and no lead per bullet; leads come from IV. TỔ CHỨC THỰC HIỆN, as follows:
 *
 * - 2.1 Cải cách thể chế → TCHC (IV.2: "Tham mưu BGĐ … ban hành văn bản chỉ đạo …", "nắm bắt kịp
 *   thời các văn bản quy phạm pháp luật"); 2.1.3 names its own lead "Các khoa, phòng, trung tâm"
 *   (all_units) with TCHC coordinating, as TCHC carries TTHC reform (IV.2); 2.1.5 measures
 *   satisfaction, so CTXH and DD coordinate (IV.6).
 * - 2.2 Cải cách thủ tục hành chính → TCHC (IV.2: "văn bản chỉ đạo tổ chức thực hiện việc cải cách
 *   thủ tục hành chính"); 2.2.5 (thái độ phục vụ, hài lòng người bệnh): TCHC is "đầu mối … đổi mới
 *   phong cách thái độ phục vụ" (IV.2), CTXH and DD coordinate (IV.6).
 * - 2.3 Cải cách tổ chức bộ máy → TCHC (IV.2: "Cải cách tổ chức bộ máy hành chính nhà nước");
 *   2.3.6 (work on the digital environment) with KHTH and CNTT coordinating (IV.4).
 * - 2.4 Cải cách chế độ công vụ → TCHC (IV.2: "cải cách chế độ công vụ"); 2.4.3 and 2.4.7 (IT in
 *   staff assessment and management) with CNTT coordinating (IV.4); 2.4.8 (dịch vụ kỹ thuật
 *   chuyên sâu, chuyển giao kỹ thuật) with KHTH coordinating (IV.4: "quy trình kỹ thuật");
 *   2.4.11 (khảo sát sự hài lòng) → CTXH with DD (IV.6).
 * - 2.5 Cải cách tài chính công → TCKT (IV.3); 2.5.5 (IT in public finance) with CNTT coordinating.
 * - 2.6 Chính quyền điện tử, Chính quyền số → KHTH with CNTT (IV.4: "Phòng KHTH, bộ phận Công nghệ
 *   thông tin … ứng dụng công nghệ thông tin"); 2.6.1 also TCHC (thái độ phục vụ, IV.2);
 *   2.6.7 (thu chi tài chính, phần mềm kế toán) → TCKT with CNTT (IV.3); 2.6.8 (website bệnh viện)
 *   → TRUYENTHONG with CNTT (IV.5); 2.6.9 (lấy ý kiến người bệnh … mức độ hài lòng) → CTXH with DD (IV.6).
 *
 * Notes stay null: the mapping is ours, not the document's, and is recorded here instead.
 */

type Area = { numbering: string; heading: string; reformArea: ReformArea; lead: DemoRef; coordinators: DemoRef[]; bullets: string[] };

const TCHC: DemoRef = { unit: 'TCHC' };
const TCKT: DemoRef = { unit: 'TCKT' };
const KHTH: DemoRef = { unit: 'KHTH' };
const CNTT: DemoRef = { unit: 'CNTT' };
const DD: DemoRef = { unit: 'DD' };
const CTXH: DemoRef = { unit: 'CTXH' };
const TRUYENTHONG: DemoRef = { unit: 'TRUYENTHONG' };
const ALL_UNITS: DemoRef = { group: 'all_units' };

/** II.2 Nhiệm vụ cụ thể: the six reform areas and their bullets, each as written. */
const AREAS: Area[] = [
  {
    numbering: '2.1',
    heading: 'Cải cách thể chế',
    reformArea: 'institutions',
    lead: TCHC,
    coordinators: [],
    bullets: [
      'Tổ chức triển khai có hiệu quả công tác tổ chức thi hành pháp luật và theo dõi, đánh giá tình hình thi hành pháp luật hàng năm của đơn vị. Tăng cường theo dõi, thanh tra, kiểm tra việc thực hiện trách nhiệm quản lý nhà nước trong công tác tổ chức và thi hành pháp luật. Thực hiện hiệu quả công tác phổ biến, giáo dục pháp luật thông qua tăng cường ứng dụng công nghệ thông tin và số hoá công tác phổ biến, giáo dục pháp luật.',
      'Thực hiện cập nhật và triển khai đầy đủ, kịp thời các văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành theo đúng quy định.',
      'Các khoa, phòng, trung tâm cập nhật kịp thời, công khai thủ tục hành chính thuộc phạm vi quản lý của mình dưới nhiều hình thức đa dạng, tạo thuận lợi cho người dân.',
      'Chủ động tra cứu, khai thác hiệu quả Cơ sở dữ liệu thủ tục hành chính trên Cổng Dịch vụ công Quốc gia.',
      'Tăng cường ứng dụng thông tin truyền thông, nâng cao chất lượng, hiệu quả giải quyết thủ tục hành chính. Triển khai đo lường sự hài lòng và các kênh tiếp nhận, xử lý phản ánh, kiến nghị của người dân để có biện pháp cải thiện, nâng cao chất lượng phục vụ.',
      'Đẩy mạnh giải quyết thủ tục hành chính trên môi trường điện tử. Tăng cường giải quyết các hồ sơ công việc đúng hạn và trước hạn. Số hóa hồ sơ, giấy tờ, tăng cường triển khai thanh toán không dùng tiền mặt để nâng cao tính công khai, minh bạch, rút ngắn thời gian, tiết kiệm chi phí.',
    ],
  },
  {
    numbering: '2.2',
    heading: 'Cải cách thủ tục hành chính',
    reformArea: 'procedures',
    lead: TCHC,
    coordinators: [],
    bullets: [
      'Tiếp tục kiểm soát và đơn giản hóa thủ tục hành chính tiếp nhận, xử lý phản ánh kiến nghị của cá nhân, tổ chức về thủ tục hành chính, thủ tục khám bệnh.',
      'Cải cách thủ tục hành chính, nâng cao chất lượng trong việc khám, chữa bệnh tại các khoa. Tăng cường công tác kiểm tra, hướng dẫn việc triển khai thực hiện thủ tục hành chính, tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về thủ tục hành chính, quy định hành chính để hỗ trợ việc nâng cao chất lượng trong các hoạt động của Bệnh viện.',
      'Cập nhật thông tin trên các lĩnh vực thuộc thẩm quyền Bệnh viện về các thủ tục hành chính, công khai, minh bạch, hướng dẫn rõ ràng các quy trình thủ tục, thành phần hồ sơ, các loại biểu mẫu, giá thu viện phí... dễ hiểu, dễ thực hiện.',
      'Xử lý nghiêm những CBVC gây khó khăn, phiền hà trong khi giải quyết các thủ tục hành chính.',
      'Đẩy mạnh đổi mới phong cách, thái độ phục vụ, từng bước chuẩn hóa giao tiếp ứng xử của CBVC và người lao động nhằm hướng tới sự hài lòng của người bệnh. Đổi mới mô hình quản lý, hoạt động hỗ trợ, chăm sóc KH nhằm nâng cao hiệu quả hoạt động. Nâng cao mức độ hài lòng của người bệnh, người dân về thủ tục khám chữa bệnh',
    ],
  },
  {
    numbering: '2.3',
    heading: 'Cải cách tổ chức bộ máy',
    reformArea: 'apparatus',
    lead: TCHC,
    coordinators: [],
    bullets: [
      'Thực hiện hiệu quả bộ chỉ số CCHC.',
      'Xây dựng Đề án vị trí việc làm, số lượng người làm việc; chuyển đổi lương và bộ tiêu chí đánh giá tập thể, cán bộ viên chức, người lao động theo vị trí việc làm trên cơ sở quy định của Nhà nước.',
      'Tăng cường kiểm tra giám sát thực hiện tốt công tác chuyên môn, nội quy, quy chế của Bệnh viện; chú trọng tự kiểm tra, giám sát để phát hiện và khắc phục lỗi ngay tại khoa, phòng, trung tâm.',
      'Xây dựng, thành lập, kiện toàn các hội đồng Khoa học, HĐ Thuốc và điều trị, HĐ Người bệnh, HĐ xét Thi đua khen thưởng, HĐ xét Nâng lương, HĐ Quản lý Chất lượng….',
      'Tiếp tục kiện toàn tổ chức bộ máy tinh gọn, cơ cấu hơp lý theo hướng tinh gọn, hiệu quả gắn với tinh giản biên chế, phân công nhiệm vụ phù hợp với vị trí việc làm.',
      'Nghiên cứu, triển khai các biện pháp đổi mới phương thức làm việc, nâng cao năng suất trên cơ sở ứng dụng các tiến bộ khoa học kĩ thuật, công nghệ thông tin. Tăng cường chỉ đạo, điều hành, xử lý công việc trên môi trường số. Tổ chức họp, hội nghị bằng hình thức trực tuyến, không giấy tờ.',
    ],
  },
  {
    numbering: '2.4',
    heading: 'Cải cách chế độ công vụ',
    reformArea: 'civil_service',
    lead: TCHC,
    coordinators: [],
    bullets: [
      'Xây dựng và nâng cao chất lượng đội ngũ viên chức cơ cấu hợp lý với vị trí việc làm, có trình độ chuyên môn, có phẩm chất đạo đức tốt, có tinh thần trách nhiệm, không ngừng đổi mới, sáng tạo, đáp ứng yêu cầu, nhiệm vụ của ngành, của Bệnh viện',
      'Tăng cường đào tạo, bồi dưỡng đội ngũ CBVC bằng các hình thức phù hợp. Chấp hành các văn bản quy phạm, pháp luật quy định về chức danh, tiêu chuẩn của từng vị trí việc làm của viên chức trong từng khoa phòng làm cơ sở cho tinh giản tổ chức và tinh giản biên chế..',
      'Nghiên cứu ứng dụng công nghệ thông tin trong việc thực hiện quy trình đánh giá, xếp loại chất lượng viên chức theo hướng dân chủ, công khai, minh bạch, đa chiều, cụ thể hóa các tiêu chí đánh giá theo yêu cầu của vị trí việc làm và đề cao trách nhiệm người đứng đầu; gắn với Quy định số 124-QĐ/TW ngày 04/10/2023 của Bộ Chính trị về việc kiểm điểm và đánh giá, xếp loại chất lượng hàng năm đối với tập thể, cá nhân trong hệ thống chính trị.',
      'Bố trí viên chức và người lao động theo vị trí việc làm được phê duyệt; tổ chức tuyên truyền các văn bản pháp luật quy định về chế độ tiền lương mới đối với viên chức và người lao động.',
      'Tiếp tục thực hiện chính sách, chế độ thu hút, đãi ngộ cán bộ y tế có trình độ chuyên môn cao, chuyên ngành mũi nhọn chất lượng, hiệu quả theo tinh thần Nghị quyết số 29/2025/NQ-HĐND ngày 09/12/2025 của Hội đồng nhân dân tỉnh.',
      'Đẩy mạnh hoạt động mạng lưới quản lý chất lượng và mạng lưới công tác xã hội, tăng cường nâng cao CLBV dựa trên 83 tiêu chí CLBV.',
      'Thực hiện cơ chế tự chủ về biên chế; tuyển dụng, sử dụng và quản lý viên chức và người lao động theo quy định của Chính phủ và hướng dẫn của Bộ, ngành; tăng cường ứng dụng CNTT trong quản lý, sử dụng viên chức và người lao động.',
      'Triển khai các dịch vụ kỹ thuật chuyên sâu. Tiếp tục cử cán bộ đi đào tạo tại các bệnh viện tuyến trên và mời chuyên gia tuyến trên về chuyển giao kỹ thuật tại bệnh viện.',
      'Tăng cường tính công khai, minh bạch, trách nhiệm của hoạt động công vụ. Có chính sách đãi ngộ, động viên, khuyến khích viên chức hoàn thành tốt nhiệm vụ và có cơ chế hoại bỏ, bãi miễn những người không hoàn thành nhiệm vụ, vi phạm kỷ luật.',
      'Thực hiện tiêu chí, quy trình đánh giá viên chức và chất lượng hoàn thành nhiệm vụ cụ thể, khoa học, khách quan nhằm động viên, khuyến khích, phát huy tối đa khả năng công hiến và góp phần cải thiện môi trường làm việc.',
      'Tăng cường thực hiện khảo sát đánh giá sự hài lòng của người bệnh, người dân đối với dịch vụ y tế tại bệnh viện.',
      'Thường xuyên cập nhật dữ liệu của viên chức trên phần mềm Quản lý cán bộ CCVC.',
    ],
  },
  {
    numbering: '2.5',
    heading: 'Cải cách tài chính công',
    reformArea: 'public_finance',
    lead: TCKT,
    coordinators: [],
    bullets: [
      'Tăng cường công tác chỉ đạo, điều hành, giám sát việc quản lý ngân sách nhà nước, thực hiện có hiệu quả công tác quản lý thu chi, đảm bảo tính thống nhất của hệ thống tài chính và tăng cường chủ động của các đơn vị dự toán ngân sách.',
      'Tiếp tục thực hiện Nghị định của Chính phủ quy định chế độ tự chủ, tự chịu trách nhiệm về sử dụng biên chế và kinh phí quản lý hành chính đối với các đơn vị; cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập.',
      'Sử dụng tiết kiệm, hiệu quả các nguồn lực tài chính, tăng cường quản lý chi tiêu ngân sách.',
      'Thực hiện đúng quy định của Luật Ngân sách nhà nước về công khai ngân sách nhà nước, đa dạng hóa các hình thức công khai ngân sách nhà nước.',
      'Đẩy mạnh việc ứng dụng công nghệ thông tin vào quản lý tài chính công, sử dụng các phần mềm về quản lý tài sản và quản lý ngân sách nhà nước',
    ],
  },
  {
    numbering: '2.6',
    heading: 'Xây dựng và phát triển Chính quyền điện tử, Chính quyền số',
    reformArea: 'digital_government',
    lead: KHTH,
    coordinators: [CNTT],
    bullets: [
      'Đẩy mạnh đổi mới phong cách, thái độ phục vụ, từng bước chuẩn hóa giao tiếp ứng xử của CBVC và người lao động nhằm hướng tới sự hài lòng của người bệnh. Đổi mới mô hình quản lý, hoạt động hỗ trợ, chăm sóc KH nhằm nâng cao hiệu quả hoạt động. Triển khai ứng dụng quét mã Qrcode trên thẻ CCCD, VSSID; VNeID giúp cho bệnh nhân đăng ký khám bệnh tại bệnh viện nhanh, chính xác.',
      'Tiếp tục triển khai hệ thống phát số tự động (KIOSK) hiển thị thứ tự đăng ký khám bệnh tại quầy tiếp đón và các buồng khám đảm bảo tính công khai, minh bạch, đem lại sự hài lòng cho người bệnh; triển khai giai đoạn 1 KIOSK đăng ký khám tự động bằng CCCD giúp bệnh nhân chủ động đăng ký và chọn buồng khám;',
      'Đảm bảo liên thông dữ liệu giữa bệnh viện với cơ quan BHYT theo QĐ 4210/QĐ-BYT ngày 20/09/2017, QĐ 4750/QĐ-BYT ngày 29/12/2023, QĐ 3176/QĐ-BYT ngày 29/10/2024, về việc quy định chuẩn và định dạng dữ liệu đầu ra sử dụng trong quản lý, giám định và thanh toán chi phí khám bệnh, chữa bệnh bảo hiểm y tế và giải quyết các chế độ liên quan.',
      'Xây dựng, số hóa và tích hợp chữ ký điện tử, chữ ký số, thiết bị ký cá nhân thực hiện ký trên các biểu mẫu theo quy định.',
      'Tập trung nguồn lực, cải tiến các giải pháp ưu tiên cho chuyển đổi số bệnh viện. Khắc phục các tồn tại của phần mềm, tăng cường công nghệ thông tin trong các hoạt động tại bệnh viện một cách hiệu quả. Tiếp tục triển khai hiệu quả bệnh án điện tử tại bệnh viện.',
      'Tiếp tục triển khai hệ thống khám chữa bệnh từ xa phục vụ công tác hội chẩn, khám chữa bệnh từ xa với các bệnh viện tuyến Trung Ương.',
      'Hoạt động thu chi tài chính sử dụng phần mềm kế toán Misa, phần mềm thanh toán, chuyển tiền dịch vụ công là dvc.vst.mof.gov.vn.',
      'Phát triển website bệnh viện, đẩy mạnh các hoạt động trao đổi thông tin nhanh chóng, cập nhật các văn bản quy phạm pháp luật, văn bản hướng dẫn đến CBVC, người bệnh…',
      'Duy trì lấy ý kiến người bệnh, người nhà người bệnh để đánh giá mực độ hài lòng tại các khoa và từng bước hoàn thiện hệ thống thông tin hai chiều để chấn chỉnh và đáp ứng kịp thời.',
      'Đẩy mạnh xử lý công việc trên môi trường mạng theo quy định (không bao gồm hồ sơ công việc thuộc phạm vi bí mật nhà nước), phấn đấu đạt trên 95% văn bản, hồ sơ công việc của các khoa, phòng được xử lý trên môi trường mạng.',
      'Từng bước hiện đại hóa nền hành chính của bệnh viện, nâng cao hiệu quả ứng dụng công nghệ thông tin phục vụ yêu cầu khám, chữa bệnh. Tăng cường đào tạo kiến thức cơ bản về chuyển đổi số, kỹ năng số cho đội ngũ viên chức, người lao động tại đơn vị.',
    ],
  },
];

/** Where a bullet's lead or coordinators differ from its area's (see the mapping above). */
const ASSIGNMENTS: Record<string, { lead: DemoRef; coordinators: DemoRef[] }> = {
  '2.1.3': { lead: ALL_UNITS, coordinators: [TCHC] },
  '2.1.5': { lead: TCHC, coordinators: [CTXH, DD] },
  '2.2.5': { lead: TCHC, coordinators: [CTXH, DD] },
  '2.3.6': { lead: TCHC, coordinators: [KHTH, CNTT] },
  '2.4.3': { lead: TCHC, coordinators: [CNTT] },
  '2.4.7': { lead: TCHC, coordinators: [CNTT] },
  '2.4.8': { lead: TCHC, coordinators: [KHTH] },
  '2.4.11': { lead: CTXH, coordinators: [DD] },
  '2.5.5': { lead: TCKT, coordinators: [CNTT] },
  '2.6.1': { lead: KHTH, coordinators: [CNTT, TCHC] },
  '2.6.7': { lead: TCKT, coordinators: [CNTT] },
  '2.6.8': { lead: TRUYENTHONG, coordinators: [CNTT] },
  '2.6.9': { lead: CTXH, coordinators: [DD] },
};

const areaSections: DemoSection[] = AREAS.map((area) =>
  heading(area.numbering, area.heading, bullets(area.bullets), { role: 'reform_area', reformArea: area.reformArea }),
);

const tasks: DemoTask[] = AREAS.flatMap((area) =>
  area.bullets.map((title, i): DemoTask => {
    const number = `${area.numbering}.${i + 1}`;
    const assigned = ASSIGNMENTS[number] ?? { lead: area.lead, coordinators: area.coordinators };
    return { number, title, reformArea: area.reformArea, ...assigned, deadlineText: '', outputText: null, outputKind: null, note: null };
  }),
);

export const SEED_001_BVSN_CCHC_2026: DemoPlan = {
  seed: '001_10630c44fb5d4977.txt',
  body: 'BVSN',
  parentKey: 'syt-lc-2026-cchc',
  key: 'bvsn-2026-cchc',
  kind: 'cchc',
  year: 2026,
  number: null,
  symbol: 'KH-BVSN',
  placeName: 'Lào Cai',
  issuedOn: null,
  state: 'draft',
  title: 'Cải cách hành chính năm 2026',
  signingAuthority: 'GIÁM ĐỐC',
  signerTitle: null,
  signerName: 'Trần Hoài Bắc',
  content: {
    bases: [],
    introduction:
      'Thực hiện Kế hoạch số 06/KH-SYT ngày 10/01/2026 của Sở Y tế tỉnh Lào Cai về việc triển khai công tác cải cách hành chính năm 2026, Bệnh viện Sản - Nhi tỉnh Lào Cai xây dựng kế hoạch cải cách hành chính năm 2026 như sau:',
    sections: [
      heading(
        'I',
        'MỤC ĐÍCH, YÊU CẦU',
        [
          heading(
            '1',
            'Mục đích',
            bullets([
              'Xác định công tác Cải cách hành chính là nhiệm vụ trọng tâm, thường xuyên, là giải pháp quan trọng để nâng cao hiệu lực, hiệu quả quản lý, hoàn thành nhiệm vụ được giao. Xây dựng đội ngũ viên chức, người lao động có phẩm chất, năng lực, ngày càng chuyên nghiệp, hiện đại. Đảm bảo sự quản lý, điều hành thông suốt, hiệu quả.',
              'Nâng cao nhận thức, tinh thần, trách nhiệm của cán bộ, viên chức, lao động bệnh viện về sự cần thiết phải cải cách hành chính tại đơn vị. Tăng cường kỷ cương, kỷ luật hành chính, phòng ngừa và hạn chế tham nhũng, tiêu cực. Đảm bảo TTHC thuộc thẩm quyền giải quyết được niêm yết công khai, đầy đủ, khoa học theo quy định..',
              'Triển khai thực hiện hiệu quả Chương trình tổng thể cải cách hành chính nhà nước trong toàn ngành đảm bảo đúng lộ trình cải cách của tỉnh và của Chính phủ tại Nghị quyết số 76/NQ-CP ngày 15/7/2021.',
              'Tiếp tục nâng cao chất lượng hiệu quả triển khai thực hiện công tác cải cách hành chính tại các khoa, phòng, trung tâm đáp ứng yêu cầu nhiệm vụ cải cách hành chính giai đoạn 2025 - 2030. Đẩy mạnh cải cách thủ tục hành chính, đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số; thực hiện tốt chế độ công vụ, tăng cường kỷ luật, kỷ cương, ý thức, trách nhiệm, chất lượng hiệu quả phục vụ người dân và tổ chức sau khi chính quyền địa phương hai cấp đi vào hoạt động',
              'Gắn kết chặt chẽ giữa cải cách TTHC với chuyển đổi số, triển khai Đề án 06, hiện đại hóa công tác chỉ đạo, điều hành, phục vụ người dân, doanh nghiệp, tạo ra những chuyển biến mạnh mẽ, đổi mới tư duy, hành động; áp dụng công nghệ, thông tin trong giải quyết TTHC.',
            ]),
            { role: 'purposes' },
          ),
          heading(
            '2',
            'Yêu cầu',
            bullets([
              'Nâng cao chất lượng triển khai CCHC tại các khoa, phòng, trung tâm đáp ứng yêu cầu năm 2026 và các năm tiếp theo.',
              'Công tác triển khai, thực hiện tuyên truyền phải được tổ chức sâu rộng tới tất cả cán bộ, viên chức và người lao động trong bệnh viện bằng hình thức phù hợp đảm bảo hiệu quả, tiết kiệm và đúng tiến độ. Tăng cường trách nhiệm, sự liên thông, phối hợp chặt chẽ giữa các khoa, phòng trong việc triển khai kế hoạch CCHC đảm bảo khoa học, đồng bộ, hiệu quả.',
              'Thủ tục hành chính thuộc chức năng, nhiệm vụ của Bệnh viện phải được cải cách cơ bản, mức độ hài lòng của người dân, người bệnh đối với các Thủ tục hành chính được nâng lên.',
              'Đẩy mạnh ứng dụng công nghệ thông tin và chuyển đổi số nhằm thúc đẩy xây dựng và phát triển chính quyền điện tử, chính quyền số, tạo động lực cho CCHC hiệu quả, bền vững. Thực hiện chỉ đạo, điều hành trên môi trường điện tử thông qua việc sử dụng các nền tảng, dữ liệu số được kết nối, chia sẻ đồng bộ thông suốt giữa các khoa, phòng.',
              'Thường xuyên theo dõi, đôn đốc, kiểm tra và báo cáo tiến độ thực hiện nhiệm vụ CCHC, xử lý nghiêm các trường hợp né tránh, đùn đẩy trách nhiệm.',
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
            'Phấn đấu chỉ số CCHC (PAR INDEX) ở mức cao trong toàn tỉnh, góp phần nâng cao Chỉ số năng lực cạnh tranh cấp tỉnh (PCI), Chỉ số Hiệu quả quản trị và Hành chính công cấp tỉnh (PAPI), Chỉ số hài lòng của người dân đối với sự phục vụ của đơn vị (SIPAS).',
            'Đổi mới, nâng cao chất lượng công tác tham mưu xây dựng và thi hành các văn bản chỉ đạo, điều hành, đảm bảo tính hợp pháp, đồng bộ, cụ thể, khả thi.',
            'Công khai, minh bạch quy trình giải quyết công việc theo đúng chức năng, nhiệm vụ được giao. Nâng cao ý thức chấp hành pháp luật của viên chức, người lao động trong đơn vị.',
            'Triển khai hiệu quả 100% văn bản chỉ đạo của Trung ương và của tỉnh, đổi mới sáng tạo để thúc đẩy quá trình chuyển đổi số, phục vụ hiệu quả công tác y tế.',
            'Thường xuyên rà soát, hệ thống hóa văn bản quy phạm pháp luật còn hiệu lực để áp dụng phù hợp với tình hình thực tế tại đơn vị.',
          ]),
          { role: 'objectives' },
        ),
        heading('2', 'Nhiệm vụ cụ thể', areaSections, { role: 'tasks' }),
      ]),
      headed(
        'III',
        'KINH PHÍ THỰC HIỆN',
        'Nguồn kinh phí từ ngân sách nhà nước, nguồn xã hội hoá và nguồn khác (nếu có). Tích cực huy động các nguồn kinh phí ngoài ngân sách để triển khai thực hiện Cải cách hành chính.',
        { role: 'budget' },
      ),
      heading(
        'IV',
        'TỔ CHỨC THỰC HIỆN',
        [
          // Addressed to the hospital's leadership and every unit's: no single unit, so no assignee.
          item(
            '1',
            'Lãnh đạo bệnh viện, lãnh đạo các khoa, phòng, trung tâm tập trung chỉ đạo và triển khai các nhiệm vụ cải cách hành chính đã đề ra, đưa cải cách hành chính thành một trong những nhiệm vụ trọng tâm, thường xuyên của mỗi khoa, phòng, trung tâm.',
            { role: 'responsibilities', assignee: null },
          ),
          heading(
            '2',
            'Phòng Tổ chức hành chính',
            bullets(
              [
                'Tham mưu BGĐ bệnh viện ban hành văn bản chỉ đạo tổ chức thực hiện việc cải cách thủ tục hành chính; triển khai, đôn đốc, theo dõi việc thực hiện các nội dung về: Cải cách tổ chức bộ máy hành chính nhà nước; cải cách chế độ công vụ; công tác chỉ đạo điều hành về cải cách hành chính; báo cáo cải cách về xây dựng tổ chức bộ máy, đội ngũ cán bộ viên chức, vị trí việc làm.',
                'Tăng cường tuyên truyền đến CBVC, người bệnh, người nhà người bệnh và các cá nhân, tổ chức đến giao dịch tại bệnh viện cùng phối hợp thực hiện các biện pháp cải cách hành chính, nắm bắt kịp thời các văn bản quy phạm pháp luật có liên quan.',
                'Hướng dẫn, đôn đốc, kiểm tra việc thực hiện kế hoạch này tại các khoa, phòng, trung tâm; Tổng hợp báo cáo kết quả thực hiện công tác cải cách hành chính của bệnh viện gửi Sở Y tế (định kỳ quý, 6 tháng, năm hoặc đột xuất).',
                'Làm đầu mối triển khai các hoạt động liên quan đến đổi mới phong cách thái độ phục vụ và các chuẩn mực đạo đức người cán bộ y tế.',
              ],
              { role: 'responsibilities', assignee: TCHC },
            ),
            { role: 'responsibilities', assignee: TCHC },
          ),
          item(
            '3',
            'Phòng Tài chính kế toán có trách nhiệm tham mưu, báo cáo, cải cách về tài chính, quản lý, sử dụng kinh phí thực hiện các nhiệm vụ cải cải theo quy định của Sở Tài chính, Sở Y tế. Tham mưu cho Giám đốc Bệnh viện việc bố trí nguồn kinh phí thực hiện các đề án liên quan đến cải cách hành chính.',
            { role: 'responsibilities', assignee: TCKT },
          ),
          // Names two units, Phòng KHTH and bộ phận CNTT: the first one named is the assignee.
          item(
            '4',
            'Phòng KHTH, bộ phận Công nghệ thông tin thực hiện triển khai và giám sát ứng dụng công nghệ thông tin trong quản lý, điều hành bệnh viện và công tác khám chữa bệnh. Cập nhật hệ thống các quy trình chuyên môn, quy trình kỹ thuật đã triển khai, thực hiện điều chỉnh, bổ sung, sửa đổi cho phù hợp điều kiện thực tiễn, phát huy hiệu quả, nâng cao chất lượng, ứng dụng CNTT trong công tác quản lý và hoạt động chuyên môn.',
            { role: 'responsibilities', assignee: KHTH },
          ),
          item('5', 'Tổ truyền thông tăng cường công tác thông tin đăng tin bài, tuyên truyền cải cách hành chính trên website bệnh viện.', {
            role: 'responsibilities',
            assignee: TRUYENTHONG,
          }),
          item(
            '6',
            'Tổ Công tác xã hội và Truyền thông phối hợp với phòng Điều dưỡng thực hiện định kỳ đánh giá mức độ hài lòng của người dân đối với dịch vụ khám, chữa bệnh tại đơn vị. Đa dạng hóa công tác truyền thông về cải cách hành chính.',
            { role: 'responsibilities', assignee: CTXH },
          ),
          item(
            '7',
            'Các khoa, phòng, trung tâm căn cứ kế hoạch của Bệnh viện, phối hợp cùng triển khai, quán triệt và tổ chức thực hiện các nội dung cải cách hành chính bằng nhiều hình thức thiết thực, phù hợp, chất lượng, hiệu quả để nâng cao nhận thức cho viên chức, người lao động.',
            { role: 'responsibilities', assignee: ALL_UNITS },
          ),
        ],
        { role: 'responsibilities' },
      ),
    ],
    targets: [
      { text: 'Triển khai hiệu quả 100% văn bản chỉ đạo của Trung ương và của tỉnh', value: 100, unit: '%', comparator: 'exactly' },
      {
        text: 'Phấn đấu đạt trên 95% văn bản, hồ sơ công việc của các khoa, phòng được xử lý trên môi trường mạng',
        value: 95,
        unit: '%',
        comparator: 'above',
      },
    ],
    closing:
      'Trên đây là Kế hoạch Cải cách hành chính năm 2026 của Bệnh viện Sản – Nhi tỉnh Lào Cai. Yêu cầu các khoa, phòng, trung tâm và toàn thể viên chức, người lao động trong đơn vị nghiêm túc thực hiện',
    recipients: ['Sở Y tế', 'Ban Giám đốc BV', 'Các khoa, phòng; trung tâm', 'Lưu: VT, TCHC'],
  },
  tasks,
};
