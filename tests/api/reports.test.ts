import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inkOnFirstPage } from '../support/pdf-ink';
import { readDocx, type DocxXml } from '../support/docx-xml';
import { createTestApp, DIALECTS, type TestApp } from '../support/test-app';

type Counts = { total: number; done: number; doneLate: number; late: number; notDue: number };
type Line = { task: string; unit: string; periods: number };
type Report = {
  id: string;
  period: string;
  year: number;
  from: string;
  to: string;
  state: string;
  dueOn: string;
  organization: { id: string; code: string; name: string };
  parent: { code: string } | null;
  submittedAt: string | null;
  returnComment: string | null;
  texts: Record<'results' | 'difficulties' | 'proposals' | 'nextSteps', string | null>;
  sections: {
    work: { asOf: string; totals: Counts; areas: { area: string; counts: Counts; lines: Record<'done' | 'late' | 'notDue', Line[]> }[]; units: { name: string; counts: Counts }[] };
    communication: { total: { published: number; items: number } };
    aggregate: null | { bodies: { organization: { code: string; name: string }; reportId: string; totals: Counts; onTime: boolean; texts: Report['texts'] }[]; missing: { code: string }[]; totals: Counts };
  };
  history: { at: string; kind: string; from: string | null; to: string | null; comment: string | null }[];
  can: Record<'edit' | 'compile' | 'approve' | 'submit' | 'return', boolean>;
};
type Occurrence = { id: string; planId: string; taskTitle: string; due: string | null; organization: { id: string; name: string } };
type Child = { organization: { code: string; name: string }; submitted: boolean; reportId: string | null; submittedAt: string | null; onTime: boolean | null };

const DIFFICULTIES = 'Nhân lực làm công tác CCHC còn kiêm nhiệm.\nKinh phí cho tuyên truyền còn hạn chế.';
const CENTRE = 'Trung tâm Y tế khu vực Lào Cai - Cam Đường';

describe.each(DIALECTS)('periodic reports on %s', (dialect) => {
  let t: TestApp;
  let coordinator: string;
  let director: string;
  let sytCoordinator: string;
  let sytDirector: string;
  let report: Report;
  let q1: Occurrence[];
  let doneOccurrence: Occurrence;

  beforeAll(async () => {
    t = await createTestApp(dialect, { demo: true, demoPlans: true });
    coordinator = await t.login('ttyt-lccd.coordinator');
    director = await t.login('ttyt-lccd.director');
    sytCoordinator = await t.login('syt-lc.coordinator');
    sytDirector = await t.login('syt-lc.director');
    // The centre's quarter-I work in plans in force (its own plan is still a draft; the Sở's plans are issued).
    const plans: { id: string; state: string }[] = (await t.request('GET', '/api/plans?limit=100', { cookie: coordinator })).json().items;
    const inForce = new Set(plans.filter((p) => p.state === 'issued' || p.state === 'closed').map((p) => p.id));
    const listed: Occurrence[] = (await t.request('GET', '/api/occurrences?dueFrom=2026-01-01&dueTo=2026-03-31&limit=1000', { cookie: coordinator })).json().items;
    const centreId = (await t.store.db.selectFrom('organizations').select('id').where('code', '=', 'TTYT-LCCD').executeTakeFirstOrThrow()).id;
    q1 = listed.filter((o) => inForce.has(o.planId));
    expect(q1.length).toBeGreaterThan(3);
    expect(q1.every((o) => o.organization.id === centreId)).toBe(true);
    // One period was handed in on 10/03 and accepted on 12/03: done within the quarter.
    doneOccurrence = q1.find((o) => o.due! >= '2026-03-15')!;
    await t.store.db.updateTable('occurrences').set({ status: 'done', progress: 100, submitted_on: '2026-03-10', completed_on: '2026-03-12' }).where('id', '=', doneOccurrence.id).execute();
  });
  afterAll(() => t.close());

  it('compiles the quarter-I draft of the centre from its occurrences, by reform area with the task names', async () => {
    const res = await t.request('POST', '/api/reports', { cookie: coordinator, body: { period: 'Q1', year: 2026 } });
    expect(res.statusCode, res.body).toBe(201);
    report = res.json();
    expect(report).toMatchObject({ period: 'Q1', year: 2026, from: '2026-01-01', to: '2026-03-31', dueOn: '2026-03-31', state: 'draft', organization: { code: 'TTYT-LCCD' }, parent: { code: 'SYT-LC' } });
    expect(report.can).toEqual({ edit: true, compile: true, approve: false, submit: false, return: false });
    const { work } = report.sections;
    expect(work.asOf).toBe('2026-03-31');
    // Read as of 31/03: the accepted period is done; every other one due before 31/03 is late; due on 31/03 is not yet late.
    const late = q1.filter((o) => o.id !== doneOccurrence.id && o.due! < '2026-03-31');
    const notDue = q1.filter((o) => o.id !== doneOccurrence.id && o.due === '2026-03-31');
    expect(work.totals).toEqual({ total: q1.length, done: 1, doneLate: 0, late: late.length, notDue: notDue.length });
    const sum = (k: keyof Counts) => work.areas.reduce((n, a) => n + a.counts[k], 0);
    expect(sum('total')).toBe(q1.length);
    const named = (k: 'done' | 'late' | 'notDue') => new Set(work.areas.flatMap((a) => a.lines[k].map((l) => l.task)));
    expect(named('done')).toEqual(new Set([doneOccurrence.taskTitle]));
    expect(named('late')).toEqual(new Set(late.map((o) => o.taskTitle)));
    expect(work.areas.flatMap((a) => a.lines.late).reduce((n, l) => n + l.periods, 0)).toBe(late.length);
    expect(work.units).toEqual([{ id: expect.any(String), name: CENTRE, counts: work.totals }]);
    expect(report.texts).toEqual({ results: null, difficulties: null, proposals: null, nextSteps: null });
  });

  it('keeps a draft to its body: the department of health cannot read it yet, another province never', async () => {
    expect((await t.request('GET', `/api/reports/${report.id}`, { cookie: sytCoordinator })).statusCode).toBe(404);
    expect((await t.request('GET', `/api/reports/${report.id}`, { cookie: await t.login('syt-ht.director') })).statusCode).toBe(404);
    expect((await t.request('GET', `/api/reports/${report.id}`)).statusCode).toBe(401);
    const viewer = await t.login('ttyt-lccd.viewer');
    expect((await t.request('GET', `/api/reports/${report.id}`, { cookie: viewer })).json().can).toEqual({ edit: false, compile: false, approve: false, submit: false, return: false });
  });

  it('refuses a bad period, year or custom range in Vietnamese and writes nothing', async () => {
    const bad = [
      { period: 'Q5', year: 2026 },
      { period: 'Q1', year: 'năm nay' },
      { period: 'Q1', year: 1999 },
      { period: 'custom', year: 2026 },
      { period: 'custom', year: 2026, from: '2026-05-01', to: '2026-04-01' },
      { period: 'custom', year: 2026, from: '2025-12-01', to: '2026-01-31' },
      { period: 'custom', year: 2026, from: '2026-02-30', to: '2026-03-31' },
    ];
    for (const body of bad) {
      const res = await t.request('POST', '/api/reports', { cookie: coordinator, body });
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.message).toMatch(/không hợp lệ|Cần nhập|phải sau|không thuộc năm/);
    }
    const range = await t.request('POST', '/api/reports', { cookie: coordinator, body: { period: 'custom', year: 2026, from: '2026-05-01', to: '2026-04-01' } });
    expect(range.json().error).toMatchObject({ code: 'INVALID_REPORT_PERIOD', message: 'Kỳ báo cáo không hợp lệ: Ngày kết thúc phải sau hoặc trùng ngày bắt đầu.', details: [{ field: 'to' }] });
    const reporter = await t.request('POST', '/api/reports', { cookie: await t.login('ttyt-lccd.tchc-tckt'), body: { period: 'H1', year: 2026 } });
    expect(reporter.statusCode).toBe(403);
    expect(reporter.json().error.message).toBe('Chỉ lãnh đạo và đầu mối cải cách hành chính của đơn vị mới làm được việc này.');
    const mine: Report[] = (await t.request('GET', '/api/reports?year=2026', { cookie: coordinator })).json().items;
    expect(mine.map((r) => r.id)).toEqual([report.id]);
  });

  it('lets the coordinator write the difficulties, and recompiles the same draft keeping them', async () => {
    expect((await t.request('PATCH', `/api/reports/${report.id}`, { cookie: await t.login('ttyt-lccd.viewer'), body: { difficulties: 'x' } })).statusCode).toBe(403);
    expect((await t.request('PATCH', `/api/reports/${report.id}`, { cookie: coordinator, body: { difficulties: 42 } })).statusCode).toBe(400);
    const res = await t.request('PATCH', `/api/reports/${report.id}`, { cookie: coordinator, body: { difficulties: DIFFICULTIES, proposals: 'Đề nghị Sở Y tế tổ chức tập huấn nghiệp vụ CCHC.' } });
    expect(res.statusCode).toBe(200);
    expect(res.json().texts).toMatchObject({ difficulties: DIFFICULTIES, proposals: 'Đề nghị Sở Y tế tổ chức tập huấn nghiệp vụ CCHC.', results: null });
    const again = await t.request('POST', '/api/reports', { cookie: coordinator, body: { period: 'Q1', year: 2026 } });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ id: report.id, state: 'draft', texts: { difficulties: DIFFICULTIES } });
    expect(again.json().history.map((h: { kind: string }) => h.kind)).toEqual(['compile', 'edit', 'compile']);
    // Compiling again straight after is the same step of the history at its new time; the audit log keeps both.
    const third = await t.request('POST', '/api/reports', { cookie: coordinator, body: { period: 'Q1', year: 2026 } });
    const history: Report['history'] = third.json().history;
    expect(history.map((h) => h.kind)).toEqual(['compile', 'edit', 'compile']);
    expect(history[2]!.at > again.json().history[2].at).toBe(true);
  });

  it('is approved by the director only, then locked against edits and recompiling', async () => {
    const byCoordinator = await t.request('POST', `/api/reports/${report.id}/transition`, { cookie: coordinator, body: { to: 'approved' } });
    expect(byCoordinator.statusCode).toBe(403);
    expect((await t.request('POST', `/api/reports/${report.id}/transition`, { cookie: coordinator, body: { to: 'submitted' } })).statusCode).toBe(409);
    const approved = await t.request('POST', `/api/reports/${report.id}/transition`, { cookie: director, body: { to: 'approved' } });
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({ state: 'approved', can: { approve: false, submit: true, return: true, edit: false } });
    expect((await t.request('PATCH', `/api/reports/${report.id}`, { cookie: coordinator, body: { difficulties: 'Sửa sau khi duyệt' } })).statusCode).toBe(409);
    const recompile = await t.request('POST', '/api/reports', { cookie: coordinator, body: { period: 'Q1', year: 2026 } });
    expect(recompile.statusCode).toBe(409);
    expect(recompile.json().error.code).toBe('REPORT_LOCKED');
    expect((await t.request('GET', `/api/reports/${report.id}`, { cookie: coordinator })).json().texts.difficulties).toBe(DIFFICULTIES);
  });

  it('is sent up by the coordinator; the department sees who has and has not sent it', async () => {
    const sent = await t.request('POST', `/api/reports/${report.id}/transition`, { cookie: coordinator, body: { to: 'submitted' } });
    expect(sent.statusCode).toBe(200);
    expect(sent.json()).toMatchObject({ state: 'submitted', submittedAt: expect.any(String) });
    expect((await t.request('POST', `/api/reports/${report.id}/transition`, { cookie: director, body: { to: 'approved' } })).statusCode).toBe(409);
    const res = await t.request('GET', '/api/reports?year=2026&period=Q1&scope=children', { cookie: sytCoordinator });
    expect(res.statusCode).toBe(200);
    const items: Child[] = res.json().items;
    expect(items.map((i) => i.organization.code).sort()).toEqual(['BVSN', 'TTYT-LCCD']);
    // Sent in November for a quarter due on 31/03: late.
    expect(items.find((i) => i.organization.code === 'TTYT-LCCD')).toEqual({ organization: expect.objectContaining({ name: CENTRE }), submitted: true, reportId: report.id, state: 'submitted', submittedAt: expect.any(String), onTime: false });
    expect(items.find((i) => i.organization.code === 'BVSN')).toMatchObject({ submitted: false, reportId: null, onTime: null });
    expect((await t.request('GET', `/api/reports/${report.id}`, { cookie: sytCoordinator })).json().can).toMatchObject({ return: true, approve: false, edit: false });
    const refused = await t.request('GET', '/api/reports?year=2026&period=Q1&scope=children', { cookie: await t.login('bvsn.tchc') });
    expect(refused.statusCode).toBe(403);
    // A refusal names the roles that may, from the policy table, for the screen to say who can.
    expect(refused.json().error.details).toEqual({ action: 'report.compile', roles: ['coordinator', 'director'] });
    const editor = await t.request('GET', '/api/reports?year=2026', { cookie: await t.login('bvsn.editor') });
    expect([editor.statusCode, editor.json().error.details]).toEqual([403, { action: 'report.read', roles: ['admin', 'director', 'coordinator', 'viewer'] }]);
    expect((await t.request('GET', '/api/reports?year=2026&scope=children', { cookie: sytCoordinator })).statusCode).toBe(400);
  });

  it('is returned by the body above with a reason, then approved and sent again', async () => {
    expect((await t.request('POST', `/api/reports/${report.id}/transition`, { cookie: director, body: { to: 'returned', comment: 'Tự rút lại' } })).statusCode).toBe(403);
    expect((await t.request('POST', `/api/reports/${report.id}/transition`, { cookie: sytCoordinator, body: { to: 'returned' } })).statusCode).toBe(400);
    expect((await t.request('POST', `/api/reports/${report.id}/transition`, { cookie: await t.login('syt-ht.director'), body: { to: 'returned', comment: 'x' } })).statusCode).toBe(404);
    const returned = await t.request('POST', `/api/reports/${report.id}/transition`, { cookie: sytCoordinator, body: { to: 'returned', comment: 'Bổ sung nguyên nhân chậm tiến độ' } });
    expect(returned.statusCode).toBe(200);
    expect(returned.json()).toMatchObject({ state: 'returned', returnComment: 'Bổ sung nguyên nhân chậm tiến độ' });
    const children: Child[] = (await t.request('GET', '/api/reports?year=2026&period=Q1&scope=children', { cookie: sytCoordinator })).json().items;
    expect(children.find((i) => i.organization.code === 'TTYT-LCCD')).toMatchObject({ submitted: false, reportId: report.id });
    await t.request('PATCH', `/api/reports/${report.id}`, { cookie: coordinator, body: { results: 'Các nhiệm vụ chậm tiến độ do chưa bố trí được nhân lực.' } });
    expect((await t.request('POST', `/api/reports/${report.id}/transition`, { cookie: director, body: { to: 'approved' } })).statusCode).toBe(200);
    expect((await t.request('POST', `/api/reports/${report.id}/transition`, { cookie: director, body: { to: 'submitted' } })).statusCode).toBe(200);
    const history = (await t.request('GET', `/api/reports/${report.id}`, { cookie: sytDirector })).json().history as Report['history'];
    expect(history.filter((h) => h.kind === 'transition').map((h) => `${h.from}>${h.to}`)).toEqual(['draft>approved', 'approved>submitted', 'submitted>returned', 'returned>approved', 'approved>submitted']);
    expect(history.find((h) => h.to === 'returned')!.comment).toBe('Bổ sung nguyên nhân chậm tiến độ');
  });

  it("compiles the department of health's own report with the centre's numbers and words under its name", async () => {
    const res = await t.request('POST', '/api/reports', { cookie: sytCoordinator, body: { period: 'Q1', year: 2026 } });
    expect(res.statusCode, res.body).toBe(201);
    const syt: Report = res.json();
    expect(syt).toMatchObject({ organization: { code: 'SYT-LC' }, parent: null, state: 'draft' });
    const centre: Report = (await t.request('GET', `/api/reports/${report.id}`, { cookie: sytCoordinator })).json();
    expect(syt.sections.aggregate).toMatchObject({
      bodies: [{ organization: { code: 'TTYT-LCCD', name: CENTRE }, reportId: report.id, totals: centre.sections.work.totals, onTime: false, texts: { difficulties: DIFFICULTIES } }],
      missing: [{ code: 'BVSN' }],
      totals: centre.sections.work.totals,
    });
    // Work the Sở's plans give the centre is the centre's: it reaches the Sở through the centre's report
    // (the aggregate above), never a second time in the Sở's own section.
    expect(syt.sections.work.units.map((u) => u.name)).not.toContain(CENTRE);
    expect((await t.request('GET', `/api/reports/${syt.id}`, { cookie: coordinator })).statusCode).toBe(404);
    const doc = await readDocx((await t.request('GET', `/api/reports/${syt.id}/document.docx`, { cookie: sytDirector })).rawPayload);
    // Section VI: the Sở has written nothing yet, so the centre's words under its name, line by line.
    const iv = doc.paragraphs.findIndex((p) => p.text === 'VI. TỒN TẠI, HẠN CHẾ');
    expect(doc.paragraphs.slice(iv + 1, iv + 5).map((p) => p.text)).toEqual(['Ý kiến của các đơn vị trực thuộc:', `a) ${CENTRE}`, 'Nhân lực làm công tác CCHC còn kiêm nhiệm.', 'Kinh phí cho tuyên truyền còn hạn chế.']);
    // Section I carries the centre's assessment under its name too.
    const results = doc.paragraphs.findIndex((p) => p.text === 'Các nhiệm vụ chậm tiến độ do chưa bố trí được nhân lực.');
    expect(results).toBeLessThan(doc.paragraphs.findIndex((p) => p.text === 'II. CÔNG TÁC THÔNG TIN, TUYÊN TRUYỀN'));
    expect(doc.paragraphs[results - 1]!.text).toBe(`a) ${CENTRE}`);
    expect(doc.paragraph(/^Đã nhận 01\/02 báo cáo/).text).toBe('Đã nhận 01/02 báo cáo của các đơn vị trực thuộc (không có báo cáo nào gửi đúng hạn); chưa nhận báo cáo của: Bệnh viện Sản - Nhi tỉnh Lào Cai.');
    expect(doc.paragraph('- UBND tỉnh Lào Cai (b/c);').runs[0]!.sizePt).toBe(11);
    expect(doc.paragraph(/^- Lưu: VT/).text).toBe('- Lưu: VT, VP.');
  });

  it('writes the report as a DOCX in the Decree 30 layout', async () => {
    const res = await t.request('GET', `/api/reports/${report.id}/document.docx`, { cookie: coordinator });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('Báo cáo BC-TTYT quý I năm 2026.docx'));
    const doc: DocxXml = await readDocx(res.rawPayload);
    expect(doc.documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(doc.documentXml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    expect(doc.paragraph('SỞ Y TẾ TỈNH LÀO CAI').runs[0]).toMatchObject({ font: 'Times New Roman', bold: false, sizePt: 13 });
    expect(doc.paragraph('TRUNG TÂM Y TẾ KHU VỰC LÀO CAI - CAM ĐƯỜNG').runs[0]).toMatchObject({ bold: true, sizePt: 13 });
    expect(doc.paragraph('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM').runs[0]).toMatchObject({ bold: true, font: 'Times New Roman' });
    expect(doc.paragraph('Độc lập - Tự do - Hạnh phúc').runs[0]).toMatchObject({ bold: true, sizePt: 13 });
    expect(doc.paragraph('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM').runs[0]!.sizePt).toBe(12);
    const number = doc.paragraph(/^Số:/);
    expect(number.text).toBe(`Số: ${'\u00a0'.repeat(6)}/BC-TTYT`);
    expect(number.runs[0]!.sizePt).toBe(13);
    expect(doc.paragraph(/ngày\s+tháng\s+năm 2026/).text).toMatch(/^P\. Lào Cai, ngày/);
    expect(doc.paragraph(/ngày\s+tháng\s+năm 2026/).runs[0]!.italic).toBe(true);
    expect(doc.paragraph(/^BÁO CÁO$/).runs[0]).toMatchObject({ bold: true, sizePt: 14 });
    expect(doc.paragraph('Kết quả thực hiện công tác cải cách hành chính quý I năm 2026').runs[0]).toMatchObject({ bold: true, sizePt: 14 });
    for (const title of ['I. KẾT QUẢ THỰC HIỆN', 'II. CÔNG TÁC THÔNG TIN, TUYÊN TRUYỀN', 'III. KIỂM SOÁT, CÔNG KHAI THỦ TỤC HÀNH CHÍNH', 'IV. TIẾP NHẬN, XỬ LÝ PHẢN ÁNH, KIẾN NGHỊ; KHẢO SÁT SỰ HÀI LÒNG', 'V. CHỈ SỐ', 'VI. TỒN TẠI, HẠN CHẾ', 'VII. ĐỀ XUẤT, KIẾN NGHỊ', 'VIII. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI']) {
      expect(doc.paragraph(title).runs[0]!.bold, title).toBe(true);
    }
    const body = doc.paragraphs.filter((p) => !p.inTable && p.text.trim());
    for (const area of report.sections.work.areas.filter((a) => a.counts.total > 0)) {
      for (const l of [...area.lines.done, ...area.lines.late]) expect(body.some((p) => p.text.startsWith(`- ${l.task}`)), l.task).toBe(true);
    }
    // All of it is the centre's own work: its name is not repeated after every task.
    expect(body.some((p) => p.text.includes(`(${CENTRE}`))).toBe(false);
    expect(body.some((p) => /^- .+ \(02 kỳ\)[;.]$/.test(p.text))).toBe(true);
    // Each area lists only the outcomes it has, lettered a), b), c) in that order.
    expect(doc.paragraph('Nhiệm vụ đã hoàn thành:').text).toBe('a) Nhiệm vụ đã hoàn thành:');
    expect(doc.paragraph('Nhiệm vụ chậm tiến độ:').text).toMatch(/^[ab]\) Nhiệm vụ chậm tiến độ:$/);
    expect(doc.paragraph('Nhân lực làm công tác CCHC còn kiêm nhiệm.').align).toBe('both');
    expect(doc.paragraph('Các nhiệm vụ chậm tiến độ do chưa bố trí').runs[0]!.sizePt).toBe(14);
    expect(body.at(-1)!.text).toBe('Trên đây là báo cáo kết quả thực hiện công tác cải cách hành chính quý I năm 2026 của Trung tâm Y tế khu vực Lào Cai - Cam Đường./.');
    expect(doc.paragraph(/^GIÁM ĐỐC$/).runs[0]).toMatchObject({ bold: true });
    expect(doc.paragraph('Vũ Anh Dũng').runs[0]!.bold).toBe(true);
    expect(doc.paragraph(/^Nơi nhận:$/).runs[0]).toMatchObject({ bold: true, italic: true, sizePt: 12 });
    expect(doc.paragraph('- Sở Y tế tỉnh Lào Cai (b/c);').runs[0]!.sizePt).toBe(11);
    expect(doc.paragraph('- Ban Giám đốc;').text).toBe('- Ban Giám đốc;');
    expect(doc.paragraph(/^- Lưu: VT/).text).toBe('- Lưu: VT, TCHC.');
  });

  it('makes the PDF with LibreOffice from the same DOCX, and page 1 is not blank', async () => {
    const res = await t.request('GET', `/api/reports/${report.id}/document.pdf`, { cookie: sytDirector });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(inkOnFirstPage(res.rawPayload)).toBeGreaterThan(0.005);
  }, 120_000);

  it('writes every step to the audit log', async () => {
    const rows = await t.store.db.selectFrom('audit_log').select(['action', 'summary']).where('entity_id', '=', report.id).orderBy('at').orderBy('id').execute();
    expect(rows.map((r) => r.action)).toEqual(['report.compile', 'report.edit', 'report.compile', 'report.compile', 'report.approve', 'report.submit', 'report.return', 'report.edit', 'report.approve', 'report.submit']);
    expect(rows.find((r) => r.action === 'report.return')!.summary).toBe(`Trả lại báo cáo quý I năm 2026 của ${CENTRE}: Bổ sung nguyên nhân chậm tiến độ`);
  });
});
