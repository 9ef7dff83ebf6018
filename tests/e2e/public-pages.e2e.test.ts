import { mkdirSync } from 'node:fs';
import { get } from 'node:http';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expectFitsPhone as fitsPhone, openCitizenPhone, PHONE, type CitizenPhone } from '../support/citizen-phone';
import { insertItem } from '../support/media-fixtures';
import { insertFile } from '../support/public-media-fixtures';

/**
 * The citizen pages in Chromium on a 360 × 740 phone with JavaScript switched off: nothing wider
 * than the screen, searching and paging by plain form and links, one item with its picture, table
 * and attachment. Screenshots go to test-results/public/ (look at them).
 */

const SHOTS = resolve('test-results', 'public');

let phone: CitizenPhone;
let page: Page;
let url = '';
let reformSlug = '';

/** A picture worth looking at in a screenshot, drawn by the browser itself. */
async function coverPicture(b: Browser): Promise<Buffer> {
  const p = await b.newPage({ viewport: { width: 640, height: 360 } });
  await p.setContent('<body style="margin:0;background:linear-gradient(135deg,#0b4f8a,#1a7f37);display:flex;align-items:center;justify-content:center;height:100vh;color:#fff;font:bold 48px sans-serif">Quầy tiếp đón</body>');
  const png = await p.screenshot();
  await p.close();
  return png;
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  phone = await openCitizenPhone({}, async (store, config, browser) => {
    const db = store.db;
    await db.deleteFrom('good_practice_submissions').execute();
    await db.deleteFrom('media_items').execute();
    for (let n = 1; n <= 12; n++) {
      await insertItem(db, { bodyCode: 'BVSN', title: `Giao ban công tác cải cách hành chính tháng ${n}/2026`, summary: `Đánh giá kết quả thực hiện nhiệm vụ CCHC tháng ${n}, triển khai nhiệm vụ tháng tiếp theo.`, kind: n % 3 === 0 ? 'event' : 'news', publications: [['website', `2026-${String(n).padStart(2, '0')}-05`]] });
    }
    const reform = await insertItem(db, {
      bodyCode: 'BVSN',
      title: 'Bệnh viện Sản - Nhi triển khai đặt lịch khám trực tuyến và thanh toán viện phí không dùng tiền mặt',
      summary: 'Từ tháng 12/2026 người bệnh đặt lịch khám qua ứng dụng, quét mã QR để thanh toán, không phải xếp hàng.',
      kind: 'article',
      reformAreas: ['procedures', 'digital_government'],
      bodyHtml:
        '<p>Thực hiện Kế hoạch số 03/KH-BVSN, bệnh viện đưa vào sử dụng <strong>ứng dụng đặt lịch khám</strong> tại địa chỉ https://datlich.benhviensannhilaocai.example.vn/dang-ky-kham-benh-truc-tuyen-cho-nguoi-benh.</p>' +
        '<h2>Các bước đặt lịch</h2><ol><li>Chọn khoa khám.</li><li>Chọn ngày, giờ.</li><li>Nhận mã xác nhận qua Zalo.</li></ol>' +
        '<table><thead><tr><th>Hình thức</th><th>Thời gian chờ trước đây</th><th>Thời gian chờ hiện nay</th><th>Ghi chú</th></tr></thead><tbody><tr><td>Đặt lịch trực tuyến</td><td>45 phút</td><td>10 phút</td><td>Áp dụng cho khám theo yêu cầu</td></tr></tbody></table>' +
        '<blockquote>Người bệnh không phải xếp hàng từ sáng sớm.</blockquote>',
      publications: [['website', '2026-12-01', 'https://benhviensannhilaocai.example.vn/tin-tuc/dat-lich'], ['fanpage', '2026-12-02', 'https://facebook.example/bvsn/posts/1'], ['meeting', '2026-12-03']],
  });
  reformSlug = (await db.selectFrom('media_items').select('slug').where('id', '=', reform).executeTakeFirstOrThrow()).slug;
  await insertFile(db, config.dataDir, reform, { kind: 'image', name: 'quay-tiep-don.png', mediaType: 'image/png', bytes: await coverPicture(browser) });
  await insertFile(db, config.dataDir, reform, { kind: 'attachment', name: 'Hướng dẫn đặt lịch khám.pdf', mediaType: 'application/pdf', bytes: Buffer.from('%PDF-1.4\n%%EOF\n') });
  });
  ({ page, url } = phone);
});

afterAll(() => phone?.close());

const expectFitsPhone = () => fitsPhone(page);

it('reads the news list on a phone without JavaScript, searching and paging by plain links', async () => {
  const res = await page.goto(`${url}/p/bvsn/tin-tuc`);
  expect(res!.status()).toBe(200);
  await expect.poll(() => page.title()).toContain('Tin tức cải cách hành chính');
  expect(await page.locator('ol.items > li').count()).toBe(10);
  await expectFitsPhone();
  await page.screenshot({ path: `${SHOTS}/list-360.png` });
  await page.screenshot({ path: `${SHOTS}/list-360-full.png`, fullPage: true });

  await page.getByRole('link', { name: 'Trang sau »' }).click();
  await page.waitForURL('**/p/bvsn/tin-tuc?trang=2');
  expect(await page.locator('ol.items > li').count()).toBe(3);

  await page.getByLabel('Tìm tin bài').fill('thanh toan khong dung tien mat');
  await page.getByRole('button', { name: 'Tìm' }).click();
  await page.waitForURL(/q=thanh\+toan/);
  expect(await page.locator('ol.items > li').count()).toBe(1);
  await expectFitsPhone();
  await page.screenshot({ path: `${SHOTS}/search-360.png` });
});

it('reads one item with its picture, table, attachment and channels within the screen', async () => {
  await page.goto(`${url}/p/bvsn/tin-tuc?q=${encodeURIComponent('dat lich kham')}`);
  await page.locator('ol.items h2 a').first().click();
  await page.waitForURL(`**/p/bvsn/tin-tuc/${reformSlug}`);
  await expect.poll(() => page.locator('h1').textContent()).toContain('đặt lịch khám trực tuyến');
  const cover = page.locator('img.cover');
  await expect.poll(() => cover.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(640);
  expect((await cover.boundingBox())!.width).toBeLessThanOrEqual(PHONE.width);
  await expectFitsPhone();
  await page.screenshot({ path: `${SHOTS}/item-360.png` });
  await page.screenshot({ path: `${SHOTS}/item-360-full.png`, fullPage: true });
  const attachment = page.getByRole('link', { name: 'Hướng dẫn đặt lịch khám.pdf' });
  expect(await attachment.getAttribute('href')).toMatch(/^\/p\/bvsn\/tep\//);
});

it('says plainly in Vietnamese when a page does not exist', async () => {
  const res = await page.goto(`${url}/p/bvsn/tin-tuc/tin-khong-con-nua`);
  expect(res!.status()).toBe(404);
  expect(await page.locator('h1').textContent()).toBe('Không tìm thấy trang');
  await expectFitsPhone();
  await page.screenshot({ path: `${SHOTS}/not-found-360.png` });
});

/** The bytes a phone receives for an address: as sent (compressed when asked) and unpacked. */
function weigh(address: string, encoding: string): Promise<{ sent: number; encoding: string | undefined }> {
  return new Promise((done, fail) => {
    get(address, { headers: { 'accept-encoding': encoding } }, (res) => {
      let sent = 0;
      res.on('data', (chunk: Buffer) => (sent += chunk.length));
      res.on('end', () => done({ sent, encoding: res.headers['content-encoding'] }));
    }).on('error', fail);
  });
}

it('stays light for a slow line: page and style sheet under 30 KB compressed', async () => {
  const lines: string[] = [];
  for (const path of ['/p/bvsn/tin-tuc', `/p/bvsn/tin-tuc/${reformSlug}`, '/p/bvsn/tin-tuc/feed.atom']) {
    const html = await fetch(url + path).then((r) => r.text());
    const css = html.match(/href="(\/p\/_assets\/[^"]+)"/)?.[1];
    const raw = (await weigh(url + path, 'identity')).sent + (css ? (await weigh(url + css, 'identity')).sent : 0);
    const br = await weigh(url + path, 'br');
    const cssBr = css ? (await weigh(url + css, 'br')).sent : 0;
    lines.push(`${path}: ${raw} B raw, ${br.sent + cssBr} B with ${br.encoding ?? 'identity'} (page + CSS)`);
    expect(br.sent + cssBr).toBeLessThan(30 * 1024);
  }
  console.log(`Public page weight:\n  ${lines.join('\n  ')}`);
});
