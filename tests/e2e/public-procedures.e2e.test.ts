import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { expectFitsPhone as fitsPhone, openCitizenPhone, type CitizenPhone } from '../support/citizen-phone';

/**
 * The citizen pages of procedures and of the year's progress in Chromium on a 360 × 740 phone with
 * JavaScript switched off (issue 13): search without diacritics and the field filter by plain form,
 * one procedure within the screen, its posting sheet printed on A4, and the progress bars. Screenshots
 * go to test-results/public/ (look at them).
 */

const SHOTS = resolve('test-results', 'public');

let phone: CitizenPhone;
let page: Page;
let url = '';

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  // The demo's lived year: procedures with their decisions and postings, plans issued in January.
  phone = await openCitizenPhone({ demoHistory: true });
  ({ page, url } = phone);
}, 120_000);

afterAll(() => phone?.close());

const expectFitsPhone = () => fitsPhone(page);

it('finds a procedure typed without diacritics and filters by field, by plain form', async () => {
  expect((await page.goto(`${url}/p/bvsn/thu-tuc`))!.status()).toBe(200);
  const all = await page.locator('article.procedure').count();
  expect(all).toBeGreaterThan(3);
  await expectFitsPhone();
  await page.screenshot({ path: `${SHOTS}/procedures-360-full.png`, fullPage: true });

  await page.getByLabel('Tìm thủ tục').fill('tom tat ho so benh an');
  await page.getByRole('button', { name: 'Tìm' }).click();
  await page.waitForURL(/q=tom\+tat/);
  expect(await page.locator('article.procedure').count()).toBe(1);
  await expect.poll(() => page.locator('article.procedure h3').textContent()).toContain('tóm tắt');

  await page.goto(`${url}/p/bvsn/thu-tuc`);
  await page.getByLabel('Lĩnh vực').selectOption('Bảo hiểm y tế');
  await page.getByRole('button', { name: 'Tìm' }).click();
  await page.waitForURL(/linh-vuc=/);
  const filtered = await page.locator('article.procedure').count();
  expect(filtered).toBeGreaterThan(0);
  expect(filtered).toBeLessThan(all);
  expect(await page.locator('h2.group').allTextContents()).toEqual(['Bảo hiểm y tế']);
});

it('reads one procedure within the screen, with its steps, dossier and sheet link', async () => {
  await page.goto(`${url}/p/bvsn/thu-tuc?q=${encodeURIComponent('tom tat')}`);
  await page.locator('article.procedure h3 a').first().click();
  await page.waitForURL(/\/p\/bvsn\/thu-tuc\/[^/?]+$/);
  for (const heading of ['Trình tự thực hiện', 'Thành phần hồ sơ', 'Căn cứ pháp lý', 'Quá trình ban hành, sửa đổi']) await expect.poll(() => page.getByRole('heading', { name: heading }).count()).toBe(1);
  await expectFitsPhone();
  await page.screenshot({ path: `${SHOTS}/procedure-360-full.png`, fullPage: true });
  await page.getByRole('link', { name: 'In tờ niêm yết (khổ A4)' }).click();
  await page.waitForURL(/\/niem-yet$/);
  const qr = page.locator('.qr img');
  await expect.poll(() => qr.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(200);
  await expectFitsPhone();
  await page.screenshot({ path: `${SHOTS}/posting-sheet-360.png`, fullPage: true });
});

it('prints the posting sheet on A4 without the screen hint, in at most two pages', async () => {
  const sheet = await phone.browser.newPage();
  await sheet.goto(`${url}/p/bvsn/thu-tuc/BVSN-TT-01/niem-yet`);
  await sheet.emulateMedia({ media: 'print' });
  expect(await sheet.locator('.print-hint').isVisible()).toBe(false);
  const pdf = await sheet.pdf({ format: 'A4', preferCSSPageSize: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(2);
  await sheet.close();
});

it('shows the year’s progress with a bar per reform area, on the phone', async () => {
  expect((await page.goto(`${url}/p/bvsn/ke-hoach`))!.status()).toBe(200);
  await page.waitForURL(/\/p\/bvsn\/ke-hoach\/\d{4}$/);
  expect(await page.locator('.areas-progress > li').count()).toBeGreaterThan(2);
  expect(await page.locator('.bar .bar-done').count()).toBeGreaterThan(0);
  await expectFitsPhone();
  await page.screenshot({ path: `${SHOTS}/progress-360-full.png`, fullPage: true });
});
