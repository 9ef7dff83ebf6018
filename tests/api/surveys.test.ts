import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { satisfactionFor } from '../../src/server/commands/survey-satisfaction';
import { decodeQrPng, firstDataPng } from '../support/qr-decode';
import { addSurvey, ALL_KINDS_SECTIONS, answerOn } from '../support/survey-fixtures';
import { createTestApp, DIALECTS, orgId, type TestApp } from '../support/test-app';

const SCALE_IDS = ['tiep-can-1', 'tiep-can-2', 'tiep-can-3', 'thu-tuc-1', 'thu-tuc-2', 'thu-tuc-3', 'nhan-vien-1', 'nhan-vien-2', 'nhan-vien-3', 'ket-qua-1', 'ket-qua-2', 'tiep-nhan-1', 'tiep-nhan-2'];
const every = (point: number, over: Record<string, number> = {}) => ({ ...Object.fromEntries(SCALE_IDS.map((id) => [id, point])), ...over });

/**
 * Satisfaction surveys for staff (issue 14, point 4): the builder and its rules, reach, results and the
 * satisfaction rate on a known set of answers (2019, a year no demo survey answers in), the XLSX export
 * and the QR code of the public link.
 */
describe.each(DIALECTS)('surveys on %s', (dialect) => {
  let t: TestApp;
  let coordinator: string;
  let editor: string;
  let viewer: string;
  let neighbour: string;
  let department: string;
  let bvsn: string;
  let sipas: string;

  beforeAll(async () => {
    t = await createTestApp(dialect, { demoPlans: false });
    [coordinator, editor, viewer, neighbour, department] = (await Promise.all(['bvsn.coordinator', 'bvsn.editor', 'bvsn.viewer', 'ttyt-lccd.coordinator', 'syt-lc.director'].map((u) => t.login(u)))) as [string, string, string, string, string];
    bvsn = await orgId(t.store, 'BVSN');
    sipas = await addSurvey(t, coordinator, { organizationId: bvsn, template: 'sipas', title: 'Khảo sát sự hài lòng năm 2019' });
    // Three sheets with known answers: March (one unhappy with the staff, one all "hài lòng"), April all "bình thường".
    await answerOn(t, sipas, '2019-03-10', { ...every(5, { 'nhan-vien-1': 2, 'nhan-vien-2': 2, 'nhan-vien-3': 2 }), 'thong-tin-1': 0, 'thong-tin-2': [0, 2], 'y-kien-1': 'Phòng chờ hơi nóng' });
    await answerOn(t, sipas, '2019-03-20', { ...every(4), 'thong-tin-1': 1, 'y-kien-1': 'Nhân viên rất tận tình' });
    await answerOn(t, sipas, '2019-04-05', { ...every(3), 'thong-tin-2': [2] });
  });
  afterAll(() => t.close());

  it('makes a draft from the SIPAS template: sections with stable ids, the five aspects, a public link', async () => {
    const res = await t.request('GET', `/api/surveys/${sipas}`, { cookie: coordinator });
    expect(res.statusCode, res.body).toBe(200);
    const survey = res.json();
    expect(survey).toMatchObject({ template: 'sipas', standing: 'open', responseCount: 3, publicUrl: `/p/bvsn/khao-sat/${sipas}`, qrUrl: `/api/surveys/${sipas}/qr.png`, can: { update: true, publish: false, close: true } });
    expect(survey.sections.map((s: { title: string }) => s.title)).toEqual(['Thông tin chung', 'Tiếp cận dịch vụ', 'Thủ tục hành chính', 'Nhân viên tiếp nhận, giải quyết', 'Kết quả giải quyết', 'Tiếp nhận, xử lý góp ý, phản ánh', 'Ý kiến khác']);
    const questions = survey.sections.flatMap((s: { questions: unknown[] }) => s.questions);
    expect(questions.filter((q: { kind: string }) => q.kind === 'scale').map((q: { id: string }) => q.id)).toEqual(SCALE_IDS);
    expect(new Set(questions.map((q: { aspect: string | null }) => q.aspect).filter(Boolean))).toEqual(new Set(['access', 'procedure', 'staff', 'result', 'feedback_handling']));
    expect(questions.find((q: { id: string }) => q.id === 'y-kien-1')).toMatchObject({ kind: 'text', answered: true });

    const draft = await t.request('POST', '/api/surveys', { cookie: coordinator, body: { organizationId: bvsn, template: 'sipas', title: 'Bản nháp' } });
    expect(draft.json()).toMatchObject({ standing: 'draft', responseCount: 0, satisfaction: { answered: 0, percent: null }, can: { publish: true, close: false } });
  });

  it('checks the builder: choices only on choice questions, an aspect only on a scale, unique ids, known fields', async () => {
    const post = (sections: unknown, over: Record<string, unknown> = {}) => t.request('POST', '/api/surveys', { cookie: coordinator, body: { organizationId: bvsn, title: 'Thử', sections, ...over } });
    const q = (over: Record<string, unknown>) => [{ title: 'Phần 1', questions: [{ id: 'cau-1', kind: 'single', text: 'Câu hỏi', required: true, choices: ['Có', 'Không'], ...over }] }];
    const refusals: [unknown, Record<string, unknown>, RegExp][] = [
      [q({ choices: ['Chỉ một'] }), {}, /ít nhất 2 phương án/],
      [q({ kind: 'scale' }), {}, /Chỉ câu hỏi lựa chọn mới có phương án/],
      [q({ kind: 'text', choices: null, aspect: 'staff' }), {}, /Chỉ câu hỏi thang điểm/],
      [q({ id: 'Câu 1' }), {}, /Mã câu hỏi/],
      [[...q({}), ...q({})], {}, /Mỗi câu hỏi phải có mã riêng/],
      [q({ hint: 'x' }), {}, /hint/],
      [q({}), { closesOn: '2026-01-01', opensOn: '2026-02-01' }, /Ngày kết thúc/],
      [undefined, {}, /mẫu SIPAS hoặc soạn/],
    ];
    for (const [sections, over, message] of refusals) {
      const res = await post(sections, over);
      expect(res.statusCode, res.body).toBe(400);
      expect(JSON.stringify(res.json().error), String(message)).toMatch(message);
    }
    expect((await post(q({}))).statusCode).toBe(201);
  });

  it('keeps answered questions: no removal, no change of kind or fewer choices (409); wording and new questions are fine', async () => {
    const id = await addSurvey(t, coordinator, { organizationId: bvsn, sections: ALL_KINDS_SECTIONS });
    await answerOn(t, id, '2018-05-01', { 'doi-tuong': 1, 'thai-do': 5 });
    const patch = (sections: unknown) => t.request('PATCH', `/api/surveys/${id}`, { cookie: editor, body: { sections } });
    const [about, rating] = ALL_KINDS_SECTIONS;
    const removed = await patch([about, { ...rating, questions: rating!.questions.filter((q) => q.id !== 'thai-do') }]);
    expect(removed.statusCode).toBe(409);
    expect(removed.json().error).toMatchObject({ code: 'SURVEY_QUESTION_ANSWERED', message: expect.stringMatching(/đã có người trả lời nên không xóa được/) });
    const rekinded = await patch([{ ...about, questions: about!.questions.map((q) => (q.id === 'doi-tuong' ? { ...q, kind: 'multiple' } : q)) }, rating]);
    expect(rekinded.statusCode).toBe(409);
    expect(rekinded.json().error.message).toMatch(/không đổi được loại câu hỏi/);
    const fewer = await patch([{ ...about, questions: about!.questions.map((q) => (q.id === 'doi-tuong' ? { ...q, choices: ['Người bệnh', 'Khác'].slice(0, 2) } : q)) }, rating]);
    expect(fewer.statusCode, fewer.body).toBe(200);

    // Unanswered questions may go; answered ones may be reworded; new ones join.
    const reworded = await patch([
      { ...about, questions: about!.questions.filter((q) => q.id !== 'kenh') },
      { ...rating, questions: [...rating!.questions.map((q) => (q.id === 'thai-do' ? { ...q, text: 'Thái độ của nhân viên' } : q)), { id: 'moi', kind: 'scale', text: 'Câu mới', required: false, aspect: 'result' }] },
    ]);
    expect(reworded.statusCode, reworded.body).toBe(200);
    const questions = reworded.json().sections.flatMap((s: { questions: unknown[] }) => s.questions);
    expect(questions.map((q: { id: string; answered: boolean }) => [q.id, q.answered])).toEqual([['doi-tuong', true], ['thai-do', true], ['cho-ngoi', false], ['gop-y', false], ['moi', false]]);
    expect((await t.request('PATCH', `/api/surveys/${id}`, { cookie: editor, body: { title: 'Tên mới', closesOn: '2019-01-01', opensOn: '2019-02-01' } })).statusCode).toBe(400);
  });

  it('lets the body manage, all its staff read, and answers another body "not found"', async () => {
    const mine = await t.request('GET', '/api/surveys', { cookie: viewer });
    expect(mine.statusCode).toBe(200);
    expect(mine.json().items.some((s: { id: string }) => s.id === sipas)).toBe(true);
    expect(mine.json().items.find((s: { id: string }) => s.id === sipas).can).toEqual({ update: false, publish: false, close: false });
    expect((await t.request('GET', `/api/surveys/${sipas}/results`, { cookie: viewer })).statusCode).toBe(200);
    expect((await t.request('PATCH', `/api/surveys/${sipas}`, { cookie: viewer, body: { title: 'Không được' } })).statusCode).toBe(403);
    expect((await t.request('POST', '/api/surveys', { cookie: viewer, body: { organizationId: bvsn, template: 'sipas', title: 'Không được' } })).statusCode).toBe(403);
    expect((await t.request('PATCH', `/api/surveys/${sipas}`, { cookie: editor, body: { description: 'Mời người dân góp ý' } })).statusCode).toBe(200);

    for (const [method, url] of [['GET', `/api/surveys/${sipas}`], ['GET', `/api/surveys/${sipas}/results`], ['GET', `/api/surveys/${sipas}/responses.xlsx`], ['GET', `/api/surveys/${sipas}/qr.png`], ['POST', `/api/surveys/${sipas}/close`]] as const) {
      const res = await t.request(method, url, { cookie: neighbour });
      expect(res.statusCode, url).toBe(404);
      expect(res.json().error.code).toBe('SURVEY_NOT_FOUND');
    }
    expect((await t.request('PATCH', `/api/surveys/${sipas}`, { cookie: neighbour, body: { title: 'X' } })).statusCode).toBe(404);
    expect((await t.request('POST', '/api/surveys', { cookie: neighbour, body: { organizationId: bvsn, template: 'sipas', title: 'X' } })).statusCode).toBe(404);
    expect((await t.request('GET', `/api/surveys?organizationId=${bvsn}`, { cookie: neighbour })).statusCode).toBe(404);
    expect((await t.request('GET', '/api/surveys?sort=new', { cookie: viewer })).statusCode).toBe(400);
    expect((await t.request('GET', `/api/surveys/${sipas}`)).statusCode).toBe(401);
  });

  it('counts each answer per question and gives the rate overall, per aspect and per month', async () => {
    const res = await t.request('GET', `/api/surveys/${sipas}/results`, { cookie: coordinator });
    expect(res.statusCode, res.body).toBe(200);
    const results = res.json();
    expect(results.responses).toBe(3);
    expect(results.satisfaction.overall).toEqual({ answered: 39, satisfied: 23, percent: 59 });
    expect(results.satisfaction.aspects).toEqual([
      { aspect: 'access', answered: 9, satisfied: 6, percent: 66.7 },
      { aspect: 'procedure', answered: 9, satisfied: 6, percent: 66.7 },
      { aspect: 'staff', answered: 9, satisfied: 3, percent: 33.3 },
      { aspect: 'result', answered: 6, satisfied: 4, percent: 66.7 },
      { aspect: 'feedback_handling', answered: 6, satisfied: 4, percent: 66.7 },
    ]);
    expect(results.satisfaction.months).toEqual([
      { month: '2019-03', answered: 26, satisfied: 23, percent: 88.5 },
      { month: '2019-04', answered: 13, satisfied: 0, percent: 0 },
    ]);
    const question = (id: string) => results.questions.find((q: { id: string }) => q.id === id);
    expect(question('tiep-can-1')).toMatchObject({ kind: 'scale', answered: 3, counts: [0, 0, 1, 1, 1], texts: null });
    expect(question('nhan-vien-1')).toMatchObject({ answered: 3, counts: [0, 1, 1, 1, 0] });
    expect(question('thong-tin-1')).toMatchObject({ kind: 'single', answered: 2, counts: [1, 1, 0, 0] });
    expect(question('thong-tin-2')).toMatchObject({ kind: 'multiple', answered: 2, counts: [1, 0, 2, 0, 0] });
    expect(question('y-kien-1')).toMatchObject({ kind: 'text', answered: 2, counts: null, texts: [{ answeredOn: '2019-03-20', text: 'Nhân viên rất tận tình' }, { answeredOn: '2019-03-10', text: 'Phòng chờ hơi nóng' }] });

    const april = (await t.request('GET', `/api/surveys/${sipas}/results?from=2019-04-01&to=2019-04-30`, { cookie: coordinator })).json();
    expect(april.responses).toBe(1);
    expect(april.satisfaction.overall).toEqual({ answered: 13, satisfied: 0, percent: 0 });
    expect((await t.request('GET', `/api/surveys/${sipas}/results?from=2019-05-01&to=2019-04-01`, { cookie: coordinator })).statusCode).toBe(400);
    expect((await t.request('GET', `/api/surveys/${sipas}/results?tu=2019-05-01`, { cookie: coordinator })).statusCode).toBe(400);
  });

  it('gives the same rate to the indices and reports (satisfactionFor) and to the department of health table', async () => {
    const year = { from: '2019-01-01', to: '2019-04-30' };
    const rate = await satisfactionFor(t.store.db, [bvsn], year);
    expect(rate.overall).toEqual({ answered: 39, satisfied: 23, percent: 59 });
    expect(rate.months.map((m) => m.month)).toEqual(['2019-03', '2019-04']);
    expect((await satisfactionFor(t.store.db, [], year)).overall.percent).toBeNull();

    const own = (await t.request('GET', '/api/surveys/satisfaction-by-body?year=2019', { cookie: coordinator })).json();
    expect(own.items).toHaveLength(1);
    expect(own.items[0]).toMatchObject({ organization: { code: 'BVSN' }, responses: 3, overall: { percent: 59 } });

    const province = await t.request('GET', '/api/surveys/satisfaction-by-body?year=2019', { cookie: department });
    expect(province.statusCode, province.body).toBe(200);
    const byCode = Object.fromEntries(province.json().items.map((i: { organization: { code: string } }) => [i.organization.code, i]));
    expect(byCode.BVSN).toMatchObject({ responses: 3, overall: { answered: 39, satisfied: 23 } });
    expect(byCode['TTYT-LCCD']).toMatchObject({ responses: 0, overall: { answered: 0, percent: null } });
    expect(province.json().total).toMatchObject({ responses: 3, answered: 39, satisfied: 23, percent: 59 });
  });

  it('keeps day tallies that add up to the answers: two sheets of one day add, a scale outside SIPAS counts under no aspect', async () => {
    const sections = [{ title: 'Đánh giá', questions: [...ALL_KINDS_SECTIONS[1]!.questions, { id: 'an-uong', kind: 'scale', text: 'Căng tin sạch sẽ', required: false }] }];
    const id = await addSurvey(t, coordinator, { organizationId: bvsn, title: 'Khảo sát căng tin 2018', sections });
    await answerOn(t, id, '2018-06-01', { 'thai-do': 5, 'cho-ngoi': 2, 'an-uong': 4 });
    await answerOn(t, id, '2018-06-01', { 'thai-do': 3, 'an-uong': 5 });
    const tallies = await t.store.db.selectFrom('survey_scale_tallies').select(['answered_on', 'aspect', 'answered', 'satisfied']).where('survey_id', '=', id).orderBy('aspect').execute();
    expect(tallies).toEqual([
      { answered_on: '2018-06-01', aspect: '', answered: 2, satisfied: 2 },
      { answered_on: '2018-06-01', aspect: 'access', answered: 1, satisfied: 0 },
      { answered_on: '2018-06-01', aspect: 'staff', answered: 2, satisfied: 1 },
    ]);
    const rate = (await t.request('GET', `/api/surveys/${id}/results`, { cookie: coordinator })).json().satisfaction;
    expect(rate.overall).toEqual({ answered: 5, satisfied: 3, percent: 60 });
    expect(rate.aspects.map((a: { aspect: string }) => a.aspect)).toEqual(['access', 'staff']);

    // Every tally of the database (the demo's history included) is the count of its raw answers.
    const aspect = sql<string>`coalesce(aspect, '')`;
    const raw = await t.store.db
      .selectFrom('survey_scale_answers')
      .select((eb) => ['survey_id', 'answered_on', aspect.as('aspect'), eb.fn.countAll<number | string>().as('answered'), eb.fn.sum<number | string>(eb.case().when('point', '>=', 4).then(1).else(0).end()).as('satisfied')])
      .groupBy(['survey_id', 'answered_on', aspect])
      .execute();
    const kept = await t.store.db.selectFrom('survey_scale_tallies').select(['survey_id', 'answered_on', 'aspect', 'answered', 'satisfied']).execute();
    const line = (r: { survey_id: string; answered_on: string; aspect: string | null; answered: number | string; satisfied: number | string }) => `${r.survey_id} ${r.answered_on} ${r.aspect} ${Number(r.answered)} ${Number(r.satisfied)}`;
    expect(kept.map(line).sort()).toEqual(raw.map(line).sort());
    expect(kept.length).toBeGreaterThan(3);
  });

  it('exports one row per sheet: the day, then each question as a number or as its words', async () => {
    const res = await t.request('GET', `/api/surveys/${sipas}/responses.xlsx`, { cookie: viewer });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(3).values as unknown[]).slice(1);
    expect(header[0]).toBe('Ngày trả lời');
    expect(header).toContain('Ông/bà là');
    expect(header).toContain('Nhân viên có thái độ lịch sự, tôn trọng khi tiếp nhận và giải quyết');
    expect(header).toHaveLength(17);
    const column = (text: string) => header.indexOf(text) + 1;
    const first = sheet.getRow(4);
    expect(first.getCell(1).value).toEqual(new Date('2019-03-10T00:00:00Z'));
    expect(first.getCell(1).numFmt).toBe('dd/mm/yyyy');
    expect(first.getCell(column('Ông/bà là')).value).toBe('Người bệnh');
    expect(first.getCell(column('Ông/bà biết đến thủ tục qua kênh nào?')).value).toBe('Bảng niêm yết tại đơn vị; Mạng xã hội (Zalo, Facebook)');
    expect(first.getCell(column('Nhân viên có thái độ lịch sự, tôn trọng khi tiếp nhận và giải quyết')).value).toBe(2);
    expect(first.getCell(column('Ông/bà có góp ý gì để đơn vị phục vụ tốt hơn?')).value).toBe('Phòng chờ hơi nóng');
    expect(sheet.getRow(6).getCell(1).value).toEqual(new Date('2019-04-05T00:00:00Z'));
    expect(sheet.getRow(7).getCell(1).value ?? null).toBeNull();
  });

  it('draws a QR code of the public link, and an A4 page to print with it', async () => {
    const link = new RegExp(`^https?://[^/]+/p/bvsn/khao-sat/${sipas}$`);
    const png = await t.request('GET', `/api/surveys/${sipas}/qr.png`, { cookie: viewer });
    expect(png.statusCode).toBe(200);
    expect(png.headers['content-type']).toBe('image/png');
    expect(decodeQrPng(png.rawPayload)).toMatch(link);
    const sheet = await t.request('GET', `/p/bvsn/khao-sat/${sipas}/in`);
    expect(sheet.statusCode).toBe(200);
    expect(sheet.body).toContain('Quét mã để góp ý');
    expect(sheet.body).toContain('Khảo sát sự hài lòng năm 2019');
    expect(sheet.body).toMatch(new RegExp(`https?://[^/<]+/p/bvsn/khao-sat/${sipas}<`));
    expect(decodeQrPng(firstDataPng(sheet.body))).toMatch(link);
  });

  it('closes today and publishes again; a draft cannot be closed', async () => {
    const id = await addSurvey(t, coordinator, { organizationId: bvsn, template: 'sipas', closesOn: '2099-12-31' });
    const closed = await t.request('POST', `/api/surveys/${id}/close`, { cookie: editor });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ standing: 'closed', can: { publish: true, close: false } });
    expect(closed.json().closesOn).toBe(new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10));
    expect((await t.request('POST', `/api/surveys/${id}/close`, { cookie: editor })).statusCode).toBe(409);
    expect((await t.request('POST', `/api/surveys/${id}/publish`, { cookie: editor })).json().standing).toBe('open');
    const draft = await addSurvey(t, coordinator, { organizationId: bvsn, template: 'sipas' }, { publish: false });
    expect((await t.request('POST', `/api/surveys/${draft}/close`, { cookie: editor })).statusCode).toBe(409);
    const audit = await t.store.db.selectFrom('audit_log').select('action').where('entity_id', '=', id).orderBy('at').execute();
    expect(audit.map((a) => a.action)).toEqual(['survey.create', 'survey.publish', 'survey.close', 'survey.publish']);
  });
});
