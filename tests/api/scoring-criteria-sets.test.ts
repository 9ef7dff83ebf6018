import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DIALECTS, type TestApp } from '../support/test-app';

const leaf = (code: string, name: string, maxPoints: number, guide: string | null = null) => ({ code, name, maxPoints, guide, evidence: 'Báo cáo CCHC' });

/** A small set in the PAR INDEX shape: two areas, one with sub-criteria, bands from Xuất sắc down. */
const SET = {
  year: 2026,
  name: 'Bộ chỉ số đánh giá kết quả CCHC năm 2026',
  areas: [
    {
      code: 'I',
      name: 'Công tác chỉ đạo, điều hành',
      maxPoints: 6,
      children: [
        { code: 'I.1', name: 'Kế hoạch CCHC năm', maxPoints: 3.5, children: [leaf('I.1.a', 'Ban hành kế hoạch đúng thời gian', 2), leaf('I.1.b', 'Mức độ hoàn thành kế hoạch', 1.5, '100% nhiệm vụ đúng hạn: 1,5 điểm; 80–<100%: 1 điểm; dưới 80%: 0')] },
        leaf('I.2', 'Báo cáo CCHC đúng hạn', 2.5),
      ],
    },
    { code: 'II', name: 'Cải cách thủ tục hành chính', maxPoints: 4, children: [leaf('II.1', 'Niêm yết công khai thủ tục', 4, '100% thủ tục được niêm yết: 4 điểm; dưới 100%: 0')] },
  ],
  bands: [
    { name: 'Xuất sắc', minPoints: 9 },
    { name: 'Tốt', minPoints: 8 },
    { name: 'Khá', minPoints: 6.5 },
    { name: 'Trung bình', minPoints: 5 },
    { name: 'Yếu', minPoints: 0 },
  ],
};

/** Issue 16, the criteria sets: made by hand, checked whole, copied to the next year, kept within the body's reach. */
describe.each(DIALECTS)('CCHC criteria sets on %s', (dialect) => {
  let t: TestApp;
  let syt: string;
  let id: string;

  beforeAll(async () => {
    t = await createTestApp(dialect, { demoPlans: false });
    syt = await t.login('syt-lc.coordinator');
  });
  afterAll(() => t.close());

  it('lets the department of health make a year\'s set, and shows which guides the system reads as rules', async () => {
    const res = await t.request('POST', '/api/scoring/criteria-sets', { cookie: syt, body: SET });
    expect(res.statusCode, res.body).toBe(201);
    const set = res.json();
    id = set.id;
    expect(set).toMatchObject({ year: 2026, maxPoints: 10, scoredCriteria: 4, canEdit: true });
    expect(set.areas[0].children[0].children.map((c: { code: string; rule: unknown }) => [c.code, c.rule])).toEqual([
      ['I.1.a', null],
      ['I.1.b', { figure: 'tasks_on_time', steps: 3 }],
    ]);
    expect(set.areas[1].children[0].rule).toEqual({ figure: 'procedures_posted', steps: 2 });
    const list = (await t.request('GET', '/api/scoring/criteria-sets', { cookie: syt })).json();
    expect(list.items.map((s: { id: string }) => s.id)).toEqual([id]);
  });

  it('refuses a set whose maximums do not add up, a second set for the year and an unknown field, changing nothing', async () => {
    const wrong = { ...SET, year: 2027, areas: [{ ...SET.areas[1], maxPoints: 5 }] };
    const refused = await t.request('POST', '/api/scoring/criteria-sets', { cookie: syt, body: wrong });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toMatch(/^II: điểm tối đa 5 khác tổng các tiêu chí con \(4\)\. Mức "Xuất sắc" từ 9 điểm nằm ngoài tổng điểm 5\./);
    const twice = await t.request('POST', '/api/scoring/criteria-sets', { cookie: syt, body: SET });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.message).toBe('Đơn vị đã có bộ chỉ số năm 2026: hãy sửa bộ đó.');
    const unknown = await t.request('PUT', `/api/scoring/criteria-sets/${id}`, { cookie: syt, body: { name: 'Bộ mới', weight: 2 } });
    expect(unknown.statusCode).toBe(400);
    expect((await t.request('GET', '/api/scoring/criteria-sets', { cookie: syt })).json().items).toHaveLength(1);
  });

  it('copies the set to the next year to edit, and edits it', async () => {
    const copy = await t.request('POST', `/api/scoring/criteria-sets/${id}/copy`, { cookie: syt, body: { year: 2027 } });
    expect(copy.statusCode, copy.body).toBe(201);
    expect(copy.json()).toMatchObject({ year: 2027, name: 'Bộ chỉ số đánh giá kết quả CCHC năm 2027', maxPoints: 10 });
    const edited = await t.request('PUT', `/api/scoring/criteria-sets/${copy.json().id}`, { cookie: syt, body: { bands: [{ name: 'Đạt', minPoints: 5 }, { name: 'Không đạt', minPoints: 0 }] } });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().bands).toEqual([{ name: 'Đạt', minPoints: 5 }, { name: 'Không đạt', minPoints: 0 }]);
    expect((await t.request('GET', '/api/scoring/criteria-sets', { cookie: syt })).json().items.map((s: { year: number }) => s.year)).toEqual([2027, 2026]);
  });

  it('lets a hospital read nothing of another body and change nothing; a viewer reads but does not edit', async () => {
    const hospital = await t.login('bvsn.coordinator');
    expect((await t.request('GET', `/api/scoring/criteria-sets/${id}`, { cookie: hospital })).statusCode).toBe(404);
    expect((await t.request('PUT', `/api/scoring/criteria-sets/${id}`, { cookie: hospital, body: { name: 'Bộ khác' } })).statusCode).toBe(404);
    const other = await t.login('syt-ht.director');
    expect((await t.request('GET', `/api/scoring/criteria-sets/${id}`, { cookie: other })).statusCode).toBe(404);
    const director = await t.login('syt-lc.director');
    expect((await t.request('GET', `/api/scoring/criteria-sets/${id}`, { cookie: director })).json().canEdit).toBe(true);
    expect((await t.request('POST', '/api/scoring/criteria-sets', { cookie: await t.login('bvsn.viewer'), body: { ...SET, year: 2030 } })).statusCode).toBe(403);
  });
});
