import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocx, type DocxParagraph } from '../support/docx-xml';
import { createTestApp, DIALECTS, type TestApp } from '../support/test-app';

type Plan = { id: string; numberAndSymbol: string; state: string; organization: { code: string } };
type Occurrence = { id: string; taskTitle: string; organization: { id: string; name: string }; lateness: string; status: string };

const URL = '/api/reminder-notices/document.docx';

/** The late-work lines of a notice, and how many periods they name: "NN kỳ quá hạn: …" or a single "kỳ …". */
function lateLines(paragraphs: DocxParagraph[]) {
  const lines = paragraphs.filter((p) => p.text.startsWith('- ') && p.text.includes('quá hạn'));
  const periods = lines.reduce((n, p) => n + Number(/: (\d+) kỳ quá hạn:/.exec(p.text)?.[1] ?? 1), 0);
  return { lines, periods };
}
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe.each(DIALECTS)('reminder notices on %s', (dialect) => {
  let t: TestApp;
  let coordinator: string;
  let plan06: Plan;
  let overdue: Occurrence[];

  beforeAll(async () => {
    t = await createTestApp(dialect, { demo: true, demoPlans: true });
    coordinator = await t.login('syt-lc.coordinator');
    const plans: Plan[] = (await t.request('GET', '/api/plans?limit=100', { cookie: coordinator })).json().items;
    plan06 = plans.find((p) => p.numberAndSymbol === '06/KH-SYT')!;
    const all: Occurrence[] = (await t.request('GET', `/api/occurrences?planId=${plan06.id}&limit=1000`, { cookie: coordinator })).json().items;
    overdue = all.filter((o) => o.lateness === 'overdue');
  });
  afterAll(() => t.close());

  it("answers the Sở's late work as a DOCX Công văn, one heading per body with each late task", async () => {
    // The demo plans are for 2026 and today is later than their first deadlines; without late work the test proves nothing.
    expect(overdue.length).toBeGreaterThan(2);
    const res = await t.request('GET', `${URL}?planId=${plan06.id}`, { cookie: coordinator });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(DOCX);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="Van ban don doc SYT \d{4}-\d{2}-\d{2}\.docx"; filename\*=UTF-8''V%C4%83n%20b%E1%BA%A3n%20%C4%91%C3%B4n%20%C4%91%E1%BB%91c%20SYT/);
    const doc = await readDocx(res.rawPayload);
    expect(doc.paragraph('Số:').text).toBe(`Số: ${'\u00a0'.repeat(6)}/SYT-VP`);
    expect(doc.paragraph('V/v').text).toBe('V/v Đôn đốc thực hiện nhiệm vụ cải cách hành chính chậm tiến độ');
    expect(doc.paragraph('Thực hiện Kế hoạch số').text).toContain('Thực hiện Kế hoạch số 06/KH-SYT ngày 10/01/2026 của Sở Y tế tỉnh Lào Cai về việc triển khai công tác cải cách hành chính năm 2026');
    const bodies = [...new Set(overdue.map((o) => o.organization.name))];
    expect(bodies.sort()).toEqual(['Bệnh viện Sản - Nhi tỉnh Lào Cai', 'Trung tâm Y tế khu vực Lào Cai - Cam Đường']);
    expect(doc.paragraph('Kính gửi:').text).toMatch(/^Kính gửi:\t- (Bệnh viện Sản - Nhi tỉnh Lào Cai|Trung tâm Y tế khu vực Lào Cai - Cam Đường);$/);
    for (const body of bodies) {
      const count = overdue.filter((o) => o.organization.name === body).length;
      expect(doc.paragraph(new RegExp(`^\\d\\. ${body} \\(${String(count).padStart(2, '0')} kỳ nhiệm vụ quá hạn\\)$`)).runs[0]!.bold).toBe(true);
    }
    // One line per task and body, naming every late period of it.
    const { lines, periods } = lateLines(doc.paragraphs);
    expect(lines).toHaveLength(new Set(overdue.map((o) => `${o.organization.id}|${o.taskTitle}`)).size);
    expect(periods).toBe(overdue.length);
    for (const o of overdue) expect(lines.some((p) => p.text.startsWith(`- ${o.taskTitle} (Kế hoạch số 06/KH-SYT): `))).toBe(true);
    // Each body's list ends with "." and its other lines with ";".
    expect(lines.filter((p) => p.text.endsWith('.')).length).toBe(bodies.length);
    expect(lines.every((p) => p.text.endsWith('.') || p.text.endsWith(';'))).toBe(true);
    expect(doc.paragraph(/nghiêm túc thực hiện/).text).toMatch(/\.\/\.$/);
    expect(doc.paragraph('GIÁM ĐỐC').text).toBe('GIÁM ĐỐC');
    expect(doc.paragraph('Nguyễn Văn Thành').runs[0]!.bold).toBe(true);
    expect(doc.paragraph('- Lưu').text).toBe('- Lưu: VT, VP.');
  });

  it('leaves out work the unit has handed in, and signs for the director when asked', async () => {
    const target = overdue[0]!;
    const bodyCode = target.organization.name.startsWith('Bệnh viện') ? 'bvsn' : 'ttyt-lccd';
    const handedIn = await t.request('PATCH', `/api/occurrences/${target.id}`, { cookie: await t.login(`${bodyCode}.coordinator`), body: { status: 'submitted', progress: 100 } });
    expect(handedIn.statusCode).toBe(200);
    const res = await t.request('GET', `${URL}?planId=${plan06.id}&signer=deputy`, { cookie: coordinator });
    const doc = await readDocx(res.rawPayload);
    expect(lateLines(doc.paragraphs).periods).toBe(overdue.length - 1);
    expect(doc.paragraph('KT. GIÁM ĐỐC').text).toBe('KT. GIÁM ĐỐC');
    expect(doc.paragraph('PHÓ GIÁM ĐỐC').runs[0]!.bold).toBe(true);
    expect(doc.paragraphs.some((p) => p.text.includes('Nguyễn Văn Thành'))).toBe(false);
    expect(doc.paragraph('- Giám đốc (để b/c);').runs[0]!.sizePt).toBe(11);
  });

  it('records each notice in the audit log', async () => {
    const entries = (await t.request('GET', '/api/audit-log?action=reminder_notice.issue&limit=10', { cookie: await t.login('syt-lc.director') })).json().items;
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({ action: 'reminder_notice.issue', entityType: 'reminder_notice', summary: expect.stringMatching(/^Lập văn bản đôn đốc \d+ nhiệm vụ quá hạn của 2 đơn vị/) });
  });

  it('answers 409 with a Vietnamese message when nothing is late, and for a plan not issued', async () => {
    const early = await t.request('GET', `${URL}?asOf=2026-01-02`, { cookie: coordinator });
    expect(early.statusCode).toBe(409);
    expect(early.json().error).toMatchObject({ code: 'NOTHING_LATE', message: expect.stringMatching(/^Không có nhiệm vụ nào quá hạn.*02\/01\/2026/) });
    const bvsn = await t.login('bvsn.coordinator');
    const draft = ((await t.request('GET', '/api/plans?limit=100', { cookie: bvsn })).json().items as Plan[]).find((p) => p.organization.code === 'BVSN' && p.state === 'draft')!;
    const notIssued = await t.request('GET', `${URL}?planId=${draft.id}`, { cookie: bvsn });
    expect([notIssued.statusCode, notIssued.json().error.code]).toEqual([409, 'PLAN_NOT_ISSUED']);
  });

  it("offers the notice to coordinators only, refusing reporters, another body's coordinator and bad dates", async () => {
    const reporter = await t.login('syt-lc.vp');
    expect((await t.request('GET', '/api/me', { cookie: reporter })).json().can.issueReminderNotices).toBe(false);
    expect((await t.request('GET', '/api/me', { cookie: coordinator })).json().can.issueReminderNotices).toBe(true);
    expect((await t.request('GET', URL, { cookie: reporter })).statusCode).toBe(403);
    expect((await t.request('GET', `${URL}?planId=${plan06.id}`, { cookie: reporter })).statusCode).toBe(403);
    // A hospital reads the Sở's plan it carries out, but chasing the Sở's work is the Sở's.
    expect((await t.request('GET', `${URL}?planId=${plan06.id}`, { cookie: await t.login('bvsn.coordinator') })).statusCode).toBe(403);
    expect((await t.request('GET', `${URL}?planId=${plan06.id}`, { cookie: await t.login('syt-ht.coordinator') })).statusCode).toBe(404);
    const bad = await t.request('GET', `${URL}?asOf=2026-02-30`, { cookie: coordinator });
    expect([bad.statusCode, bad.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect((await t.request('GET', URL)).statusCode).toBe(401);
  });
});
