import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/calendar/iso-day';
import { todayInVietnam } from '../../src/domain/calendar';
import { createTestApp, DIALECTS, orgId, type TestApp } from '../support/test-app';

type Row = { code: string; scored: boolean; maxPoints: number; selfPoints: number | null; reviewPoints: number | null; reviewReason: string | null; answer: string | null; proposal: { figure: string; percent: number | null; points: number | null } | null; evidence: { id: string; source: string }[] };

/**
 * Issue 16: a scoring round lived through the API — the demo's department of health with last year's
 * round published and this year's open — self-assessment with evidence from the system, the deadline,
 * review with reasons and one answer, publication and the ranking, each person seeing what is theirs.
 */
describe.each(DIALECTS)('CCHC scoring rounds on %s', (dialect) => {
  let t: TestApp;
  let syt: string;
  let reviewer: string;
  let bvsn: string;
  let ttyt: string;
  let current: { id: string; bodies: { assessmentId: string; organization: { name: string } }[] };
  let centre: string;
  const today = todayInVietnam(new Date());

  beforeAll(async () => {
    t = await createTestApp(dialect, { demoHistory: true });
    syt = await t.login('syt-lc.coordinator');
    reviewer = await t.login('syt-lc.tccb');
    bvsn = await t.login('bvsn.coordinator');
    ttyt = await t.login('ttyt-lccd.coordinator');
  });
  afterAll(() => t.close());

  const get = async (url: string, cookie: string) => {
    const res = await t.request('GET', url, { cookie });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const criteriaOf = async (cookie: string) => (await get(`/api/scoring/assessments/${centre}`, cookie)).criteria as Row[];

  it('shows the department of health last year’s round published and this year’s in self-assessment', async () => {
    const { items } = await get('/api/scoring/rounds', syt);
    expect(items.map((r: { year: number; phase: string }) => [r.year, r.phase])).toEqual([
      [Number(today.slice(0, 4)), 'self_assessment'],
      [Number(today.slice(0, 4)) - 1, 'published'],
    ]);
    current = await get(`/api/scoring/rounds/${items[0].id}`, syt);
    expect(current.bodies.map((b) => b.organization.name).sort()).toHaveLength(2);
    const last = await get(`/api/scoring/rounds/${items[1].id}/results`, bvsn);
    expect(last.published).toBe(true);
    expect(last.rows.map((r: { rank: number }) => r.rank)).toEqual([1, 2]);
    expect(last.rows[0].total).toBeGreaterThan(last.rows[1].total);
    expect(last.maxPoints).toBe(100);
    // This year's table shows last year's total beside each body.
    const lastYear = current.bodies.map((b) => (b as unknown as { lastYear: { total: number } | null }).lastYear?.total).sort();
    expect(lastYear).toEqual(last.rows.map((r: { total: number }) => r.total).sort());
    centre = current.bodies.find((b) => b.organization.name.startsWith('Trung tâm'))!.assessmentId;
  });

  it('puts on each person’s home page what the round asks of them now', async () => {
    const duties = async (cookie: string) => (await get('/api/home', cookie)).scoring.map((d: { kind: string; count: number | null; assessmentId: string | null }) => [d.kind, d.count, d.assessmentId]);
    // The centre has scored 12 of the 23 criteria; the hospital has sent its own; the review team has it to review.
    expect(await duties(ttyt)).toEqual([['self_assess', 11, centre]]);
    expect(await duties(bvsn)).toEqual([]);
    expect(await duties(reviewer)).toEqual([['review', 1, null]]);
    expect(await duties(syt)).toEqual([]);
  });

  it('keeps the criteria of a set a round scores with; its name and bands change until publication, then nothing', async () => {
    const round = await get(`/api/scoring/rounds/${current.id}`, syt);
    const set = await get(`/api/scoring/criteria-sets/${round.criteriaSet.id}`, syt);
    type View = { code: string; name: string; maxPoints: number; guide: string | null; evidence: string | null; children: View[] };
    // As the form sends a set: a criterion without sub-criteria carries no `children`.
    const strip = (c: View): unknown => ({ code: c.code, name: c.name, maxPoints: c.maxPoints, guide: c.guide, evidence: c.evidence, ...(c.children.length > 0 ? { children: c.children.map(strip) } : {}) });
    const areas = set.areas.map(strip);
    const renamed = structuredClone(areas) as { name: string }[];
    renamed[0]!.name = 'Chỉ đạo, điều hành';
    const refused = await t.request('PUT', `/api/scoring/criteria-sets/${set.id}`, { cookie: syt, body: { areas: renamed } });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('CRITERIA_SET_IN_USE');
    // The same criteria sent back, with a new name and bands, is no change of criteria.
    expect((await t.request('PUT', `/api/scoring/criteria-sets/${set.id}`, { cookie: syt, body: { areas, name: `${set.name} (sửa)`, bands: set.bands } })).statusCode).toBe(200);
    const lastSet = (await get('/api/scoring/rounds', syt)).items.find((r: { phase: string }) => r.phase === 'published').criteriaSet.id;
    const frozen = await t.request('PUT', `/api/scoring/criteria-sets/${lastSet}`, { cookie: syt, body: { name: 'Đổi tên sau khi công bố' } });
    expect(frozen.statusCode).toBe(409);
    expect(frozen.json().error.message).toContain('đã công bố');
  });

  it('shows a body its own row only, and the ranking only once published', async () => {
    const mine = await get(`/api/scoring/rounds/${current.id}`, bvsn);
    expect(mine.bodies).toHaveLength(1);
    expect(mine.bodyCount).toBe(2);
    const res = await t.request('GET', `/api/scoring/rounds/${current.id}/results`, { cookie: bvsn });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('RESULTS_NOT_PUBLISHED');
    expect((await t.request('GET', `/api/scoring/assessments/${centre}`, { cookie: bvsn })).statusCode).toBe(404);
    const other = await t.login('syt-ht.coordinator');
    expect((await t.request('GET', `/api/scoring/rounds/${current.id}`, { cookie: other })).statusCode).toBe(404);
    expect((await t.request('GET', `/api/scoring/assessments/${centre}`, { cookie: other })).statusCode).toBe(404);
  });

  it('proposes the score where the guide is a rule on a figure the system computes', async () => {
    const rows = await criteriaOf(ttyt);
    const tasks = rows.find((r) => r.code === '1.1.2')!;
    expect(tasks.proposal?.figure).toBe('tasks_on_time');
    expect(tasks.proposal?.percent).toEqual(expect.any(Number));
    expect(tasks.proposal?.points).toEqual(expect.any(Number));
    expect(rows.find((r) => r.code === '2.1')!.proposal).toBeNull();
  });

  it('proposes nothing for a year not begun, rather than a share counted to a day to come', async () => {
    const set = (await get('/api/scoring/rounds', syt)).items[0].criteriaSet.id;
    const next = await t.request('POST', `/api/scoring/criteria-sets/${set}/copy`, { cookie: syt, body: { year: 2099 } });
    const hospital = await orgId(t.store, 'BVSN');
    const tccb = await t.store.db.selectFrom('users').select('id').where('username', '=', 'syt-lc.tccb').executeTakeFirstOrThrow();
    const opened = await t.request('POST', '/api/scoring/rounds', { cookie: syt, body: { criteriaSetId: next.json().id, bodyIds: [hospital], selfDeadline: '2099-12-15', reviewDeadline: '2099-12-31', reviewerIds: [tccb.id] } });
    expect(opened.statusCode, opened.body).toBe(201);
    const assessment = opened.json().bodies[0].assessmentId;
    const rows = (await get(`/api/scoring/assessments/${assessment}`, bvsn)).criteria as Row[];
    expect(rows.find((r) => r.code === '1.1.2')!.proposal).toEqual({ figure: 'tasks_on_time', figureLabel: 'Tỷ lệ nhiệm vụ hoàn thành đúng hạn', percent: null, points: null });
    const options = await get(`/api/scoring/assessments/${assessment}/evidence-options`, bvsn);
    expect(options.figures.every((f: { percent: number | null; detail: string }) => f.percent === null && f.detail.includes('chưa bắt đầu'))).toBe(true);
  });

  it('refuses a score above the criterion’s maximum, and changes nothing', async () => {
    const before = (await criteriaOf(ttyt)).find((r) => r.code === '2.1')!.selfPoints;
    const res = await t.request('PUT', `/api/scoring/assessments/${centre}/self-scores`, { cookie: ttyt, body: { scores: [{ code: '2.2', points: 1 }, { code: '2.1', points: 5.5 }] } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('không được vượt điểm tối đa (5)');
    const after = await criteriaOf(ttyt);
    expect(after.find((r) => r.code === '2.1')!.selfPoints).toBe(before);
    expect(after.find((r) => r.code === '2.2')!.selfPoints).not.toBe(1);
    const area = await t.request('PUT', `/api/scoring/assessments/${centre}/self-scores`, { cookie: ttyt, body: { scores: [{ code: 'II', points: 1 }] } });
    expect(area.statusCode).toBe(400);
  });

  it('attaches the body’s own work from the system as evidence, and never another body’s', async () => {
    const options = await get(`/api/scoring/assessments/${centre}/evidence-options`, ttyt);
    expect(options.occurrences.length).toBeGreaterThan(0);
    expect(options.figures.map((f: { figure: string }) => f.figure)).toContain('survey_satisfaction');
    const added = await t.request('POST', `/api/scoring/assessments/${centre}/evidence`, { cookie: ttyt, body: { source: 'occurrence', criterionCode: '1.1.2', occurrenceId: options.occurrences[0].id } });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json().href).toMatch(/^\/nhiem-vu\//);

    const hospital = await orgId(t.store, 'BVSN');
    const theirs = await t.store.db.selectFrom('occurrences as x').innerJoin('organizations as o', 'o.id', 'x.organization_id').select('x.id').where('o.body_id', '=', hospital).where('x.status', '=', 'done').executeTakeFirstOrThrow();
    const theirReport = await t.store.db.selectFrom('reports').select('id').where('organization_id', '=', hospital).where('state', '=', 'submitted').executeTakeFirstOrThrow();
    const before = (await criteriaOf(ttyt)).flatMap((r) => r.evidence).length;
    for (const body of [
      { source: 'occurrence', criterionCode: '1.1.2', occurrenceId: theirs.id },
      { source: 'report', criterionCode: '1.2.1', reportId: theirReport.id },
    ]) {
      const res = await t.request('POST', `/api/scoring/assessments/${centre}/evidence`, { cookie: ttyt, body });
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('EVIDENCE_SOURCE_NOT_FOUND');
    }
    expect((await criteriaOf(ttyt)).flatMap((r) => r.evidence).length).toBe(before);
  });

  it('reads one piece of evidence by id as the assessment shows it to each reader, and to no one else', async () => {
    for (const cookie of [ttyt, reviewer, syt]) {
      const evidence = (await criteriaOf(cookie)).flatMap((r) => r.evidence)[0]!;
      expect(await get(`/api/scoring/assessment-evidence/${evidence.id}`, cookie)).toEqual(evidence);
    }
    const { id } = (await criteriaOf(ttyt)).flatMap((r) => r.evidence)[0]!;
    for (const cookie of [bvsn, await t.login('syt-ht.coordinator')]) {
      const res = await t.request('GET', `/api/scoring/assessment-evidence/${id}`, { cookie });
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('EVIDENCE_NOT_FOUND');
    }
    expect((await t.request('GET', `/api/scoring/assessment-evidence/${id}`)).statusCode).toBe(401);
  });

  it('takes a submission only when every criterion is scored, and lets the body withdraw it before the deadline', async () => {
    const incomplete = await t.request('POST', `/api/scoring/assessments/${centre}/submit`, { cookie: ttyt });
    expect(incomplete.statusCode).toBe(409);
    expect(incomplete.json().error.code).toBe('ASSESSMENT_INCOMPLETE');
    const rows = await criteriaOf(ttyt);
    const rest = rows.filter((r) => r.scored && r.selfPoints === null).map((r) => ({ code: r.code, points: r.maxPoints / 2 }));
    expect((await t.request('PUT', `/api/scoring/assessments/${centre}/self-scores`, { cookie: ttyt, body: { scores: rest } })).statusCode).toBe(200);
    const sent = await t.request('POST', `/api/scoring/assessments/${centre}/submit`, { cookie: ttyt });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json().state).toBe('submitted');
    const told = await get('/api/notifications', reviewer);
    expect(told.items.some((n: { title: string; body: string }) => n.title === 'Bản tự đánh giá chờ thẩm định' && n.body.includes('Trung tâm'))).toBe(true);
    expect((await t.request('PUT', `/api/scoring/assessments/${centre}/self-scores`, { cookie: ttyt, body: { scores: [{ code: '2.1', points: 1 }] } })).statusCode).toBe(409);
    expect((await t.request('POST', `/api/scoring/assessments/${centre}/withdraw`, { cookie: ttyt })).json().state).toBe('draft');
    expect((await t.request('POST', `/api/scoring/assessments/${centre}/submit`, { cookie: ttyt })).statusCode).toBe(200);
  });

  it('refuses a submission after the deadline until the review team reopens it', async () => {
    const moved = await t.request('PATCH', `/api/scoring/rounds/${current.id}`, { cookie: syt, body: { selfDeadline: addDays(today, -1) } });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().phase).toBe('review');
    const withdraw = await t.request('POST', `/api/scoring/assessments/${centre}/withdraw`, { cookie: ttyt });
    expect(withdraw.statusCode).toBe(409);
    expect(withdraw.json().error.message).toContain('Đã hết hạn tự đánh giá');
    expect((await t.request('POST', `/api/scoring/assessments/${centre}/reopen`, { cookie: ttyt })).statusCode).toBe(403);
    const reopened = await t.request('POST', `/api/scoring/assessments/${centre}/reopen`, { cookie: reviewer });
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect((await t.request('PUT', `/api/scoring/assessments/${centre}/self-scores`, { cookie: ttyt, body: { scores: [{ code: '2.1', points: 4 }] } })).statusCode).toBe(200);
    expect((await t.request('POST', `/api/scoring/assessments/${centre}/submit`, { cookie: ttyt })).statusCode).toBe(200);
    // Reopened once: after this submission the deadline holds again.
    expect((await t.request('POST', `/api/scoring/assessments/${centre}/withdraw`, { cookie: ttyt })).statusCode).toBe(409);
  });

  it('lets a reviewer change a score only with a reason, which the body reads and answers once', async () => {
    const noReason = await t.request('PUT', `/api/scoring/assessments/${centre}/review-scores`, { cookie: reviewer, body: { scores: [{ code: '2.1', points: 2 }] } });
    expect(noReason.statusCode).toBe(400);
    expect((await t.request('PUT', `/api/scoring/assessments/${centre}/review-scores`, { cookie: bvsn, body: { scores: [{ code: '2.1', points: 2, reason: 'x' }] } })).statusCode).toBe(404);
    expect((await t.request('PUT', `/api/scoring/assessments/${centre}/review-scores`, { cookie: ttyt, body: { scores: [{ code: '2.1', points: 2, reason: 'x' }] } })).statusCode).toBe(403);
    const reason = 'Chưa có báo cáo kết quả rà soát văn bản nội bộ.';
    const changed = await t.request('PUT', `/api/scoring/assessments/${centre}/review-scores`, { cookie: reviewer, body: { scores: [{ code: '2.1', points: 2, reason }, { code: '2.2', points: (await criteriaOf(ttyt)).find((r) => r.code === '2.2')!.selfPoints! }] } });
    expect(changed.statusCode, changed.body).toBe(200);
    const seen = (await criteriaOf(ttyt)).find((r) => r.code === '2.1')!;
    expect([seen.selfPoints, seen.reviewPoints, seen.reviewReason]).toEqual([4, 2, reason]);
    const told = await get('/api/notifications', ttyt);
    expect(told.items.some((n: { body: string }) => n.body.includes(reason))).toBe(true);

    const notChanged = await t.request('POST', `/api/scoring/assessments/${centre}/answers`, { cookie: ttyt, body: { code: '2.2', text: 'Giải trình' } });
    expect(notChanged.statusCode).toBe(409);
    const answer = await t.request('POST', `/api/scoring/assessments/${centre}/answers`, { cookie: ttyt, body: { code: '2.1', text: 'Báo cáo rà soát đã gửi kèm công văn số 15/TTYT ngày 20/11.' } });
    expect(answer.statusCode, answer.body).toBe(200);
    expect((await t.request('POST', `/api/scoring/assessments/${centre}/answers`, { cookie: ttyt, body: { code: '2.1', text: 'Lần hai' } })).statusCode).toBe(409);

    const { items } = await get(`/api/scoring/assessments/${centre}/history`, ttyt);
    const review = items.find((c: { criterionCode: string; stage: string }) => c.criterionCode === '2.1' && c.stage === 'review');
    expect(review).toMatchObject({ from: 4, to: 2, reason, by: expect.any(String) });
    expect(items.some((c: { criterionCode: string; stage: string; to: number }) => c.criterionCode === '2.1' && c.stage === 'self' && c.to === 4)).toBe(true);
  });

  it('publishes the result: scores freeze and both bodies see the ranking with their rank', async () => {
    expect((await t.request('POST', `/api/scoring/rounds/${current.id}/publish`, { cookie: bvsn })).statusCode).toBe(403);
    const published = await t.request('POST', `/api/scoring/rounds/${current.id}/publish`, { cookie: syt });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json().phase).toBe('published');
    for (const cookie of [bvsn, ttyt]) {
      const results = await get(`/api/scoring/rounds/${current.id}/results`, cookie);
      expect(results.rows).toHaveLength(2);
      expect(results.rows.map((r: { rank: number }) => r.rank).sort()).toEqual([1, 2]);
    }
    const mine = await get(`/api/scoring/assessments/${centre}`, ttyt);
    expect(mine.rank).toMatchObject({ of: 2 });
    const home = (await get('/api/home', ttyt)).scoring;
    expect(home).toEqual([expect.objectContaining({ kind: 'result', assessmentId: centre, rank: { rank: mine.rank.rank, of: 2, className: mine.final.className } })]);
    expect(mine.final.total).toBeLessThan(mine.self.total);
    expect((await t.request('PUT', `/api/scoring/assessments/${centre}/review-scores`, { cookie: reviewer, body: { scores: [{ code: '2.1', points: 3, reason: 'Sau giải trình' }] } })).statusCode).toBe(409);
    expect((await t.request('POST', `/api/scoring/rounds/${current.id}/publish`, { cookie: syt })).statusCode).toBe(409);
  });
});
