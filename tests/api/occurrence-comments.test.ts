import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actingUsers } from '../support/acting-users';
import { issueDraftPlans } from '../support/issue-demo-plans';
import { createTestApp, DIALECTS, type TestApp } from '../support/test-app';

type Notice = { kind: string; title: string; body: string; link: string | null };
type Occurrence = { id: string; taskId: string; status: string; progress: number; can: { comment: boolean } };

/** The unit doing a period of work and the coordinator reviewing it talk in its history; each is told of the other's comment. */
describe.each(DIALECTS)('comments on a period of work on %s', (dialect) => {
  let t: TestApp;
  let work: Occurrence;
  const { as, send } = actingUsers(() => t);
  const notices = async (username: string): Promise<Notice[]> => (await t.request('GET', '/api/notifications?limit=100', { cookie: await as(username) })).json().items;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    await issueDraftPlans(t, 'TTYT-LCCD');
    const mine: Occurrence[] = (await t.request('GET', '/api/occurrences?mine=1&limit=50', { cookie: await as('ttyt-lccd.tchc-tckt') })).json().items;
    work = mine[0]!;
    expect(work.can.comment).toBe(true);
  });
  afterAll(() => t.close());

  it('keeps the unit’s comment in the history without changing the work, and tells the coordinator with a link to the period', async () => {
    const res = await t.request('POST', `/api/occurrences/${work.id}/comments`, { cookie: await as('ttyt-lccd.tchc-tckt'), body: { text: 'Xin gia hạn đến tuần sau do đang chờ số liệu.' } });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ id: work.id, status: work.status, progress: work.progress });
    const history = (await t.request('GET', `/api/occurrences/${work.id}/history`, { cookie: await as('ttyt-lccd.coordinator') })).json().items;
    expect(history.at(-1)).toMatchObject({ kind: 'comment', comment: 'Xin gia hạn đến tuần sau do đang chờ số liệu.', actor: expect.any(String) });
    const [told] = (await notices('ttyt-lccd.coordinator')).filter((n) => n.kind === 'workflow.occurrence.commented');
    expect(told).toMatchObject({ title: 'Ý kiến mới về nhiệm vụ', link: `/nhiem-vu/${work.taskId}?ky=${work.id}` });
    expect(told!.body).toContain('“Xin gia hạn đến tuần sau do đang chờ số liệu.”');
    expect((await notices('ttyt-lccd.tchc-tckt')).some((n) => n.kind === 'workflow.occurrence.commented')).toBe(false);
  });

  it('tells the unit of the coordinator’s answer', async () => {
    await send('ttyt-lccd.coordinator', 'POST', `/api/occurrences/${work.id}/comments`, { text: 'Đồng ý, cập nhật trước thứ Sáu.' });
    const told = (await notices('ttyt-lccd.tchc-tckt')).filter((n) => n.kind === 'workflow.occurrence.commented');
    expect(told.map((n) => n.body)).toEqual([expect.stringContaining('“Đồng ý, cập nhật trước thứ Sáu.”')]);
  });

  it('refuses a blank comment, an unknown field, a bystander and another body, changing nothing', async () => {
    const before = (await t.request('GET', `/api/occurrences/${work.id}/history`, { cookie: await as('ttyt-lccd.coordinator') })).json().items.length;
    const post = async (username: string, body: unknown) => t.request('POST', `/api/occurrences/${work.id}/comments`, { cookie: await as(username), body });
    const blank = await post('ttyt-lccd.tchc-tckt', { text: '   ' });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().error.message).toMatch(/[ýếề]/);
    expect((await post('ttyt-lccd.tchc-tckt', { text: 'Được', note: 'thừa' })).statusCode).toBe(400);
    expect((await post('ttyt-lccd.viewer', { text: 'Góp ý' })).statusCode).toBe(403);
    expect((await post('bvsn.coordinator', { text: 'Góp ý' })).statusCode).toBe(404);
    expect((await t.request('POST', `/api/occurrences/${work.id}/comments`, { body: { text: 'x' } })).statusCode).toBe(401);
    expect((await t.request('GET', `/api/occurrences/${work.id}/history`, { cookie: await as('ttyt-lccd.coordinator') })).json().items.length).toBe(before);
  });
});
