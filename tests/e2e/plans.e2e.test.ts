import type { Page } from 'playwright-core';
import { openBrowserSession, type BrowserSession } from '../support/browser-session';

/**
 * Plans end to end, in Chromium against the real server: a hospital's CCHC coordinator drafts the
 * hospital's plan from the department of health's issued plan, gives two tasks to a department in
 * the spreadsheet, saves and submits it; the director issues it and it takes the register's number.
 * Screenshots of each step go to test-results/ for a person to look at.
 */

const DEPARTMENT = 'Phòng Tổ chức Hành chính';
const NEW_DEADLINE = 'Quý II–III/2026';

let parent: { id: string; numberAndSymbol: string; title: string };
let planUrl = '';

type PlanSummary = { id: string; numberAndSymbol: string; title: string; organization: { code: string }; can: { createChild: boolean } };

/** The API as a signed-in person, from the test itself (setting up what the story starts from). */
async function apiAs(username: string) {
  const login = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: server.demoPassword }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  return async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
}

/** The Sở Y tế's issued communication plan the hospital carries out: the demo's 23/KH-SYT, or one made here. */
async function departmentPlan(): Promise<typeof parent> {
  const hospital = await apiAs('bvsn.coordinator');
  const seen = (await hospital<{ items: PlanSummary[] }>('GET', '/api/plans?state=issued&limit=100')).items;
  const demo = seen.find((p) => p.organization.code === 'SYT-LC' && p.numberAndSymbol === '23/KH-SYT' && p.can.createChild);
  if (demo) return demo;

  const coordinator = await apiAs('syt-lc.coordinator');
  const syt = (await coordinator<{ items: { id: string; code: string }[] }>('GET', '/api/organizations?limit=5000')).items.find((o) => o.code === 'SYT-LC')!;
  const groups = (await coordinator<{ items: { id: string; kind: string }[] }>('GET', `/api/groups?ownerId=${syt.id}`)).items;
  const allBodies = { type: 'group', id: groups.find((g) => g.kind === 'all_bodies')!.id };
  const task = (number: string, title: string, deadlineText: string) => ({
    number,
    title,
    reformArea: 'communication',
    lead: allBodies,
    coordinators: [],
    deadlineText,
    outputText: 'Báo cáo',
    outputKind: 'report',
    note: null,
  });
  const draft = await coordinator<PlanSummary>('POST', '/api/plans', {
    kind: 'communication',
    year: 2026,
    title: 'Thông tin, tuyên truyền về công tác cải cách hành chính của ngành Y tế tỉnh Lào Cai năm 2026',
    tasks: [task('1', 'Xây dựng, ban hành kế hoạch thông tin, tuyên truyền CCHC năm 2026 của đơn vị', 'Quý I năm 2026'), task('2', 'Tổng kết công tác tuyên truyền CCHC', 'Quý IV năm 2026')],
  });
  await coordinator('POST', `/api/plans/${draft.id}/transition`, { to: 'submitted' });
  return (await apiAs('syt-lc.director'))<PlanSummary>('POST', `/api/plans/${draft.id}/transition`, { to: 'issued', issuedOn: '2026-01-23' });
}

let session: BrowserSession;
let server: BrowserSession['server'];
let page: Page;

beforeAll(async () => {
  session = await openBrowserSession({ shots: 'e2e-plans', viewport: { width: 1400, height: 950 } });
  ({ server, page } = session);
  parent = await departmentPlan();
});

afterAll(() => session?.close());

const shot = (name: string, fullPage = false) => session.shot(name, { fullPage });
const signIn = (username: string, password?: string) => session.signIn(username, password);
const signOut = () => session.signOut();

/** Picks a unit in the assignee picker of a cell of the task spreadsheet. */
async function pickLead(row: number, search: string, unit: string): Promise<void> {
  await page.locator(`[data-cell="${row}:3"] .ant-select`).click();
  await page.keyboard.type(search);
  // Each picker keeps its (hidden) popup once opened; the one just opened is the last in the page.
  const popup = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last();
  await popup.locator('.ant-select-tree-title', { hasText: unit }).first().click();
  await page.keyboard.press('Escape');
}

const stateTag = () => page.locator('.plan-facts .ant-tag');

describe('staff web app: plans', () => {
  it('lets the hospital coordinator draft the hospital plan from the department of health’s plan', async () => {
    await signIn('bvsn.coordinator');
    await page.getByRole('navigation', { name: 'Danh mục chức năng' }).getByRole('link', { name: 'Kế hoạch' }).click();
    await page.waitForURL('**/ke-hoach');
    await page.getByRole('cell', { name: parent.numberAndSymbol, exact: true }).waitFor();
    await shot('01-plans-list');

    await page.getByRole('button', { name: 'Soạn kế hoạch' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Kế hoạch cấp trên', { exact: true }).click();
    await dialog.getByLabel('Kế hoạch cấp trên cần triển khai').click({ force: true });
    await page.keyboard.type(parent.numberAndSymbol);
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: parent.title }).click();
    await shot('02-create-from-parent');
    await dialog.getByRole('button', { name: 'Tạo dự thảo' }).click();

    await page.waitForURL(/\/ke-hoach\/[^/?]+$/);
    planUrl = page.url();
    const sheet = page.locator('.doc-sheet').first();
    await sheet.getByText(`Thực hiện Kế hoạch số ${parent.numberAndSymbol}`).waitFor();
    await expect(stateTag().innerText()).resolves.toBe('Dự thảo');
    await expect(sheet.locator('.doc-number').innerText()).resolves.toMatch(/^Số:\s+\/KH-BVSN$/);
    await shot('03-draft-document', true);
  });

  it('assigns two tasks to a department in the spreadsheet and reads the changed deadline', async () => {
    await page.getByRole('tab', { name: /Bảng nhiệm vụ/ }).click();
    await page.locator('.task-grid').waitFor();
    expect(await page.locator('.task-row').count()).toBeGreaterThanOrEqual(2);

    await pickLead(0, 'to chuc hanh', DEPARTMENT);
    await pickLead(1, 'to chuc hanh', DEPARTMENT);
    const deadline = page.locator('[data-cell="1:5"] input');
    await deadline.fill(NEW_DEADLINE);
    const note = page.locator('[data-cell="1:5"] .deadline-note-ok');
    await note.getByText(NEW_DEADLINE).waitFor();
    await note.getByText('Hạn: 30/09/2026').waitFor();
    await page.getByText('Có thay đổi chưa lưu').waitFor();
    await shot('04-task-spreadsheet');

    await page.getByRole('button', { name: 'Lưu bảng nhiệm vụ' }).click();
    await page.locator('.ant-tag', { hasText: 'Đã lưu' }).waitFor();
    await expect(page.locator('[data-cell="0:3"]').innerText()).resolves.toContain(DEPARTMENT);
    await expect(page.locator('[data-cell="1:5"] input').inputValue()).resolves.toBe(NEW_DEADLINE);
    await shot('05-tasks-saved');
  });

  it('shows the saved work by quarter and submits the plan for approval', async () => {
    await page.getByRole('tab', { name: 'Tiến độ theo quý' }).click();
    await page.getByRole('cell', { name: DEPARTMENT }).first().waitFor();
    await shot('06-timeline');

    await page.getByRole('button', { name: 'Trình duyệt' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Trình duyệt' }).click();
    await page.locator('.plan-facts .ant-tag', { hasText: 'Chờ phê duyệt' }).waitFor();
    // The dialog's own button lingers while it closes: wait for every "Trình duyệt" button to go.
    await expect.poll(() => page.getByRole('button', { name: 'Trình duyệt' }).count(), { timeout: 10_000 }).toBe(0);
    await signOut();
  });

  it('lets the director issue it: it takes the hospital’s next number and reads as issued', async () => {
    await signIn('bvsn.director');
    await page.goto(planUrl);
    await page.getByRole('button', { name: 'Ban hành' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Ngày ký ban hành').waitFor();
    await shot('07-issue-dialog');
    await dialog.getByRole('button', { name: 'Ban hành' }).click();

    await page.locator('.plan-facts .ant-tag', { hasText: 'Đã ban hành' }).waitFor();
    const facts = await page.locator('.plan-facts').innerText();
    expect(facts).toMatch(/\b\d{2}\/KH-BVSN\b/);
    const sheet = page.locator('.doc-sheet').first();
    await expect(sheet.locator('.doc-number').innerText()).resolves.toMatch(/^Số: \d{2}\/KH-BVSN$/);
    await expect(sheet.locator('.doc-place-date').innerText()).resolves.toMatch(/^Lào Cai, ngày \d{2} tháng \d{1,2} năm \d{4}$/);
    await shot('08-issued-document', true);

    await page.getByRole('tab', { name: 'Phiên bản' }).click();
    await page.getByRole('cell', { name: 'Phiên bản 1' }).waitFor();
    await shot('09-versions');
  });
});
