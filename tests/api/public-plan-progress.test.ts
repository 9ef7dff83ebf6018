import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app';

type Counts = { done: number; late: number; notDue: number };

/** The numbers under each bar: "Hoàn thành: 12 …", "Trễ hạn: 3", "Chưa đến hạn: 5", in page order. */
function legends(html: string): Counts[] {
  const re = /Hoàn thành: (\d+)[^]*?Trễ hạn: (\d+)[^]*?Chưa đến hạn: (\d+)/g;
  return [...html.matchAll(re)].map((m) => ({ done: Number(m[1]), late: Number(m[2]), notDue: Number(m[3]) }));
}

/**
 * The public progress page of a body's CCHC year (issue 13): its issued plans with work by reform area,
 * the year's published items and the procedures posted, counted by the same functions as the staff
 * pages, readable without signing in, and with nobody's name on it.
 */
describe('public plan progress page', () => {
  let t: TestApp;
  let coordinator: string;
  const year = 2026;

  beforeAll(async () => {
    // The demo's lived year: plans issued in January, a year of work done, late and still to come.
    t = await createTestApp('sqlite', { demoHistory: true });
    coordinator = await t.login('bvsn.coordinator');
  });
  afterAll(() => t.close());

  const page = (url: string) => t.request('GET', url);

  it('sends /ke-hoach to the latest year with an issued plan', async () => {
    const res = await page('/p/bvsn/ke-hoach');
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toMatch(/^\/p\/bvsn\/ke-hoach\/20\d\d$/);
  });

  it("shows each issued plan with bars that add up, and the same counts as the staff pages", async () => {
    const res = await page(`/p/bvsn/ke-hoach/${year}`);
    expect(res.statusCode).toBe(200);
    const html = res.body;
    expect(html).not.toContain('<script');
    const plans: { title: string; state: string; year: number; organization: { code: string } }[] = (await t.request('GET', `/api/plans?year=${year}&limit=100`, { cookie: coordinator })).json().items;
    const issued = plans.filter((p) => p.organization.code === 'BVSN' && p.year === year && (p.state === 'issued' || p.state === 'closed'));
    expect(issued.length).toBeGreaterThan(0);
    for (const plan of issued) expect(html).toContain(plan.title);
    for (const plan of plans.filter((p) => p.organization.code === 'BVSN' && p.state === 'draft')) expect(html).not.toContain(`<h2>${plan.title}</h2>`);

    // The first bar is the plan's total; the bars after it are its reform areas, which add up to it.
    const [total, ...areas] = legends(html.slice(html.indexOf('lượt nhiệm vụ đã hoàn thành')));
    expect(total!.done + total!.late + total!.notDue).toBeGreaterThan(0);
    expect(html).toContain(`${total!.done}/${total!.done + total!.late + total!.notDue} lượt nhiệm vụ đã hoàn thành`);
    if (issued.length === 1) {
      const sum = areas.reduce((a, c) => ({ done: a.done + c.done, late: a.late + c.late, notDue: a.notDue + c.notDue }), { done: 0, late: 0, notDue: 0 });
      expect(sum).toEqual(total);
    }

    const kpis: { key: string; value: number | null }[] = (await t.request('GET', `/api/indices/kpis?year=${year}`, { cookie: coordinator })).json().items;
    expect(html).toMatch(new RegExp(`Tin, bài đã đăng trong năm</dt><dd>${kpis.find((k) => k.key === 'items_published')!.value}</dd>`));
    const registry = (await t.request('GET', '/api/procedures', { cookie: coordinator })).json().counts;
    expect(html).toContain(`${registry.posted}/${registry.inForce}`);
  });

  it('names no staff: no signer, no coordinator, no director', async () => {
    const html = (await page(`/p/bvsn/ke-hoach/${year}`)).body;
    const plans: { id: string; state: string; organization: { code: string } }[] = (await t.request('GET', `/api/plans?year=${year}&limit=100`, { cookie: coordinator })).json().items;
    for (const { id } of plans.filter((p) => p.organization.code === 'BVSN' && p.state !== 'draft')) {
      const signer: string | null = (await t.request('GET', `/api/plans/${id}`, { cookie: coordinator })).json().signerName;
      if (signer) expect(html).not.toContain(signer);
    }
    for (const username of ['bvsn.coordinator', 'bvsn.director', 'bvsn.editor']) {
      const me = (await t.request('GET', '/api/me', { cookie: await t.login(username) })).json();
      expect(html, username).not.toContain(me.user.fullName);
    }
  });

  it('answers 404 for a year with no issued plan, a year that is not one, and an unknown body', async () => {
    for (const url of ['/p/bvsn/ke-hoach/2011', '/p/bvsn/ke-hoach/abcd', '/p/bvsn/ke-hoach/99999', '/p/khong-co/ke-hoach/2026', '/p/khong-co/ke-hoach']) {
      expect((await page(url)).statusCode, url).toBe(404);
    }
    expect((await page('/p/bvsn/ke-hoach/2011')).body).toContain('chưa ban hành kế hoạch cải cách hành chính nào trong năm này');
  });
});
