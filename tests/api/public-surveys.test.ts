import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SURVEY_ANSWER_LIMIT } from '../../src/server/routes/public-surveys';
import { SCALE_LABELS_VI } from '../../src/shared/survey-vocabulary';
import { addSurvey, ALL_KINDS_SECTIONS } from '../support/survey-fixtures';
import { createTestApp, DIALECTS, orgId, type TestApp } from '../support/test-app';

const FORM = 'application/x-www-form-urlencoded';

/**
 * The citizen's side of a survey (issue 14, point 4): a questionnaire that works without script on a phone,
 * required answers checked with the answers kept, one answer per device (a cookie), a rate limit per address,
 * pages for a survey not open, and nothing that identifies the citizen kept.
 */
describe.each(DIALECTS)('public survey pages on %s', (dialect) => {
  let t: TestApp;
  let coordinator: string;
  let bvsn: string;
  const ids: Record<string, string> = {};
  let address = 0;

  /** Each test sends from its own address, so the rate limit is met only where it is meant to be. */
  const send = (id: string, fields: [string, string][], options: { cookie?: string; ip?: string; code?: string } = {}) =>
    t.app.inject({
      method: 'POST',
      url: `/p/${options.code ?? 'bvsn'}/khao-sat/${id}`,
      headers: { 'content-type': FORM, ...(options.cookie ? { cookie: options.cookie } : {}) },
      payload: new URLSearchParams(fields).toString(),
      remoteAddress: options.ip ?? `198.51.100.${++address}`,
    });
  const valid: [string, string][] = [['q_doi-tuong', '1'], ['q_kenh', '0'], ['q_kenh', '2'], ['q_thai-do', '5'], ['q_cho-ngoi', '3'], ['q_gop-y', 'Nhân viên rất nhiệt tình']];
  const cookieOf = (res: { cookies: { name: string; value: string }[] }, id: string) => {
    const c = res.cookies.find((k) => k.name === `ks_${id}`);
    return c && `ks_${id}=${c.value}`;
  };
  /** The <input> tags of a field, whatever order React writes their attributes in. */
  const inputs = (html: string, type: string, name: string) => (html.match(/<input[^>]*>/g) ?? []).filter((tag) => tag.includes(`type="${type}"`) && tag.includes(`name="${name}"`));
  const isChecked = (html: string, type: string, name: string, value: string) => inputs(html, type, name).some((tag) => tag.includes(`value="${value}"`) && tag.includes('checked'));
  const counts = async (id: string) => ({
    responses: (await t.store.db.selectFrom('survey_responses').select('id').where('survey_id', '=', id).execute()).length,
    scale: (await t.store.db.selectFrom('survey_scale_answers').select('point').where('survey_id', '=', id).execute()).length,
  });

  beforeAll(async () => {
    t = await createTestApp(dialect, { demoPlans: false });
    coordinator = await t.login('bvsn.coordinator');
    bvsn = await orgId(t.store, 'BVSN');
    ids.open = await addSurvey(t, coordinator, { organizationId: bvsn, title: 'Khảo sát người bệnh ngoại trú', description: 'Xin ông/bà dành ít phút.', sections: ALL_KINDS_SECTIONS });
    ids.draft = await addSurvey(t, coordinator, { organizationId: bvsn, template: 'sipas' }, { publish: false });
    ids.later = await addSurvey(t, coordinator, { organizationId: bvsn, template: 'sipas', opensOn: '2099-01-01' });
    ids.ended = await addSurvey(t, coordinator, { organizationId: bvsn, template: 'sipas', opensOn: '2020-01-01', closesOn: '2020-12-31' });
    ids.limited = await addSurvey(t, coordinator, { organizationId: bvsn, sections: ALL_KINDS_SECTIONS });
  });
  afterAll(() => t.close());

  it('shows every kind of question as a plain form, required ones marked, and gives the device a cookie', async () => {
    const res = await t.request('GET', `/p/bvsn/khao-sat/${ids.open}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    const html = res.body;
    expect(html).toContain('<h1>Khảo sát người bệnh ngoại trú</h1>');
    expect(html).toContain(`action="/p/bvsn/khao-sat/${ids.open}"`);
    expect(html).not.toContain('<script');
    expect(html).toMatch(/<fieldset class="survey-section"><legend>Về ông\/bà<\/legend>/);
    expect(inputs(html, 'radio', 'q_thai-do')).toHaveLength(5);
    for (const label of SCALE_LABELS_VI) expect(html).toContain(label);
    expect(inputs(html, 'checkbox', 'q_kenh')).toHaveLength(3);
    expect(inputs(html, 'radio', 'q_doi-tuong')).toHaveLength(2);
    expect(inputs(html, 'radio', 'q_doi-tuong').filter((tag) => tag.includes('required'))).toHaveLength(1);
    expect(html).toMatch(/<textarea id="q_gop-y" name="q_gop-y"/);
    expect(html).toMatch(/Thái độ của nhân viên tiếp đón<span class="req"/);
    expect(html).not.toMatch(/Nơi ngồi chờ sạch sẽ, thoáng mát<span class="req"/);
    expect(html).toContain('Câu có dấu * là câu bắt buộc.');
    const cookie = res.cookies.find((c) => c.name === `ks_${ids.open}`);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: `/p/bvsn/khao-sat/${ids.open}` });
    expect(cookie!.value.length).toBeGreaterThanOrEqual(40);
    expect(res.headers['cache-control']).toContain('private');
  });

  it('refuses a sheet without its required answers or with values it does not offer, keeping what was given (400)', async () => {
    const missing = await send(ids.open!, [['q_cho-ngoi', '4'], ['q_kenh', '1'], ['q_gop-y', 'Ý kiến giữ lại']]);
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('Phiếu chưa gửi được: còn 2 câu cần xem lại.');
    expect(missing.body).toContain('Xin ông/bà chọn một câu trả lời.');
    expect(isChecked(missing.body, 'radio', 'q_cho-ngoi', '4')).toBe(true);
    expect(isChecked(missing.body, 'radio', 'q_cho-ngoi', '3')).toBe(false);
    expect(isChecked(missing.body, 'checkbox', 'q_kenh', '1')).toBe(true);
    expect(missing.body).toContain('Ý kiến giữ lại</textarea>');
    const wrong = await send(ids.open!, [['q_doi-tuong', '7'], ['q_thai-do', '6']]);
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('Mức đánh giá phải từ 1 đến 5.');
    expect(wrong.body).toContain('Xin chọn một trong các phương án.');
    expect(await counts(ids.open!)).toEqual({ responses: 0, scale: 0 });
  });

  it('keeps a complete sheet with its scale answers and thanks the citizen; the same device is refused a second time', async () => {
    const page = await t.request('GET', `/p/bvsn/khao-sat/${ids.open}`);
    const cookie = cookieOf(page, ids.open!)!;
    const res = await send(ids.open!, valid, { cookie });
    expect(res.statusCode, res.body).toBe(303);
    expect(res.headers.location).toBe(`/p/bvsn/khao-sat/${ids.open}/cam-on`);
    expect(await counts(ids.open!)).toEqual({ responses: 1, scale: 2 });
    const sheet = await t.store.db.selectFrom('survey_responses').selectAll().where('survey_id', '=', ids.open!).executeTakeFirstOrThrow();
    expect(JSON.parse(sheet.answers_json)).toEqual({ 'doi-tuong': 1, kenh: [0, 2], 'thai-do': 5, 'cho-ngoi': 3, 'gop-y': 'Nhân viên rất nhiệt tình' });
    expect(sheet.device_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(sheet.device_hash).not.toBe(cookie.split('=')[1]);
    const thanks = await t.request('GET', res.headers.location as string);
    expect(thanks.statusCode).toBe(200);
    expect(thanks.body).toContain('Cảm ơn ông/bà đã trả lời khảo sát');

    const again = await send(ids.open!, valid, { cookie });
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain('Đơn vị đã nhận phiếu của ông/bà');
    expect((await t.request('GET', `/p/bvsn/khao-sat/${ids.open}`, { headers: { cookie } })).body).toContain('Thiết bị này đã gửi phiếu');
    expect(await counts(ids.open!)).toEqual({ responses: 1, scale: 2 });

    // A browser that keeps no cookie is still heard, and is given one.
    const fresh = await send(ids.open!, valid);
    expect(fresh.statusCode).toBe(303);
    expect(cookieOf(fresh, ids.open!)).toBeTruthy();
    const results = (await t.request('GET', `/api/surveys/${ids.open}/results`, { cookie: coordinator })).json();
    expect(results.satisfaction.overall).toEqual({ answered: 4, satisfied: 2, percent: 50 });
  });

  it('answers a draft, another body and an unknown survey "not found", and says when a survey is not open', async () => {
    expect((await t.request('GET', `/p/bvsn/khao-sat/${ids.draft}`)).statusCode).toBe(404);
    expect((await send(ids.draft!, valid)).statusCode).toBe(404);
    expect((await t.request('GET', `/p/ttyt-lccd/khao-sat/${ids.open}`)).statusCode).toBe(404);
    expect((await t.request('GET', '/p/bvsn/khao-sat/khong-co')).statusCode).toBe(404);
    const later = await t.request('GET', `/p/bvsn/khao-sat/${ids.later}`);
    expect(later.statusCode).toBe(200);
    expect(later.body).toContain('Khảo sát chưa bắt đầu');
    expect(later.body).toContain('01/01/2099');
    expect(later.body).not.toContain('<form');
    const ended = await t.request('GET', `/p/bvsn/khao-sat/${ids.ended}`);
    expect(ended.body).toContain('Khảo sát này đã kết thúc ngày 31/12/2020');
    const tooLate = await send(ids.ended!, [['q_tiep-can-1', '5']]);
    expect(tooLate.statusCode).toBe(409);
    expect(tooLate.body).toContain('không nhận thêm phiếu');
    expect((await send(ids.later!, [['q_tiep-can-1', '5']])).statusCode).toBe(409);
    expect(await counts(ids.ended!)).toEqual({ responses: 0, scale: 0 });
  });

  it(`limits one address to ${SURVEY_ANSWER_LIMIT.max} sends a minute, with a page that says so`, async () => {
    const ip = '192.0.2.200';
    for (let i = 0; i < SURVEY_ANSWER_LIMIT.max; i++) expect((await send(ids.limited!, valid, { ip })).statusCode).toBe(303);
    const refused = await send(ids.limited!, valid, { ip });
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['content-type']).toContain('text/html');
    expect(refused.body).toContain('Gửi quá nhiều lần');
    expect((await send(ids.limited!, valid, { ip: '192.0.2.201' })).statusCode).toBe(303);
    expect((await counts(ids.limited!)).responses).toBe(SURVEY_ANSWER_LIMIT.max + 1);
  });

  it('keeps no address of the citizen: not with the answers, not in the audit trail', async () => {
    const ip = '203.0.113.77';
    expect((await send(ids.open!, valid, { ip })).statusCode).toBe(303);
    const kept = JSON.stringify([
      await t.store.db.selectFrom('survey_responses').selectAll().execute(),
      await t.store.db.selectFrom('survey_scale_answers').selectAll().execute(),
      await t.store.db.selectFrom('audit_log').selectAll().execute(),
    ]);
    expect(kept).not.toContain(ip);
    expect(kept).not.toContain('198.51.100.');
  });
});
