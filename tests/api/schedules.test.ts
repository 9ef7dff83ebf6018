import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DIALECTS, type TestApp } from '../support/test-app';

describe.each(DIALECTS)('POST /api/schedules/expand on %s', (dialect) => {
  let t: TestApp;
  let cookie: string;
  beforeAll(async () => {
    t = await createTestApp(dialect, { demo: true });
    cookie = await t.login('bvsn.coordinator');
  });
  afterAll(() => t.close());

  const expand = (text: string, year = 2026) => t.request('POST', '/api/schedules/expand', { cookie, body: { text, year } });

  it('expands "Hàng quý" into the four quarters, each due at its end', async () => {
    const res = await expand('Hàng quý');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      understood: true,
      kind: 'quarterly',
      occurrences: [
        { start: '2026-01-01', end: '2026-03-31', due: '2026-03-31' },
        { start: '2026-04-01', end: '2026-06-30', due: '2026-06-30' },
        { start: '2026-07-01', end: '2026-09-30', due: '2026-09-30' },
        { start: '2026-10-01', end: '2026-12-31', due: '2026-12-31' },
      ],
    });
  });

  it('reads the seeds\' phrases, the year in the text winning over the plan year', async () => {
    expect((await expand('Quý II–III/2026', 2025)).json()).toMatchObject({ kind: 'period', occurrences: [{ start: '2026-04-01', end: '2026-09-30', due: '2026-09-30' }] });
    expect((await expand('Thường xuyên trong năm 2025')).json().occurrences).toHaveLength(4);
    expect((await expand('Hàng tháng')).json().occurrences).toHaveLength(12);
    expect((await expand('Khi có yêu cầu')).json()).toEqual({ understood: true, kind: 'on_request', description: expect.any(String), occurrences: [] });
    expect((await expand('trước 30/6/2026')).json().occurrences).toEqual([{ start: '2026-01-01', end: '2026-06-30', due: '2026-06-30' }]);
  });

  it('says clearly, in Vietnamese, what it did not understand', async () => {
    const res = await expand('Sớm nhất có thể');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ understood: false, occurrences: [] });
    expect(res.json().reason).toMatch(/Không hiểu thời hạn/);
    expect((await expand('Quý V/2026')).json().understood).toBe(false);
  });

  it('refuses a missing year and an anonymous caller', async () => {
    const res = await t.request('POST', '/api/schedules/expand', { cookie, body: { text: 'Hàng quý' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].field).toBe('year');
    expect((await t.request('POST', '/api/schedules/expand', { body: { text: 'Hàng quý', year: 2026 } })).statusCode).toBe(401);
  });
});
