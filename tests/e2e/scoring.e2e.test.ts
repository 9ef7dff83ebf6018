import type { APIRequestContext, Page } from 'playwright-core';
import type { AssessmentDto, RoundDto, RoundHeadDto, RoundResultsDto } from '../../src/web/api/types';
import { describeViolations, seriousViolations } from '../support/axe';
import { openBrowserSession, type BrowserSession } from '../support/browser-session';

/**
 * Issue 16 end to end, in Chromium against the real server and the demo as it has lived its year: Sở Y tế
 * Lào Cai's CCHC coordinator opens next year's round (on a copy of this year's criteria set) for Bệnh viện
 * Sản - Nhi and TTYT Lào Cai - Cam Đường with syt-lc.tccb as reviewer; each body's coordinator scores every
 * criterion (points with a decimal comma), attaches a figure the system computes and sends it; the centre
 * also picks a finished task as evidence in this year's round, where the work exists, and takes a proposed
 * score; the reviewer accepts the hospital's scores but one, changed with a reason the hospital reads and
 * answers; the deadline is moved into the past and the coordinator publishes; both bodies see the ranking
 * and their rank. Screenshots at 1440 and 360 px in test-results/e2e-scoring/.
 */

const HOSPITAL = 'Bệnh viện Sản - Nhi tỉnh Lào Cai';
const CENTRE = 'Trung tâm Y tế khu vực Lào Cai - Cam Đường';
const REASON = 'Chưa có báo cáo kết quả rà soát văn bản nội bộ năm.';
const ANSWER = 'Báo cáo rà soát đã gửi kèm công văn số 15/BVSN ngày 20/11.';

/** Today in Vietnam, and days around it as the API (yyyy-mm-dd) and the pickers (dd/mm/yyyy) write them. */
const day = (offset: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date(Date.now() + offset * 86_400_000));
const picker = (iso: string) => iso.split('-').reverse().join('/');
const points = (n: number) => String(n).replace('.', ',');

let session: BrowserSession;
let page: Page;
const apis: APIRequestContext[] = [];
let year: number;
let currentRound: RoundHeadDto;
let roundId: string;

/** A person's own API session, for what the test prepares or checks behind the pages. */
async function apiAs(username: string): Promise<APIRequestContext> {
  const context = await session.browser.newContext({ baseURL: session.server.url });
  const login = await context.request.post('/api/auth/login', { data: { username, password: session.server.demoPassword } });
  expect(login.ok(), `sign-in as ${username}`).toBe(true);
  apis.push(context.request);
  return context.request;
}
const json = async <T,>(response: Awaited<ReturnType<APIRequestContext['get']>>): Promise<T> => {
  expect(response.ok(), `${response.url()}: ${await response.text()}`).toBe(true);
  return response.json() as Promise<T>;
};

beforeAll(async () => {
  session = await openBrowserSession({ shots: 'e2e-scoring', demoHistory: true, viewport: { width: 1440, height: 900 } });
  page = session.page;
  // Next year's set, copied from this year's: this year's already has its round, and a set has one.
  const syt = await apiAs('syt-lc.coordinator');
  currentRound = (await json<{ items: RoundHeadDto[] }>(await syt.get('/api/scoring/rounds'))).items[0]!;
  year = currentRound.year + 1;
  await json(await syt.post(`/api/scoring/criteria-sets/${currentRound.criteriaSet.id}/copy`, { data: { year } }));
});

afterAll(async () => {
  for (const api of apis) await api.dispose();
  await session?.close();
});

/** A fresh sign-in whatever the step before left: one failing step does not leave the next signed in as someone else. */
async function signInAs(username: string) {
  await session.context.clearCookies();
  await session.signIn(username);
}

const sheetLeaf = (code: string) => page.locator(`.score-leaf[data-code="${code}"]`);
const bar = () => page.locator('.score-bar');

/** From the list of rounds to the person's own body's assessment in the round of `roundYear`. */
async function openOwnAssessment(body: string, roundYear: number) {
  await page.goto(`${session.server.url}/cham-diem`);
  const row = page.getByRole('row').filter({ has: page.getByRole('cell', { name: String(roundYear), exact: true }) });
  await row.getByRole('link', { name: `Bản tự đánh giá của ${body}` }).click();
  await page.getByRole('heading', { name: body }).waitFor();
}

/** Every criterion scored through its box (`score` of its maximum), a figure attached to 1.1.2, and the assessment sent. */
async function selfAssess(body: string, score: (max: number) => number) {
  await openOwnAssessment(body, year);
  const assessment = await page.evaluate((url) => fetch(url).then((r) => r.json()), `/api/scoring/assessments/${new URL(page.url()).pathname.split('/').pop()}`) as AssessmentDto;
  // Sending with nothing scored is refused, in the server's words.
  await bar().getByRole('button', { name: 'Gửi tổ thẩm định' }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: 'Gửi tổ thẩm định' }).click();
  await bar().getByRole('alert').filter({ hasText: /Còn 23 tiêu chí chưa chấm điểm/ }).waitFor();

  const leaves = assessment.criteria.filter((c) => c.scored);
  for (const leaf of leaves) await page.getByRole('spinbutton', { name: `Điểm tự chấm tiêu chí ${leaf.code}`, exact: true }).fill(points(score(leaf.maxPoints)));
  await page.getByRole('textbox', { name: 'Ghi chú tiêu chí 2.1', exact: true }).fill('Có kế hoạch rà soát số 03/KH, báo cáo kết quả gửi kèm.');
  await bar().getByText('Có thay đổi chưa lưu').waitFor();
  const total = leaves.reduce((sum, leaf) => sum + score(leaf.maxPoints), 0);
  await bar().getByText(`${points(total)}/100 điểm`).waitFor();

  // Evidence the system computes: next year has no work done yet, so the lists of work are empty and say so.
  await page.getByRole('button', { name: 'Thêm tài liệu kiểm chứng cho tiêu chí 1.1.2' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText('Năm của đợt chấm điểm chưa có nhiệm vụ nào của đơn vị hoàn thành.').waitFor();
  await dialog.getByText(/^Số liệu hệ thống \(\d+\)$/).click();
  await dialog.getByRole('checkbox', { name: /Tỷ lệ nhiệm vụ hoàn thành đúng hạn/ }).check();
  await dialog.getByRole('button', { name: 'Gắn 1 mục đã chọn' }).click();
  await page.getByText('Đã gắn 1 tài liệu kiểm chứng.').waitFor();
  await dialog.getByRole('button', { name: 'Đóng' }).last().click();
  await dialog.waitFor({ state: 'detached' });
  await sheetLeaf('1.1.2').getByText('Tài liệu kiểm chứng (1):').waitFor();
  // The evidence was added while the scores were still typed: they are kept on the page.
  await bar().getByText('Có thay đổi chưa lưu').waitFor();

  await bar().getByRole('button', { name: 'Gửi tổ thẩm định' }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: 'Gửi tổ thẩm định' }).click();
  await page.getByText('Đã gửi bản tự đánh giá cho tổ thẩm định.').waitFor();
  await page.locator('.scoring-facts').getByText('Đã gửi', { exact: true }).waitFor();
  await page.getByText('Bản tự đánh giá đã gửi; hãy rút lại trước khi sửa.').waitFor();
  return total;
}

describe('a CCHC scoring round from its opening to the ranking', () => {
  let hospitalSelf: number;
  let centreSelf: number;

  it('lets the department of health open next year’s round for two bodies with a reviewer', async () => {
    const reviewer = (await json<{ user: { fullName: string } }>(await (await apiAs('syt-lc.tccb')).get('/api/me'))).user.fullName;
    await signInAs('syt-lc.coordinator');
    await page.getByRole('navigation', { name: 'Danh mục chức năng' }).getByRole('link', { name: 'Chấm điểm CCHC' }).click();
    await page.getByRole('heading', { name: 'Chấm điểm CCHC' }).waitFor();
    await page.getByRole('button', { name: 'Mở đợt chấm điểm' }).click();
    const dialog = page.getByRole('dialog');
    // The new set is offered first; this year's is taken by its round.
    await dialog.getByText(`năm ${year}`, { exact: false }).first().waitFor();
    await dialog.getByRole('checkbox', { name: HOSPITAL }).check();
    await dialog.getByRole('checkbox', { name: CENTRE }).check();
    await dialog.getByLabel('Hạn tự đánh giá').fill(picker(day(7)));
    await dialog.getByLabel('Hạn tự đánh giá').press('Enter');
    await dialog.getByLabel('Hạn thẩm định').fill(picker(day(21)));
    await dialog.getByLabel('Hạn thẩm định').press('Enter');
    const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: reviewer });
    await session.openUntil(dialog.getByLabel('Tổ thẩm định'), option);
    await option.click();
    // The review team's list stays open for more names: a click elsewhere in the dialog closes it.
    await dialog.getByText('Mở đợt chấm điểm —').click();
    await option.waitFor({ state: 'hidden' });
    await session.shot('01-open-round');
    await dialog.getByRole('button', { name: 'Mở đợt chấm điểm' }).click();
    await page.waitForURL(/\/cham-diem\/dot\/[^/]+$/);
    roundId = new URL(page.url()).pathname.split('/').pop()!;
    await page.getByRole('heading', { name: `Chấm điểm cải cách hành chính năm ${year}` }).waitFor();
    await page.locator('.scoring-facts').getByText(reviewer).waitFor();
    await page.locator('.scoring-facts').getByText(picker(day(7))).waitFor();
    await expect(page.getByRole('row').filter({ hasText: 'Chưa gửi' }).count()).resolves.toBe(2);
    await session.shot('02-round-opened', { fullPage: true });
  });

  it('lets the hospital score every criterion, attach a figure and send it', async () => {
    await signInAs('bvsn.coordinator');
    // Full marks but on the criteria of 5 points, scored 4.
    hospitalSelf = await selfAssess(HOSPITAL, (max) => (max === 5 ? 4 : max));
    await expect(seriousViolations(page).then((v) => describeViolations('assessment page', v))).resolves.toMatch(/: 0 serious/);
    await session.shot('03-assessment-sent');
  });

  it('lets the centre pick a finished task and take a proposed score in this year’s round, then send next year’s', async () => {
    await signInAs('ttyt-lccd.coordinator');
    await openOwnAssessment(CENTRE, currentRound.year);
    // The task figure's criterion opens on the list of work done, which can be searched without diacritics.
    await page.getByRole('button', { name: 'Thêm tài liệu kiểm chứng cho tiêu chí 1.1.2' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('radio', { name: /^Nhiệm vụ đã hoàn thành/ }).isChecked()).resolves.toBe(true);
    await dialog.getByRole('searchbox', { name: 'Tìm trong danh sách' }).fill('sang tao');
    const task = dialog.locator('.evidence-pick-list label').first();
    const label = (await task.locator('.evidence-pick-label').innerText()).trim();
    await task.click();
    await session.shot('04-pick-evidence');
    await dialog.getByRole('button', { name: 'Gắn 1 mục đã chọn' }).click();
    await page.getByText('Đã gắn 1 tài liệu kiểm chứng.').waitFor();
    await dialog.getByRole('button', { name: 'Đóng' }).last().click();
    const link = sheetLeaf('1.1.2').getByRole('link', { name: label }).first();
    await expect(link.getAttribute('href')).resolves.toMatch(/^\/nhiem-vu\//);
    // 8.1 is not scored yet: the satisfaction survey's figure proposes its score.
    const proposal = sheetLeaf('8.1').locator('.score-proposal');
    await proposal.getByText(/^Đề xuất: \d+(,\d+)? điểm \(Tỷ lệ người dân hài lòng/).waitFor();
    await proposal.getByRole('button', { name: 'Lấy điểm đề xuất cho tiêu chí 8.1' }).click();
    const proposed = await page.getByRole('spinbutton', { name: 'Điểm tự chấm tiêu chí 8.1' }).inputValue();
    expect(proposed).toMatch(/^\d+(,\d+)?$/);
    await bar().getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã lưu điểm.').waitFor();

    // Next year's round: half of every maximum, written with a decimal comma ("1,5").
    centreSelf = await selfAssess(CENTRE, (max) => max / 2);
  });

  it('lets the reviewer accept the hospital’s scores but one, changed with a reason', async () => {
    await signInAs('syt-lc.tccb');
    await page.goto(`${session.server.url}/cham-diem/dot/${roundId}`);
    await page.getByRole('link', { name: HOSPITAL }).click();
    await page.getByRole('heading', { name: HOSPITAL }).waitFor();
    await bar().getByRole('button', { name: 'Đồng ý các tiêu chí chưa thẩm định' }).click();
    await page.getByRole('spinbutton', { name: 'Điểm thẩm định tiêu chí 2.1', exact: true }).fill('2');
    // Another score than the body's needs the reason it will read: saving waits for it.
    await bar().getByRole('alert').filter({ hasText: 'Hãy ghi lý do cho các tiêu chí chấm khác điểm tự chấm: 2.1.' }).waitFor();
    await expect(bar().getByRole('button', { name: 'Lưu thẩm định' }).isDisabled()).resolves.toBe(true);
    await page.getByRole('textbox', { name: 'Lý do chấm khác, tiêu chí 2.1' }).fill(REASON);
    // axe reads colours as they are: not a button under the pointer (hovered), none still changing colour.
    await expect.poll(() => bar().getByRole('button', { name: 'Lưu thẩm định' }).isEnabled()).toBe(true);
    await page.mouse.move(0, 0);
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    await expect(seriousViolations(page).then((v) => describeViolations('assessment page in review', v))).resolves.toMatch(/: 0 serious/);
    await session.shot('05-review');
    await bar().getByRole('button', { name: 'Lưu thẩm định' }).click();
    await page.getByText('Đã lưu điểm.').waitFor();
    await bar().getByText(`${points(hospitalSelf - 2)}/100 điểm`).waitFor();
    await page.getByRole('tab', { name: 'Lịch sử thay đổi điểm' }).click();
    const change = page.getByRole('row').filter({ hasText: REASON });
    await change.getByText('4 → 2').waitFor();
  });

  it('shows the hospital the reason, which it answers once', async () => {
    await signInAs('bvsn.coordinator');
    await openOwnAssessment(HOSPITAL, year);
    const leaf = sheetLeaf('2.1');
    await leaf.getByText('Chấm lại').waitFor();
    await leaf.getByText(REASON).waitFor();
    await leaf.getByRole('button', { name: 'Giải trình về điểm thẩm định tiêu chí 2.1' }).click();
    await leaf.getByRole('textbox', { name: 'Nội dung giải trình tiêu chí 2.1' }).fill(ANSWER);
    await leaf.getByRole('button', { name: 'Gửi giải trình' }).click();
    await leaf.getByText(ANSWER).waitFor();
    await expect(leaf.getByRole('button', { name: /Giải trình/ }).count()).resolves.toBe(0);
    await session.shot('06-reason-answered');
  });

  it('lets the coordinator publish once the self-assessment deadline has passed', async () => {
    // The days pass: the deadline is moved to yesterday as the coordinator could, through the API.
    const syt = await apiAs('syt-lc.coordinator');
    await json(await syt.patch(`/api/scoring/rounds/${roundId}`, { data: { selfDeadline: day(-1) } }));
    await signInAs('syt-lc.coordinator');
    await page.goto(`${session.server.url}/cham-diem/dot/${roundId}`);
    await page.locator('.scoring-facts').getByText('Đang thẩm định').waitFor();
    await page.getByRole('button', { name: 'Công bố kết quả' }).click();
    const confirm = page.getByRole('dialog').filter({ hasText: 'Công bố kết quả chấm điểm?' });
    await confirm.getByRole('button', { name: 'Công bố kết quả' }).click();
    await page.getByText('Đã công bố kết quả.').waitFor();
    await page.locator('.scoring-facts').getByText('Đã công bố kết quả').waitFor();
    const ranking = page.locator('.scoring-card').filter({ hasText: 'Bảng xếp hạng' });
    await ranking.getByRole('row').filter({ hasText: HOSPITAL }).getByText(points(hospitalSelf - 2)).waitFor();
    await expect(ranking.getByText('Xem trước, chưa công bố').count()).resolves.toBe(0);
    await session.shot('07-ranking', { fullPage: true });
    // The files to send on are the ranking's: a workbook and a notice.
    const excel = page.getByRole('menuitem', { name: 'Bảng xếp hạng (Excel)' });
    await session.openUntil(ranking.getByRole('button', { name: 'Tải về' }), excel);
    for (const [item, type] of [[excel, 'spreadsheetml'], [page.getByRole('menuitem', { name: 'Thông báo kết quả (Word)' }), 'wordprocessingml']] as const) {
      const file = await page.request.get(`${session.server.url}${await item.getByRole('link').getAttribute('href')}`);
      expect(file.status()).toBe(200);
      expect(file.headers()['content-type']).toContain(type);
    }
  });

  it('shows both bodies the ranking and their rank, on a desktop and on a phone', async () => {
    const results = await json<RoundResultsDto>(await (await apiAs('bvsn.coordinator')).get(`/api/scoring/rounds/${roundId}/results`));
    expect(results.rows.map((r) => [r.rank, r.organization.name, r.total])).toEqual([
      [1, HOSPITAL, hospitalSelf - 2],
      [2, CENTRE, centreSelf],
    ]);
    for (const [username, body, rank] of [['bvsn.coordinator', HOSPITAL, 1], ['ttyt-lccd.coordinator', CENTRE, 2]] as const) {
      await signInAs(username);
      await page.goto(`${session.server.url}/cham-diem/dot/${roundId}`);
      const ranking = page.locator('.scoring-card').filter({ hasText: 'Bảng xếp hạng' });
      await ranking.locator('.scoring-own-row').getByText(body).waitFor();
      await expect(ranking.locator('tbody tr.ant-table-row').count()).resolves.toBe(2);
      await page.getByRole('link', { name: body }).first().click();
      await page.getByText(`Xếp thứ ${rank}/2`).waitFor();
      if (rank === 2) {
        await session.shot('08-assessment-published');
        const phone = await session.context.newPage();
        await phone.setViewportSize({ width: 360, height: 780 });
        /** A page on the phone once `ready` shows: nothing wider than the phone (tables scroll in their box, the sheet is one column). */
        const phoneShot = async (path: string, ready: string, name: string) => {
          await phone.goto(`${session.server.url}${path}`);
          await phone.locator(ready).first().waitFor();
          await expect(phone.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
          await session.shot(name, { fullPage: true, page: phone });
        };
        await phoneShot(`/cham-diem/dot/${roundId}`, '.scoring-chart svg', '09-phone-round');
        await phoneShot(new URL(page.url()).pathname, '.scoring-result', '10-phone-assessment');
        await phone.close();
      }
      }
    const round = await json<RoundDto>(await (await apiAs('syt-lc.coordinator')).get(`/api/scoring/rounds/${roundId}`));
    expect(round.phase).toBe('published');
  });
});
