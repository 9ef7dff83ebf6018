import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import { PDF_MAX_IN_FLIGHT, type PdfConverter } from '../../src/server/http/pdf-limit';
import { createTestApp, DEMO_PASSWORD, openTestStore, type TestApp } from '../support/test-app';

/**
 * PDF conversion has a limit per person and in all (issue 12, defect 13): one person's twelve clicks
 * no longer queue everyone else behind LibreOffice. A stand-in converter that waits until told shows
 * who is admitted while a conversion runs; one real LibreOffice run shows the same end to end.
 */
type PlanListItem = { id: string; numberAndSymbol: string };

describe('PDF conversions: one at a time per person, a few in all', () => {
  let env: Awaited<ReturnType<typeof openTestStore>>;
  let app: FastifyInstance;
  let started = 0;
  let hold: { promise: Promise<void>; release: () => void };
  let failNext = false;
  const newHold = () => {
    let release = () => {};
    const promise = new Promise<void>((resolve) => (release = resolve));
    return { promise, release };
  };
  const convert: PdfConverter = async (docx) => {
    started++;
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    await hold.promise;
    if (failNext) {
      failNext = false;
      throw new Error('LibreOffice failed');
    }
    return Buffer.from('%PDF-1.4 stand-in');
  };
  const cookies = new Map<string, string>();
  const planOf = new Map<string, string>();

  beforeAll(async () => {
    env = await openTestStore('sqlite');
    app = await buildApp({ store: env.store, config: env.config, logger: false, webRoot: '/nonexistent', convertPdf: convert });
    for (const username of ['syt-lc.director', 'syt-lc.coordinator', 'syt-lc.viewer', 'bvsn.director', 'bvsn.coordinator', 'bvsn.viewer', 'ttyt-lccd.director', 'syt-ht.director']) {
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: DEMO_PASSWORD } });
      const cookie = `cchc_session=${res.cookies.find((c) => c.name === 'cchc_session')!.value}`;
      cookies.set(username, cookie);
      const plans: PlanListItem[] = (await app.inject({ method: 'GET', url: '/api/plans?limit=100', headers: { cookie } })).json().items;
      if (plans[0]) planOf.set(username, plans[0].id);
    }
  });
  afterAll(async () => {
    await app.close();
    await env.dispose();
  });

  const pdf = (username: string) => app.inject({ method: 'GET', url: `/api/plans/${planOf.get(username)}/document.pdf`, headers: { cookie: cookies.get(username)! } });
  /** Waits until `n` conversions have started (the stand-in is reached only inside a slot). */
  const startedReaches = async (n: number) => {
    for (let i = 0; i < 200 && started < n; i++) await new Promise((r) => setTimeout(r, 10));
    expect(started).toBe(n);
  };

  it('refuses a second PDF of the same person at once while the first is made, and lets another person in', async () => {
    started = 0;
    hold = newHold();
    const answered: LightMyRequestResponse[] = [];
    const mine = Array.from({ length: 12 }, () => pdf('syt-lc.director').then((res) => (answered.push(res), res)));
    await startedReaches(1);
    // Eleven are answered without waiting for the one being made.
    for (let i = 0; i < 500 && answered.length < 11; i++) await new Promise((r) => setTimeout(r, 10));
    expect(answered).toHaveLength(11);
    for (const res of answered) {
      expect(res.statusCode).toBe(429);
      expect(res.json().error).toMatchObject({ code: 'RATE_LIMITED', message: 'Bạn đang có một bản PDF đang được tạo. Vui lòng chờ bản đó xong rồi tải bản tiếp theo.' });
      expect(res.headers['retry-after']).toBeDefined();
    }
    // Someone else is not queued behind those twelve clicks.
    const theirs = pdf('bvsn.director');
    await startedReaches(2);
    hold.release();
    const made = (await Promise.all(mine)).filter((res) => res.statusCode === 200);
    expect(made).toHaveLength(1);
    for (const res of [made[0]!, await theirs]) {
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
    }
    expect(app.deps.pdf.inFlight).toEqual({ total: 0, users: 0 });
    // Once done, the same person may ask again.
    hold = newHold();
    hold.release();
    expect((await pdf('syt-lc.director')).statusCode).toBe(200);
  });

  it(`keeps at most ${PDF_MAX_IN_FLIGHT} conversions in flight in all, refusing more as busy rather than queueing them`, async () => {
    started = 0;
    hold = newHold();
    const people = ['syt-lc.director', 'syt-lc.coordinator', 'syt-lc.viewer', 'bvsn.director', 'bvsn.coordinator', 'bvsn.viewer'];
    const admitted = people.slice(0, PDF_MAX_IN_FLIGHT).map((u) => pdf(u));
    await startedReaches(PDF_MAX_IN_FLIGHT);
    for (const u of people.slice(PDF_MAX_IN_FLIGHT)) {
      const busy = await pdf(u);
      expect(busy.statusCode).toBe(503);
      expect(busy.json().error).toMatchObject({ code: 'SERVER_BUSY', message: expect.stringContaining('Máy chủ đang tạo nhiều bản PDF cùng lúc') });
      expect(Number(busy.headers['retry-after'])).toBeGreaterThan(0);
    }
    hold.release();
    for (const res of await Promise.all(admitted)) expect(res.statusCode).toBe(200);
    expect(started).toBe(PDF_MAX_IN_FLIGHT);
    expect(app.deps.pdf.inFlight).toEqual({ total: 0, users: 0 });
  });

  it('frees the slot when a conversion fails, and checks the plan is readable before taking one', async () => {
    started = 0;
    hold = newHold();
    hold.release();
    failNext = true;
    expect((await pdf('ttyt-lccd.director')).statusCode).toBe(500);
    expect((await pdf('ttyt-lccd.director')).statusCode).toBe(200);
    // Another province's plan is not found, whatever the slots.
    const foreign = await app.inject({ method: 'GET', url: `/api/plans/${planOf.get('syt-lc.director')}/document.pdf`, headers: { cookie: cookies.get('syt-ht.director')! } });
    expect(foreign.statusCode).toBe(404);
    expect(started).toBe(2);
  });
});

describe('PDF limit with LibreOffice itself', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('sqlite');
  });
  afterAll(() => t.close());

  it('makes one real PDF for twelve clicks at once and answers the rest at once', async () => {
    const director = await t.login('syt-lc.director');
    const plans: PlanListItem[] = (await t.request('GET', '/api/plans?limit=100', { cookie: director })).json().items;
    const plan = plans.find((p) => p.numberAndSymbol === '06/KH-SYT')!;
    const began = Date.now();
    const refusedAt: number[] = [];
    const clicks = await Promise.all(
      Array.from({ length: 12 }, () =>
        t.request('GET', `/api/plans/${plan.id}/document.pdf`, { cookie: director }).then((res) => {
          if (res.statusCode === 429) refusedAt.push(Date.now() - began);
          return res;
        }),
      ),
    );
    expect(clicks.map((r) => r.statusCode).sort()).toEqual([200, ...Array(11).fill(429)]);
    // The eleven were answered at once, not after the one conversion.
    expect(Math.max(...refusedAt)).toBeLessThan(2_000);
    const made = clicks.find((r) => r.statusCode === 200)!;
    expect(made.headers['content-type']).toBe('application/pdf');
    expect(made.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  }, 120_000);
});
