import type { BrowserContext, Page } from 'playwright-core';
import { openBrowserSession, type BrowserSession } from '../support/browser-session';
import { expectFitsPhone, openPhonePage } from '../support/citizen-phone';

/**
 * Issue 14 end to end, in Chromium against the real server and the demo: on a 360 px phone without
 * JavaScript a citizen sends feedback to Bệnh viện Sản - Nhi with a name, an e-mail and consent, gets the
 * tracking code and follows it; the hospital's CCHC coordinator (desktop) finds it in /phan-anh, assigns it
 * to the social-work team, answers it and publishes the answer; the citizen reloads the tracking page and
 * reads the answer; the citizen's name and e-mail appear on no public page. Screenshots in test-results/e2e-feedback/.
 */

const SUBJECT = 'Đề nghị bố trí thêm ghế chờ tại Khoa Khám bệnh buổi sáng';
const CONTENT = 'Sáng thứ Hai khu chờ Khoa Khám bệnh rất đông, nhiều người bế con nhỏ phải đứng chờ lâu. Đề nghị bệnh viện bố trí thêm ghế.';
/** Personal data nowhere in the demo, so finding it anywhere public is a leak. */
const NAME = 'Đinh Thị Quỳnh Hương';
const EMAIL = 'quynh.huong.e2e@example.vn';
const UNIT = 'Tổ Công tác xã hội và Truyền thông';
const ANSWER = 'Bệnh viện đã bổ sung 20 ghế chờ tại sảnh Khoa Khám bệnh từ ngày hôm nay. Cảm ơn Ông/bà đã góp ý.';

let session: BrowserSession;
let staff: Page;
let phoneContext: BrowserContext;
let citizen: Page;
let trackingUrl: string;
let trackingCode: string;

beforeAll(async () => {
  session = await openBrowserSession({ shots: 'e2e-feedback', viewport: { width: 1440, height: 900 } });
  staff = session.page;
  ({ context: phoneContext, page: citizen } = await openPhonePage(session.browser));
});

afterAll(async () => {
  await phoneContext?.close();
  await session?.close();
});

const phoneShot = (name: string) => session.shot(name, { fullPage: true, page: citizen });
const noPersonalData = async (page: Page) => {
  const html = await page.content();
  expect(html).not.toContain(NAME);
  expect(html).not.toContain(EMAIL);
};

describe('citizens’ feedback from a phone to the handler and back', () => {
  it('lets a citizen send feedback on a phone and follow it with the code', async () => {
    await citizen.goto(`${session.server.url}/p/bvsn/phan-anh`);
    await citizen.getByRole('heading', { name: 'Gửi phản ánh, kiến nghị' }).waitFor();
    await citizen.getByLabel('Tiêu đề').fill(SUBJECT);
    await citizen.getByLabel('Nội dung').fill(CONTENT);
    await citizen.getByLabel('Họ và tên').fill(NAME);
    await citizen.getByLabel(/^Thư điện tử/).fill(EMAIL);
    await citizen.getByLabel(/^Tôi đồng ý/).check();
    await expectFitsPhone(citizen);
    await phoneShot('01-phone-form');
    await citizen.getByRole('button', { name: 'Gửi phản ánh' }).click();

    await citizen.getByText('Đã gửi phản ánh').waitFor();
    trackingCode = (await citizen.locator('.tracking-code').innerText()).trim();
    // Short and unambiguous: 8 characters without 0/O, 1/I/L, shown in two groups of four.
    expect(trackingCode).toMatch(/^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);
    trackingUrl = citizen.url().replace(/\?.*$/, '');
    await citizen.getByText('Đã tiếp nhận', { exact: true }).waitFor();
    await noPersonalData(citizen);
    await expectFitsPhone(citizen);
    await phoneShot('02-phone-code');

    // Later, from the form's lookup box, as a citizen who wrote the code down (in lower case, without the dash).
    await citizen.goto(`${session.server.url}/p/bvsn/phan-anh`);
    await citizen.getByLabel(/^Mã tra cứu/).fill(trackingCode.replace('-', '').toLowerCase());
    await citizen.getByRole('button', { name: 'Tra cứu' }).click();
    await citizen.getByRole('heading', { name: 'Tình trạng phản ánh' }).waitFor();
    await citizen.getByText(SUBJECT).waitFor();
    expect(citizen.url().replace(/\?.*$/, '')).toBe(trackingUrl);
    await noPersonalData(citizen);
  });

  it('lets the coordinator find it, assign it, answer it and publish the answer', async () => {
    await session.signIn('bvsn.coordinator');
    await staff.getByRole('navigation', { name: 'Danh mục chức năng' }).getByRole('link', { name: 'Phản ánh, kiến nghị' }).click();
    await staff.waitForURL('**/phan-anh');
    await staff.getByRole('heading', { name: 'Phản ánh, kiến nghị' }).waitFor();
    await staff.getByRole('region', { name: 'Số liệu phản ánh theo bộ lọc' }).getByText('Đúng hạn').waitFor();
    const search = staff.getByPlaceholder('Tìm theo mã theo dõi, tiêu đề');
    await search.fill(trackingCode);
    await search.press('Enter');
    const row = staff.locator('.feedback-list').getByRole('row').filter({ hasText: trackingCode });
    await row.getByText('Đã tiếp nhận', { exact: true }).waitFor();
    await row.getByText('Trang phản ánh trực tuyến').waitFor();
    await session.shot('03-list');
    await row.getByRole('link', { name: SUBJECT }).click();

    await staff.getByRole('heading', { name: SUBJECT }).waitFor();
    // The coordinator handles it, so the sender's contact is shown to them (and only in the staff app).
    await staff.getByText(NAME, { exact: true }).waitFor();
    await staff.getByText(EMAIL, { exact: true }).waitFor();

    await staff.getByRole('button', { name: 'Giao xử lý', exact: true }).click();
    let dialog = staff.getByRole('dialog');
    await dialog.getByText(`Giao xử lý phản ánh ${trackingCode}`).waitFor();
    const unitOption = staff.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${UNIT}"]`);
    await session.openUntil(dialog.getByRole('combobox', { name: 'Khoa, phòng xử lý' }), unitOption);
    await unitOption.click();
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'detached' });
    await staff.locator('.feedback-facts').getByText('Đang xử lý', { exact: true }).waitFor();
    await staff.locator('.feedback-events').getByText('Giao xử lý', { exact: true }).waitFor();

    await staff.getByRole('button', { name: 'Trả lời', exact: true }).click();
    dialog = staff.getByRole('dialog');
    await dialog.getByText(`Trả lời phản ánh ${trackingCode}`).waitFor();
    await dialog.getByLabel('Nội dung trả lời').fill(ANSWER);
    await dialog.getByRole('switch', { name: 'Công bố câu trả lời' }).click();
    await expect(dialog.getByRole('switch', { name: 'Công bố câu trả lời' }).getAttribute('aria-checked')).resolves.toBe('true');
    await session.shot('04-answer');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'detached' });
    await staff.locator('.feedback-facts').getByText('Đã trả lời', { exact: true }).waitFor();
    await staff.getByText('Đã công bố trên trang tra cứu').waitFor();
    await staff.locator('.feedback-answer').getByText(ANSWER).waitFor();
    await session.shot('05-answered', { fullPage: true });

    // The link to the citizen's page is the one the citizen follows.
    const href = await staff.getByRole('link', { name: 'Trang tra cứu của người dân' }).getAttribute('href');
    expect(new URL(href!, session.server.url).pathname).toBe(new URL(trackingUrl).pathname);
  });

  it('shows the citizen the published answer, and the name on no public page', async () => {
    await citizen.goto(trackingUrl);
    await citizen.getByText('Đã trả lời', { exact: true }).waitFor();
    await citizen.getByRole('heading', { name: 'Trả lời của đơn vị' }).waitFor();
    await citizen.getByText(ANSWER).waitFor();
    await expectFitsPhone(citizen);
    await phoneShot('06-phone-answer');
    for (const path of [new URL(trackingUrl).pathname, '/p/bvsn/phan-anh', '/p/bvsn']) {
      await citizen.goto(`${session.server.url}${path}`);
      await noPersonalData(citizen);
    }
  });
});
