import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DIALECTS, orgId, type TestApp } from '../support/test-app';

describe.each(DIALECTS)('audit trail on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('records who, when, what, before and after, readable only within reach', async () => {
    const admin = await t.login('ttyt-lccd.admin');
    const kb = await orgId(t.store, 'KB', 'TTYT-LCCD');
    await t.request('PATCH', `/api/organizations/${kb}`, { cookie: admin, body: { name: 'Khoa Khám bệnh - Cấp cứu' } });

    const own = (await t.request('GET', '/api/audit-log?action=organization.update', { cookie: admin })).json().items;
    expect(own[0]).toMatchObject({ action: 'organization.update', entityId: kb, actor: { username: 'ttyt-lccd.admin' }, before: { name: 'Khoa Khám bệnh' }, after: { name: 'Khoa Khám bệnh - Cấp cứu' } });
    expect(Date.parse(own[0].at)).toBeGreaterThan(Date.now() - 60_000);

    const department = (await t.request('GET', `/api/audit-log?entityId=${kb}`, { cookie: await t.login('syt-lc.director') })).json().items;
    expect(department.length).toBeGreaterThan(0);
    const otherHospital = (await t.request('GET', `/api/audit-log?entityId=${kb}`, { cookie: await t.login('bvsn.admin') })).json().items;
    expect(otherHospital).toEqual([]);
    const otherProvince = (await t.request('GET', `/api/audit-log?entityId=${kb}`, { cookie: await t.login('syt-ht.director') })).json().items;
    expect(otherProvince).toEqual([]);
  });

  it('writes nothing, neither change nor entry, when a write fails', async () => {
    const admin = await t.login('bvsn.admin');
    const before = await t.store.db.selectFrom('audit_log').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    const bvsn = await orgId(t.store, 'BVSN');
    const res = await t.request('POST', '/api/organizations', { cookie: admin, body: { parentId: bvsn, kind: 'office', code: 'TCHC', name: 'Trùng mã' } });
    expect(res.statusCode).toBe(409);
    const after = await t.store.db.selectFrom('audit_log').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('filters by date in Vietnam time and pages newest first', async () => {
    const admin = await t.login('bvsn.admin');
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const all = (await t.request('GET', `/api/audit-log?from=${today}&to=${today}&limit=3`, { cookie: admin })).json();
    expect(all.items.length).toBe(3);
    expect(all.nextCursor).toBeTruthy();
    const next = (await t.request('GET', `/api/audit-log?limit=3&cursor=${all.nextCursor}`, { cookie: admin })).json();
    expect(next.items[0].id < all.items[2].id).toBe(true);
    const none = (await t.request('GET', '/api/audit-log?to=2020-01-01', { cookie: admin })).json().items;
    expect(none).toEqual([]);
    const bad = await t.request('GET', '/api/audit-log?from=23/11/2026', { cookie: admin });
    expect(bad.statusCode).toBe(400);
  });

  it('tells a role that reads no audit trail so (403, naming the roles that do), and another body is not found', async () => {
    for (const username of ['bvsn.viewer', 'bvsn.coordinator', 'bvsn.editor', 'bvsn.tchc']) {
      const res = await t.request('GET', '/api/audit-log', { cookie: await t.login(username) });
      expect(res.statusCode, username).toBe(403);
      expect(res.json().error).toMatchObject({ code: 'FORBIDDEN', details: { action: 'audit.read', roles: ['admin', 'director'] } });
    }
    // Another body's trail, asked for by its organisation, is answered as an organisation that does not exist.
    const director = await t.login('bvsn.director');
    const foreign = await t.request('GET', `/api/audit-log?organizationId=${await orgId(t.store, 'TTYT-LCCD')}`, { cookie: director });
    const unknown = await t.request('GET', '/api/audit-log?organizationId=01a00000-0000-7000-8000-0000000000ff', { cookie: director });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json()).toEqual(unknown.json());
  });
});
