import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../src/web/api/client';
import { answerOf, createApiClient, type ApiClient } from '../../src/web/api/typed-client';
import { createTestApp, DEMO_PASSWORD, orgId, type TestApp } from '../support/test-app';

/**
 * The web app's typed client (generated from the OpenAPI description, issue 18) against a real server on a
 * real port: what it sends is what the routes take, what they answer is what its types say.
 */
describe('the generated API client against a running server', () => {
  let t: TestApp;
  let base: string;
  beforeAll(async () => {
    t = await createTestApp('sqlite', { demoHistory: true });
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  });
  afterAll(() => t.close());

  /** Signs in through the client and answers one that sends the session cookie, as a browser would. */
  async function signedIn(username: string): Promise<ApiClient> {
    const { response } = await createApiClient({ baseUrl: base }).POST('/api/auth/login', { body: { username, password: DEMO_PASSWORD } });
    expect(response.status).toBe(200);
    const cookie = response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    return createApiClient({ baseUrl: base, headers: { cookie } });
  }

  it('reads plans, a plan, its versions and a period of work by the paths and parameters of the description', async () => {
    const client = await signedIn('bvsn.coordinator');
    const plans = await answerOf(client.GET('/api/plans', { params: { query: { year: 2026, limit: 2 } } }));
    expect(plans.items.length).toBe(2);
    expect(plans.items.every((p) => p.year === 2026)).toBe(true);
    const next = await answerOf(client.GET('/api/plans', { params: { query: { year: 2026, limit: 2, cursor: plans.nextCursor ?? undefined } } }));
    expect(next.items.map((p) => p.id)).not.toContain(plans.items[0]!.id);

    const plan = await answerOf(client.GET('/api/plans/{id}', { params: { path: { id: plans.items[0]!.id } } }));
    expect(plan.id).toBe(plans.items[0]!.id);
    expect(plan.tasks.length).toBeGreaterThan(0);
    const versions = await answerOf(client.GET('/api/plans/{id}/versions', { params: { path: { id: plan.id } } }));
    for (const v of versions.items) expect(['draft', 'submitted', 'issued', 'closed']).toContain(v.state);

    const mine = await answerOf(client.GET('/api/occurrences', { params: { query: { mine: '1', limit: 5 } } }));
    const all = await answerOf(client.GET('/api/occurrences', { params: { query: { planId: plan.id, limit: 5 } } }));
    const one = (mine.items[0] ?? all.items[0])!;
    const read = await answerOf(client.GET('/api/occurrences/{id}', { params: { path: { id: one.id } } }));
    expect(read).toEqual(one);
  });

  it('walks a filtered list page by page: every page full until the last, the pages together the whole list', async () => {
    const client = await signedIn('bvsn.coordinator');
    const whole = await answerOf(client.GET('/api/occurrences', { params: { query: { late: '1', limit: 1000 } } }));
    expect(whole.items.length).toBeGreaterThan(3);
    const walked: string[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 1000; page++) {
      const answer = await answerOf(client.GET('/api/occurrences', { params: { query: { late: '1', limit: 3, cursor } } }));
      walked.push(...answer.items.map((o) => o.id));
      if (answer.nextCursor === null) break;
      // "Late" is decided after the query (when the work was handed in): a page is still never short.
      expect(answer.items).toHaveLength(3);
      cursor = answer.nextCursor;
    }
    expect(walked).toEqual(whole.items.map((o) => o.id));
  });

  it('writes through it: a comment on a period, answered with the period as now stored', async () => {
    const client = await signedIn('bvsn.coordinator');
    const work = (await answerOf(client.GET('/api/occurrences', { params: { query: { limit: 1 } } }))).items[0]!;
    const after = await answerOf(client.POST('/api/occurrences/{id}/comments', { params: { path: { id: work.id } }, body: { text: 'Đề nghị gửi minh chứng trước ngày 15.' } }));
    expect(after.id).toBe(work.id);
    const history = await answerOf(client.GET('/api/occurrences/{id}/history', { params: { path: { id: work.id } } }));
    expect(history.items.some((e) => JSON.stringify(e).includes('Đề nghị gửi minh chứng trước ngày 15.'))).toBe(true);
  });

  it("turns the server's refusals into the app's ApiError with the Vietnamese message", async () => {
    const client = await signedIn('bvsn.viewer');
    const missing = await answerOf(client.GET('/api/plans/{id}', { params: { path: { id: 'khong-co' } } })).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(ApiError);
    expect(missing).toMatchObject({ status: 404, code: 'PLAN_NOT_FOUND' });
    expect((missing as ApiError).message).toMatch(/kế hoạch/i);
    const refused = await answerOf(client.POST('/api/plans', { body: { kind: 'cchc', year: 2027, title: 'Kế hoạch thử' } })).catch((e: unknown) => e);
    expect(refused).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    const anonymous = await answerOf(createApiClient({ baseUrl: base }).GET('/api/plans', {})).catch((e: unknown) => e);
    expect(anonymous).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
  });

  it('carries an API key the same way another system would', async () => {
    const admin = await signedIn('bvsn.admin');
    const { token } = await answerOf(admin.POST('/api/api-keys', { body: { organizationId: await orgId(t.store, 'BVSN'), name: 'Cổng văn bản điện tử', scope: 'read' } }));
    const machine = createApiClient({ baseUrl: base, headers: { authorization: `Bearer ${token}` } });
    const plans = await answerOf(machine.GET('/api/plans', { params: { query: { limit: 1 } } }));
    expect(plans.items).toHaveLength(1);
  });
});
