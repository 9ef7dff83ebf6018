import type { BrowserContext, Page } from 'playwright-core';
import type { SurveyResultsDto } from '../../src/shared/schemas/surveys';
import { SCALE_LABELS_VI } from '../../src/shared/survey-vocabulary';
import { openBrowserSession, type BrowserSession } from '../support/browser-session';
import { expectFitsPhone, openPhonePage } from '../support/citizen-phone';

/**
 * Issue 14 end to end, in Chromium against the real server and the demo: Bệnh viện Sản - Nhi's CCHC
 * coordinator creates a survey from the SIPAS template and publishes it; on a 360 px phone without
 * JavaScript a citizen answers it; the coordinator's results tab shows one response and a satisfaction
 * rate equal to the share of "hài lòng" + "rất hài lòng" the citizen chose. Screenshots in test-results/e2e-surveys/.
 */

const TITLE = 'Khảo sát sự hài lòng tại quầy tiếp đón tháng 12';
/** The citizen's points, question by question, for the template's scale questions in order: 9 of 13 are 4 or 5. */
const POINTS = [5, 5, 5, 5, 5, 5, 4, 4, 4, 3, 3, 2, 2];
const COMMENT = 'Nhân viên quầy tiếp đón hướng dẫn rất tận tình.';
/** A question the coordinator adds to the template in the builder; its id is made from its words when saved. */
const ADDED = { text: 'Ông/bà đến đơn vị lần thứ mấy?', id: 'ong-ba-den-don-vi-lan-thu-may-1', choices: ['Lần đầu', 'Đã đến nhiều lần'] };

let session: BrowserSession;
let staff: Page;
let phoneContext: BrowserContext;
let citizen: Page;
let surveyId: string;
let publicPath: string;

beforeAll(async () => {
  session = await openBrowserSession({ shots: 'e2e-surveys', viewport: { width: 1440, height: 900 } });
  staff = session.page;
  ({ context: phoneContext, page: citizen } = await openPhonePage(session.browser));
});

afterAll(async () => {
  await phoneContext?.close();
  await session?.close();
});

/** "69,2%": the server's share, one decimal with a comma, as the results tab writes it. */
const percentText = (percent: number) => `${String(percent).replace('.', ',')}%`;
const apiGet = <T,>(path: string): Promise<T> => staff.evaluate((p) => fetch(p).then((r) => r.json()), path) as Promise<T>;

describe('a satisfaction survey from the template to the rate', () => {
  it('lets the coordinator create a survey from the SIPAS template and publish it', async () => {
    await session.signIn('bvsn.coordinator');
    await staff.getByRole('navigation', { name: 'Danh mục chức năng' }).getByRole('link', { name: 'Khảo sát hài lòng' }).click();
    await staff.waitForURL('**/khao-sat');
    await staff.getByRole('heading', { name: 'Khảo sát hài lòng' }).waitFor();

    await staff.getByRole('button', { name: 'Tạo khảo sát' }).click();
    const dialog = staff.getByRole('dialog');
    await dialog.getByText('Mẫu SIPAS', { exact: true }).waitFor();
    // The template is what the form starts with; only the title is the coordinator's.
    await expect(dialog.getByRole('radio', { name: /^Mẫu SIPAS/ }).isChecked()).resolves.toBe(true);
    await dialog.getByLabel('Tên khảo sát').fill(TITLE);
    await session.shot('01-create');
    await dialog.getByRole('button', { name: 'Tạo khảo sát' }).click();
    await dialog.waitFor({ state: 'detached' });
    await staff.waitForURL(/\/khao-sat\/[^/]+$/);
    surveyId = new URL(staff.url()).pathname.split('/').pop()!;
    await staff.getByRole('heading', { name: TITLE }).waitFor();
    await staff.locator('.survey-facts').getByText('Bản nháp', { exact: true }).waitFor();
    // The five SIPAS aspects, each on its scale questions.
    await staff.getByRole('group', { name: 'Câu 3' }).getByText('Tiếp cận dịch vụ').waitFor();

    // One question of the body's own, at the end: a single choice with two answers.
    await staff.getByRole('button', { name: 'Thêm câu hỏi' }).last().click();
    const added = staff.getByRole('group', { name: 'Câu 17' });
    await added.getByRole('textbox', { name: 'Câu 17: Nội dung câu hỏi' }).fill(ADDED.text);
    const single = staff.locator('.ant-select-dropdown:visible .ant-select-item-option[title="Một lựa chọn"]');
    await session.openUntil(added.getByRole('combobox', { name: 'Câu 17: Loại câu hỏi' }), single);
    await single.click();
    await added.getByRole('textbox', { name: 'Câu 17: Phương án 1' }).fill(ADDED.choices[0]!);
    await added.getByRole('textbox', { name: 'Câu 17: Phương án 2' }).fill(ADDED.choices[1]!);
    await staff.getByText('Có thay đổi chưa lưu.').waitFor();
    await session.shot('02-builder');
    await staff.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await staff.getByText('Đã lưu khảo sát.').waitFor();
    await added.getByText(`Mã: ${ADDED.id}`).waitFor();

    await staff.getByRole('button', { name: 'Công bố' }).click();
    await staff.locator('.ant-popconfirm').getByRole('button', { name: 'Công bố' }).click();
    await staff.locator('.survey-facts').getByText('Đang mở', { exact: true }).waitFor();
    const href = await staff.getByRole('link', { name: 'Trang khảo sát công khai' }).getAttribute('href');
    publicPath = new URL(href!, session.server.url).pathname;
    expect(publicPath).toBe(`/p/bvsn/khao-sat/${surveyId}`);
    await staff.getByRole('link', { name: 'In mã QR' }).waitFor();
  });

  it('lets a citizen answer it on a phone', async () => {
    await citizen.goto(`${session.server.url}${publicPath}`);
    await citizen.getByRole('heading', { name: TITLE }).waitFor();
    const scales = citizen.locator('fieldset.question.scale');
    await expect(scales.count()).resolves.toBe(POINTS.length);
    for (const [i, point] of POINTS.entries()) {
      await scales.nth(i).getByLabel(`${point} — ${SCALE_LABELS_VI[point - 1]}`).check();
    }
    await citizen.getByRole('group', { name: ADDED.text }).getByLabel(ADDED.choices[0]!).check();
    await citizen.locator('textarea').last().fill(COMMENT);
    await expectFitsPhone(citizen);
    await session.shot('03-phone-answers', { fullPage: true, page: citizen });
    await citizen.getByRole('button', { name: 'Gửi phiếu khảo sát' }).click();
    await citizen.getByText('Cảm ơn ông/bà đã trả lời khảo sát').waitFor();
    await expectFitsPhone(citizen);
  });

  it('shows the coordinator the rate the citizen gave', async () => {
    const satisfied = POINTS.filter((p) => p >= 4).length;
    const expected = Math.round((satisfied / POINTS.length) * 1000) / 10;
    const results = await apiGet<SurveyResultsDto>(`/api/surveys/${surveyId}/results`);
    expect(results.responses).toBe(1);
    expect(results.satisfaction.overall).toEqual({ answered: POINTS.length, satisfied, percent: expected });
    expect(results.questions.find((q) => q.id === ADDED.id)).toMatchObject({ kind: 'single', answered: 1, counts: [1, 0] });

    await staff.reload();
    await staff.getByRole('tab', { name: 'Kết quả' }).click();
    await staff.getByTestId('survey-overall-percent').filter({ hasText: percentText(expected) }).waitFor();
    await staff.locator('.survey-overall').getByText('1 phiếu trả lời').waitFor();
    await staff.getByText(COMMENT).waitFor();
    await session.shot('04-results', { fullPage: true });
    // And the list shows it beside the survey.
    await staff.getByRole('link', { name: 'Danh sách khảo sát' }).click();
    const row = staff.locator('.survey-list').getByRole('row').filter({ hasText: TITLE });
    await row.getByText(percentText(expected)).waitFor();
  });
});
