import type { Page } from 'playwright-core';
import { openBrowserSession, type BrowserSession } from '../support/browser-session';

/**
 * The legal-document registry end to end, in Chromium against the real server: a hospital's CCHC
 * coordinator finds a resolution the demo plans cite, has the recogniser read a "Căn cứ…" sentence
 * and adds the circular it names, which the registry did not hold, from the prefilled form.
 * Screenshots of each step go to test-results/ for a person to look at.
 */

const CITED = '76/NQ-CP';
const NEW_CODE = '01/2023/TT-BYT';
const BASIS = `Căn cứ Thông tư số ${NEW_CODE} ngày 05/01/2023 của Bộ Y tế`;

let session: BrowserSession;
let page: Page;

beforeAll(async () => {
  session = await openBrowserSession({ shots: 'e2e-legal-documents' });
  ({ page } = session);
});

afterAll(() => session?.close());

const shot = (name: string) => session.shot(name, { fullPage: true });
const signIn = (username: string, password?: string) => session.signIn(username, password);

const registry = () => page.locator('.legal-registry');
const recogniser = () => page.locator('.citation-card');

async function search(text: string): Promise<void> {
  const box = registry().getByPlaceholder('Tìm theo số ký hiệu, cơ quan ban hành, trích yếu');
  await box.fill(text);
  await box.press('Enter');
}

describe('staff web app: legal documents', () => {
  it('lets the coordinator find a document the demo plans cite', async () => {
    await signIn('bvsn.coordinator');
    await page.getByRole('navigation', { name: 'Danh mục chức năng' }).getByRole('link', { name: 'Văn bản pháp lý' }).click();
    await page.waitForURL('**/van-ban-phap-ly');
    await page.getByRole('heading', { name: 'Văn bản pháp lý' }).waitFor();
    await page.getByRole('button', { name: 'Thêm văn bản' }).waitFor();

    await search(CITED.toLowerCase());
    const row = registry().getByRole('row').filter({ has: page.getByRole('cell', { name: CITED, exact: true }) });
    await row.waitFor();
    await row.getByRole('cell', { name: 'Nghị quyết', exact: true }).waitFor();
    await row.getByRole('cell', { name: '15/07/2021', exact: true }).waitFor();
    await row.getByRole('cell', { name: 'Chính phủ', exact: true }).waitFor();
    await shot('01-registry-search');
  });

  it('recognises a citation and adds the document the registry lacks', async () => {
    await recogniser().getByLabel('Đoạn văn cần nhận diện').fill(BASIS);
    await recogniser().getByRole('button', { name: 'Nhận diện' }).click();
    const cited = recogniser().getByRole('row').filter({ has: page.getByRole('cell', { name: NEW_CODE, exact: true }) });
    await cited.getByRole('cell', { name: 'Thông tư', exact: true }).waitFor();
    await cited.getByRole('cell', { name: '05/01/2023', exact: true }).waitFor();
    await cited.getByRole('cell', { name: 'Bộ Y tế', exact: true }).waitFor();
    const add = cited.getByRole('button', { name: 'Thêm vào danh mục' });
    await add.waitFor();
    await shot('02-citation-recognised');

    await add.click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Thêm văn bản vào danh mục').waitFor();
    await expect(dialog.getByLabel('Số ký hiệu').inputValue()).resolves.toBe(NEW_CODE);
    await expect(dialog.getByLabel('Cơ quan ban hành').inputValue()).resolves.toBe('Bộ Y tế');
    await expect(dialog.getByLabel('Ngày ban hành').inputValue()).resolves.toBe('05/01/2023');
    await dialog.getByLabel('Trích yếu').fill('Hướng dẫn thực hiện (kiểm thử E2E)');
    // Let the dialog finish zooming in, so the screenshot shows it as a person sees it.
    await page.waitForFunction(() => !document.querySelector('.ant-zoom-appear, .ant-zoom-enter'));
    await shot('03-add-form-prefilled');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'detached' });

    await cited.getByText('Đã có trong danh mục').waitFor();
    await search(NEW_CODE.toLowerCase());
    const row = registry().getByRole('row').filter({ has: page.getByRole('cell', { name: NEW_CODE, exact: true }) });
    await row.getByRole('cell', { name: '05/01/2023', exact: true }).waitFor();
    await row.getByRole('cell', { name: 'Bộ Y tế', exact: true }).waitFor();
    await row.getByRole('button', { name: `Sửa văn bản ${NEW_CODE}` }).waitFor();
    await shot('04-document-added');
  });
});
