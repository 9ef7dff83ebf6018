import type { Page } from 'playwright-core';
import { openBrowserSession, type BrowserSession } from '../support/browser-session';

/**
 * Good practices, counts and targets in Chromium against the real server: the hospital's editor ticks
 * two of its published good practices and sends them to the department of health; the department's
 * editor chooses one; the hospital sees it chosen. The statistics page draws its charts for the
 * department and the hospital, and a hospital plan shows its communication targets against the counts.
 * Screenshots go to test-results/media-insights/.
 */

let session: BrowserSession;
let page: Page;
const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
const year = Number(today.slice(0, 4));
const month = today.slice(0, 7);
type Totals = { items: number; published: number };
/** What the demo had already published this year (none today, but the demo may grow): the story adds to it. */
const before: Record<'bvsn' | 'syt', Totals> = { bvsn: { items: 0, published: 0 }, syt: { items: 0, published: 0 } };
const totalLine = (base: Totals, items: number, published: number) => `${base.items + items} tin bài, ${base.published + published} lượt đăng`;

/** The API as a signed-in person, for setting up what the story starts from. */
async function apiAs(username: string) {
  const { url, demoPassword } = session.server;
  const login = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: demoPassword }) });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  return async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${url}${path}`, { method, headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) }, body: body === undefined ? undefined : JSON.stringify(body) });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
}

/** An item taken through the workflow to published, on each channel and day given. */
async function publish(username: string, item: { title: string; kind: string; summary: string; goodPractice: boolean; reformAreas: string[] }, on: [string, string][]) {
  const api = await apiAs(username);
  const { id } = await api<{ id: string }>('POST', '/api/media-items', { ...item, bodyHtml: `<p>${item.summary}</p>` });
  await api('POST', `/api/media-items/${id}/transition`, { to: 'submitted' });
  await api('POST', `/api/media-items/${id}/transition`, { to: 'approved' });
  for (const [channel, publishedAt] of on) await api('POST', `/api/media-items/${id}/transition`, { to: 'published', channel, publishedAt, url: `https://bvsannhi.laocai.gov.vn/tin/${id}/${channel}` });
  return id;
}

beforeAll(async () => {
  session = await openBrowserSession({ shots: 'media-insights', viewport: { width: 1280, height: 900 } });
  ({ page } = session);
  const period = `from=${year}-01-01&to=${year}-12-31`;
  before.bvsn = (await (await apiAs('bvsn.director'))<{ total: Totals }>('GET', `/api/media-stats?${period}`)).total;
  before.syt = (await (await apiAs('syt-lc.director'))<{ total: Totals }>('GET', `/api/media-stats?${period}&scope=children`)).total;
  const early = `${year}-01-15`;
  const spring = `${year}-04-08`;
  await publish('bvsn.editor', { title: 'Ki-ốt đăng ký khám bệnh bằng căn cước công dân', kind: 'news', summary: 'Người bệnh tự đăng ký khám tại ki-ốt, giảm thời gian chờ ở quầy tiếp đón.', goodPractice: true, reformAreas: ['procedures', 'digital_government'] }, [['website', today], ['fanpage', today]]);
  await publish('bvsn.editor', { title: 'Thanh toán viện phí không dùng tiền mặt', kind: 'infographic', summary: 'Quét mã QR để thanh toán viện phí tại mọi quầy thu.', goodPractice: true, reformAreas: ['public_finance'] }, [['website', today]]);
  await publish('bvsn.editor', { title: 'Trả kết quả xét nghiệm qua Zalo', kind: 'short_video', summary: 'Kết quả xét nghiệm gửi tới người bệnh qua tài khoản Zalo chính thức của bệnh viện.', goodPractice: true, reformAreas: ['digital_government'] }, [['zalo', today]]);
  await publish('bvsn.editor', { title: 'Hội nghị triển khai kế hoạch CCHC năm ' + year, kind: 'event', summary: 'Ban Giám đốc quán triệt nhiệm vụ cải cách hành chính.', goodPractice: false, reformAreas: ['communication'] }, [['meeting', early], ['website', early]]);
  await publish('bvsn.editor', { title: 'Tờ gấp hướng dẫn dịch vụ công trực tuyến', kind: 'leaflet', summary: 'Hướng dẫn nộp hồ sơ trực tuyến.', goodPractice: false, reformAreas: ['procedures'] }, [['bulletin', spring]]);
  await publish('ttyt-lccd.editor', { title: 'Một cửa điện tử tại Trung tâm Y tế', kind: 'article', summary: 'Tiếp nhận, trả kết quả hồ sơ qua phần mềm một cửa.', goodPractice: true, reformAreas: ['procedures'] }, [['website', spring]]);
  await publish('ttyt-lccd.editor', { title: 'Sổ sức khỏe điện tử', kind: 'news', summary: 'Hướng dẫn người dân cài đặt VNeID để dùng sổ sức khỏe điện tử.', goodPractice: true, reformAreas: ['digital_government'] }, [['fanpage', today]]);
  const ttyt = await apiAs('ttyt-lccd.editor');
  const { candidates } = await ttyt<{ candidates: { id: string }[] }>('GET', `/api/good-practices?month=${month}`);
  await ttyt('POST', '/api/good-practices/submissions', { month, itemIds: candidates.map((c) => c.id) });
});

afterAll(() => session?.close());

const shot = (name: string) => session.shot(name, { fullPage: true });

it("sends a hospital's good practices of the month to the department of health", async () => {
  await session.signIn('bvsn.editor');
  await page.goto(`${session.server.url}/truyen-thong/mo-hinh-hay`);
  await page.getByRole('heading', { name: 'Cách làm sáng tạo, mô hình hay' }).waitFor();
  const candidates = page.locator('.insights-card').filter({ hasText: 'Mô hình hay chưa gửi trong tháng' });
  await candidates.getByText('Trả kết quả xét nghiệm qua Zalo').waitFor();
  for (const title of ['Ki-ốt đăng ký khám bệnh bằng căn cước công dân', 'Thanh toán viện phí không dùng tiền mặt']) {
    await candidates.locator('tr').filter({ has: page.getByText(title, { exact: true }) }).getByRole('checkbox').check();
  }
  await shot('01-body-ticks-good-practices');
  await candidates.getByRole('button', { name: 'Gửi Sở Y tế (2)' }).click();
  await page.getByText('Đã gửi 2 mô hình hay về Sở Y tế.').waitFor();
  const sent = page.locator('.insights-card').filter({ hasText: 'Đã gửi trong tháng' });
  await expect.poll(() => sent.getByText('Chờ Sở xem xét').count()).toBe(2);
  await candidates.getByText('Trả kết quả xét nghiệm qua Zalo').waitFor();
  await expect.poll(() => candidates.getByText('Thanh toán viện phí không dùng tiền mặt', { exact: true }).count()).toBe(0);
  await shot('02-body-sent');
  await session.signOut();
});

it("lets the department of health choose among its bodies' submissions, and the hospital see the choice", async () => {
  await session.signIn('syt-lc.editor');
  await page.goto(`${session.server.url}/truyen-thong/mo-hinh-hay`);
  const hospital = page.locator('.insights-card').filter({ hasText: 'Bệnh viện Sản - Nhi tỉnh Lào Cai' });
  await hospital.getByText('2 mô hình, đã chọn 0').waitFor();
  await page.locator('.insights-card').filter({ hasText: 'Trung tâm Y tế khu vực Lào Cai - Cam Đường' }).getByText('Sổ sức khỏe điện tử', { exact: true }).waitFor();
  await hospital.locator('tr', { hasText: 'Ki-ốt đăng ký khám bệnh' }).getByRole('button', { name: 'Chọn đăng' }).click();
  await hospital.getByText('2 mô hình, đã chọn 1').waitFor();
  await shot('03-department-chooses');
  await session.signOut();

  await session.signIn('bvsn.editor');
  await page.goto(`${session.server.url}/truyen-thong/mo-hinh-hay`);
  const sent = page.locator('.insights-card').filter({ hasText: 'Đã gửi trong tháng' });
  await sent.locator('tr', { hasText: 'Ki-ốt đăng ký khám bệnh' }).getByText('Được Sở chọn đăng').waitFor();
  await sent.locator('tr').filter({ has: page.getByText('Thanh toán viện phí không dùng tiền mặt', { exact: true }) }).getByText('Chờ Sở xem xét').waitFor();
  await shot('04-body-sees-choice');
});

it('draws the counts by channel, kind and month, with the same numbers in tables', async () => {
  await page.goto(`${session.server.url}/truyen-thong/thong-ke?nam=${year}`);
  await page.getByText(totalLine(before.bvsn, 5, 7)).waitFor();
  await expect.poll(() => page.locator('.insights-charts svg').count()).toBeGreaterThanOrEqual(3);
  await page.locator('.ant-card').filter({ hasText: 'Theo kênh đăng' }).locator('tr', { hasText: 'Trang thông tin điện tử' }).waitFor();
  await shot('05-hospital-statistics');
  await session.signOut();

  await session.signIn('syt-lc.director');
  await page.goto(`${session.server.url}/truyen-thong/thong-ke?nam=${year}`);
  await page.getByText(totalLine(before.syt, 7, 9)).waitFor();
  await page.locator('.ant-card').filter({ hasText: 'Theo đơn vị' }).getByText('Trung tâm Y tế khu vực Lào Cai - Cam Đường').waitFor();
  await expect.poll(() => page.locator('.insights-charts svg').count()).toBeGreaterThanOrEqual(4);
  await shot('06-department-statistics');
  await session.signOut();
});

it("shows a hospital plan's communication targets against what was published", async () => {
  const api = await apiAs('bvsn.coordinator');
  const targets = [
    { text: 'Đăng tải ít nhất 12 tin, bài về CCHC trên trang thông tin điện tử của Bệnh viện', value: 12, unit: 'tin bài', comparator: 'at_least' },
    { text: 'Mỗi quý ít nhất 01 tin bài về cải cách hành chính', value: 1, unit: 'tin bài', comparator: 'at_least' },
    { text: '100% khoa, phòng có tin bài tuyên truyền CCHC', value: 100, unit: '%', comparator: 'exactly' },
    { text: '100% thủ tục hành chính được niêm yết công khai', value: 100, unit: '%', comparator: 'exactly' },
  ];
  const plan = await api<{ id: string }>('POST', '/api/plans', {
    kind: 'communication',
    year,
    title: `Tuyên truyền công tác cải cách hành chính năm ${year}`,
    content: { bases: [], introduction: null, sections: [], targets, closing: null, recipients: [] },
  });
  await session.signIn('bvsn.coordinator');
  await page.goto(`${session.server.url}/ke-hoach/${plan.id}?tab=targets`);
  const card = page.locator('.ant-card').filter({ hasText: 'Chỉ tiêu tuyên truyền' });
  await card.locator('.ant-list-item', { hasText: 'ít nhất 12 tin' }).getByText(/\d+ tin bài đã đăng trên Trang thông tin điện tử trong năm/).waitFor();
  await card.locator('.ant-list-item', { hasText: 'niêm yết' }).getByText('Không theo dõi tự động', { exact: true }).waitFor();
  await shot('07-plan-communication-targets');
});
