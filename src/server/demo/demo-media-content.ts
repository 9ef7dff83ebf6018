import type { ChannelKind, MediaKind, MediaState } from '../../shared/media-vocabulary';
import type { ReformArea } from '../../shared/plan-vocabulary';

export type DemoChannel = { kind: ChannelKind; name: string; url: string | null };

/** One item of the demo and how far it went: who proposed it, where it was published and when. */
export type DemoMediaItem = {
  /** The proposer: a unit code (its reporter) or a body role. */
  by: string;
  kind: MediaKind;
  title: string;
  summary: string;
  paragraphs: string[];
  areas: ReformArea[];
  state: MediaState;
  goodPractice?: boolean;
  /** Channels it went out on, with the day (and the post's path on the website or fanpage). */
  published?: { channel: ChannelKind; on: string; path?: string }[];
  /** Why the editor sent it back, when it was returned. */
  returned?: string;
  /** Words of the task it fulfils, folded (no diacritics), looked for in the body's plans. */
  task?: string;
};

export type DemoMediaBody = { code: string; website: string; fanpage: string; channels: DemoChannel[]; items: DemoMediaItem[] };

const channels = (website: string, fanpage: string, screenName: string, meetingName: string): DemoChannel[] => [
  { kind: 'website', name: 'Trang thông tin điện tử', url: website },
  { kind: 'fanpage', name: 'Fanpage', url: fanpage },
  { kind: 'zalo', name: 'Nhóm Zalo cán bộ, viên chức', url: null },
  { kind: 'screen', name: screenName, url: null },
  { kind: 'meeting', name: meetingName, url: null },
];

/** Communication work of the demo bodies in 2026, in the words their communication teams would use. */
export const DEMO_MEDIA: DemoMediaBody[] = [
  {
    code: 'BVSN',
    website: 'https://bvsannhi.laocai.gov.vn',
    fanpage: 'https://www.facebook.com/bvsannhilaocai',
    channels: channels('https://bvsannhi.laocai.gov.vn', 'https://www.facebook.com/bvsannhilaocai', 'Màn hình LED sảnh Khoa Khám bệnh', 'Giao ban bệnh viện hằng tuần'),
    items: [
      {
        by: 'TRUYENTHONG',
        kind: 'news',
        title: 'Bệnh viện Sản - Nhi triển khai thanh toán viện phí không dùng tiền mặt',
        summary: 'Từ tháng 3/2026, người bệnh có thể thanh toán viện phí bằng mã QR, thẻ ngân hàng tại mọi quầy thu ngân.',
        paragraphs: [
          'Thực hiện Kế hoạch cải cách hành chính năm 2026, Bệnh viện Sản - Nhi tỉnh Lào Cai đã triển khai thanh toán viện phí không dùng tiền mặt tại tất cả các quầy thu ngân.',
          'Người bệnh, người nhà người bệnh chỉ cần quét mã QR in trên phiếu thanh toán; biên lai điện tử được gửi ngay qua tin nhắn. Thời gian chờ thanh toán trung bình giảm từ 15 phút xuống còn khoảng 5 phút.',
        ],
        areas: ['procedures', 'digital_government'],
        state: 'published',
        goodPractice: true,
        published: [
          { channel: 'website', on: '2026-03-02', path: '/tin-tuc/thanh-toan-vien-phi-khong-dung-tien-mat' },
          { channel: 'fanpage', on: '2026-03-03', path: '/posts/thanh-toan-khong-dung-tien-mat' },
        ],
        task: 'thanh toan',
      },
      {
        by: 'CNTT',
        kind: 'article',
        title: 'Hướng dẫn đặt lịch khám qua ứng dụng',
        summary: 'Các bước đặt lịch khám trước qua ứng dụng trên điện thoại, giúp người bệnh không phải xếp hàng lấy số.',
        paragraphs: [
          'Bệnh viện hướng dẫn người bệnh đặt lịch khám qua ứng dụng: chọn chuyên khoa, chọn ngày giờ, nhập số CCCD và nhận mã đặt lịch.',
          'Khi đến bệnh viện, người bệnh quét mã tại KIOSK đăng ký khám tự động, không phải xếp hàng tại quầy tiếp đón.',
        ],
        areas: ['digital_government'],
        state: 'published',
        published: [{ channel: 'website', on: '2026-04-15', path: '/tin-tuc/huong-dan-dat-lich-kham' }],
        task: 'kiosk',
      },
      {
        by: 'editor',
        kind: 'infographic',
        title: '5 bước làm thủ tục nhập viện',
        summary: 'Infographic tóm tắt 5 bước làm thủ tục nhập viện tại Bệnh viện Sản - Nhi.',
        paragraphs: ['Bước 1: Nhận chỉ định nhập viện. Bước 2: Làm thủ tục tại quầy tiếp đón. Bước 3: Tạm ứng viện phí. Bước 4: Nhận giường bệnh. Bước 5: Được điều dưỡng hướng dẫn nội quy khoa.'],
        areas: ['procedures'],
        state: 'published',
        published: [
          { channel: 'website', on: '2026-05-20', path: '/tin-tuc/5-buoc-lam-thu-tuc-nhap-vien' },
          { channel: 'screen', on: '2026-05-21' },
        ],
        task: 'thu tuc hanh chinh',
      },
      {
        by: 'KB',
        kind: 'photo_story',
        title: 'Khoa Khám bệnh đổi mới quy trình tiếp đón người bệnh',
        summary: 'Phóng sự ảnh về quầy tiếp đón một cửa và KIOSK phát số tự động tại Khoa Khám bệnh.',
        paragraphs: ['Quầy tiếp đón một cửa được bố trí lại, có biển chỉ dẫn song ngữ và nhân viên công tác xã hội hỗ trợ người bệnh cao tuổi.'],
        areas: ['procedures'],
        state: 'approved',
        goodPractice: true,
      },
      {
        by: 'TCHC',
        kind: 'news',
        title: 'Hội nghị triển khai kế hoạch cải cách hành chính năm 2026',
        summary: 'Bệnh viện tổ chức hội nghị quán triệt kế hoạch CCHC năm 2026 tới toàn thể cán bộ chủ chốt.',
        paragraphs: ['Hội nghị đã phổ biến các chỉ tiêu CCHC năm 2026, phân công nhiệm vụ cho từng khoa, phòng và thống nhất lịch báo cáo hằng quý.'],
        areas: ['institutions'],
        state: 'submitted',
        task: 'tuyen truyen cai cach hanh chinh',
      },
      {
        by: 'DD',
        kind: 'leaflet',
        title: 'Tờ rơi: Quyền và nghĩa vụ của người bệnh khi nằm viện',
        summary: 'Tờ rơi phát tại các khoa lâm sàng.',
        paragraphs: ['Người bệnh được giải thích về tình trạng bệnh, được tôn trọng bí mật riêng tư và có trách nhiệm chấp hành nội quy bệnh viện.'],
        areas: ['procedures'],
        state: 'returned',
        returned: 'Đề nghị bổ sung số điện thoại đường dây nóng và mã QR góp ý.',
      },
      {
        by: 'CTXH',
        kind: 'banner',
        title: 'Khẩu hiệu: Người bệnh là trung tâm, sự hài lòng là thước đo',
        summary: 'Băng rôn treo tại cổng bệnh viện và sảnh Khoa Khám bệnh.',
        paragraphs: ['Khẩu hiệu hưởng ứng phong trào đổi mới phong cách, thái độ phục vụ hướng tới sự hài lòng của người bệnh.'],
        areas: ['civil_service'],
        state: 'draft',
      },
      {
        by: 'editor',
        kind: 'news',
        title: 'Thông báo lịch tiêm chủng mở rộng tháng 2/2026',
        summary: 'Lịch tiêm đã được cập nhật lại; bản tin cũ được gỡ xuống.',
        paragraphs: ['Lịch tiêm chủng mở rộng tháng 2/2026 tại Khoa Nhi được điều chỉnh do thay đổi nguồn vắc xin.'],
        areas: ['other'],
        state: 'unpublished',
        published: [{ channel: 'website', on: '2026-02-03', path: '/tin-tuc/lich-tiem-chung-thang-2' }],
      },
    ],
  },
  {
    code: 'TTYT-LCCD',
    website: 'https://ttytcamduong.laocai.gov.vn',
    fanpage: 'https://www.facebook.com/ttytcamduong',
    channels: channels('https://ttytcamduong.laocai.gov.vn', 'https://www.facebook.com/ttytcamduong', 'Màn hình tại khu vực tiếp đón', 'Giao ban trung tâm hằng tháng'),
    items: [
      {
        by: 'TRUYENTHONG',
        kind: 'news',
        title: 'Trung tâm Y tế Cam Đường tập huấn nghiệp vụ cải cách hành chính',
        summary: 'Lớp tập huấn dành cho cán bộ làm công tác CCHC của các khoa, phòng và trạm y tế.',
        paragraphs: ['Học viên được hướng dẫn cách cập nhật kết quả thực hiện nhiệm vụ, lưu tài liệu kiểm chứng và báo cáo CCHC hằng quý.'],
        areas: ['civil_service'],
        state: 'published',
        published: [{ channel: 'website', on: '2026-03-18', path: '/tin-tuc/tap-huan-cchc-2026' }],
        task: 'tap huan',
      },
      {
        by: 'KB',
        kind: 'article',
        title: 'Đăng ký khám bệnh bằng căn cước công dân gắn chip',
        summary: 'Người dân chỉ cần mang CCCD gắn chip hoặc VNeID khi đến khám, không cần thẻ BHYT giấy.',
        paragraphs: ['Từ quý II/2026, Khoa Khám bệnh tiếp nhận người bệnh bằng CCCD gắn chip; thông tin BHYT được tra cứu tự động.'],
        areas: ['digital_government', 'procedures'],
        state: 'published',
        goodPractice: true,
        published: [
          { channel: 'website', on: '2026-05-06', path: '/tin-tuc/dang-ky-kham-bang-cccd' },
          { channel: 'fanpage', on: '2026-05-06', path: '/posts/dang-ky-kham-cccd' },
        ],
        task: 'nhan rong mo hinh',
      },
      {
        by: 'editor',
        kind: 'radio_script',
        title: 'Kịch bản phát thanh: Thủ tục chuyển tuyến khám chữa bệnh BHYT',
        summary: 'Phát trên loa truyền thanh các xã, phường vào sáng thứ Hai.',
        paragraphs: ['Người có thẻ BHYT khi chuyển tuyến cần giấy chuyển tuyến do cơ sở khám bệnh ban đầu cấp, có giá trị trong năm dương lịch.'],
        areas: ['procedures'],
        state: 'published',
        published: [{ channel: 'meeting', on: '2026-06-08' }],
        task: 'tuyen truyen theo chuyen de',
      },
      {
        by: 'TCHC-TCKT',
        kind: 'event',
        title: 'Giao ban chuyên đề: Mô hình hay trong cải cách hành chính',
        summary: 'Các khoa, phòng chia sẻ cách làm sáng tạo trong CCHC quý II/2026.',
        paragraphs: ['Ba mô hình được lựa chọn gửi Sở Y tế: tiếp đón bằng CCCD, nhắn tin nhắc lịch tái khám, hòm thư góp ý điện tử.'],
        areas: ['institutions'],
        state: 'approved',
        goodPractice: true,
        task: 'cach lam sang tao',
      },
      {
        by: 'KHNV',
        kind: 'leaflet',
        title: 'Áp phích: Quy trình khám bệnh BHYT tại Trung tâm',
        summary: 'Áp phích khổ A0 đặt tại khu vực tiếp đón.',
        paragraphs: ['Sơ đồ 6 bước khám bệnh BHYT từ đăng ký đến nhận thuốc.'],
        areas: ['procedures'],
        state: 'submitted',
      },
      {
        by: 'TRUYENTHONG',
        kind: 'short_video',
        title: 'Video ngắn: Một ngày tại trạm y tế xã',
        summary: 'Video 2 phút giới thiệu dịch vụ tại trạm y tế.',
        paragraphs: ['Kịch bản quay tại trạm y tế xã Cam Đường: tiếp đón, khám bệnh, tư vấn dinh dưỡng.'],
        areas: ['other'],
        state: 'draft',
      },
    ],
  },
  {
    code: 'CDC-HT',
    website: 'https://cdchatinh.gov.vn',
    fanpage: 'https://www.facebook.com/cdchatinh',
    channels: channels('https://cdchatinh.gov.vn', 'https://www.facebook.com/cdchatinh', 'Màn hình tại phòng tiêm chủng', 'Giao ban cơ quan hằng tuần'),
    items: [
      {
        by: 'TTGDSK',
        kind: 'news',
        title: 'CDC Hà Tĩnh công khai thủ tục cấp giấy chứng nhận tiêm chủng quốc tế',
        summary: 'Thủ tục, thành phần hồ sơ và lệ phí được niêm yết tại bộ phận một cửa và trên trang thông tin.',
        paragraphs: ['Người dân có thể nộp hồ sơ trực tuyến qua Cổng Dịch vụ công quốc gia và nhận kết quả qua dịch vụ bưu chính công ích.'],
        areas: ['procedures'],
        state: 'published',
        published: [{ channel: 'website', on: '2026-04-02', path: '/tin-tuc/thu-tuc-chung-nhan-tiem-chung-quoc-te' }],
      },
      {
        by: 'TTGDSK',
        kind: 'infographic',
        title: 'Infographic: 4 bước tra cứu kết quả xét nghiệm trực tuyến',
        summary: 'Tra cứu kết quả bằng mã phiếu và số điện thoại, không cần đến nhận trực tiếp.',
        paragraphs: ['Bước 1: Truy cập trang tra cứu. Bước 2: Nhập mã phiếu. Bước 3: Nhập số điện thoại. Bước 4: Tải kết quả có chữ ký số.'],
        areas: ['digital_government'],
        state: 'published',
        goodPractice: true,
        published: [
          { channel: 'website', on: '2026-06-12', path: '/tin-tuc/tra-cuu-ket-qua-xet-nghiem' },
          { channel: 'zalo', on: '2026-06-12' },
        ],
      },
      {
        by: 'TCHC',
        kind: 'news',
        title: 'Sơ kết công tác cải cách hành chính 6 tháng đầu năm 2026',
        summary: 'Kết quả thực hiện các nhiệm vụ CCHC 6 tháng đầu năm và nhiệm vụ trọng tâm 6 tháng cuối năm.',
        paragraphs: ['100% thủ tục hành chính được niêm yết công khai; 98% hồ sơ được giải quyết đúng hạn.'],
        areas: ['institutions'],
        state: 'approved',
      },
      {
        by: 'TTGDSK',
        kind: 'event',
        title: 'Tập huấn truyền thông phòng chống dịch bệnh mùa hè',
        summary: 'Tập huấn cho cán bộ truyền thông tuyến huyện.',
        paragraphs: ['Nội dung: kỹ năng viết tin, chụp ảnh và đăng tải thông tin chính xác, kịp thời.'],
        areas: ['other'],
        state: 'submitted',
      },
      {
        by: 'editor',
        kind: 'banner',
        title: 'Khẩu hiệu hưởng ứng Ngày Chuyển đổi số quốc gia',
        summary: 'Pano tại cổng cơ quan.',
        paragraphs: ['Chuyển đổi số vì sức khỏe cộng đồng.'],
        areas: ['digital_government'],
        state: 'draft',
      },
    ],
  },
];
