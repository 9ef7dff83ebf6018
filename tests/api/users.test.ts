import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DIALECTS, orgId, type TestApp } from '../support/test-app';

describe.each(DIALECTS)('users and roles on %s', (dialect) => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    admin = await t.login('bvsn.admin');
  });
  afterAll(() => t.close());

  it('lets a hospital admin create a reporter who then sees only their body', async () => {
    const khth = await orgId(t.store, 'KHTH', 'BVSN');
    const res = await t.request('POST', '/api/users', {
      cookie: admin,
      body: { username: 'bvsn.khth2', fullName: 'Nguyễn Thị Hoa', email: 'hoa@example.vn', password: 'mat-khau-hoa-1', roles: [{ organizationId: khth, role: 'reporter' }] },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ username: 'bvsn.khth2', fullName: 'Nguyễn Thị Hoa', disabled: false });
    expect(res.json().roles[0]).toMatchObject({ role: 'reporter', organization: { code: 'KHTH' } });
    expect(JSON.stringify(res.json())).not.toMatch(/argon|password_?hash|mat-khau-hoa/i);

    const reporter = await t.login('bvsn.khth2', 'mat-khau-hoa-1');
    const orgs = (await t.request('GET', '/api/organizations?limit=5000', { cookie: reporter })).json().items;
    expect(new Set(orgs.map((o: { bodyId: string }) => o.bodyId))).toEqual(new Set([await orgId(t.store, 'BVSN')]));
    expect((await t.request('GET', '/api/users', { cookie: reporter })).json().items).toEqual([]);
    const audit = await t.request('GET', '/api/audit-log', { cookie: reporter });
    expect(audit.statusCode).toBe(403);
    expect(audit.json().error).toMatchObject({ code: 'FORBIDDEN', details: { action: 'audit.read', roles: ['admin', 'director'] } });
  });

  it('refuses a role out of reach, a reporter at a body and a taken name, changing nothing', async () => {
    const count = async () => (await t.request('GET', '/api/users?limit=1000&includeDisabled=1', { cookie: admin })).json().items.length;
    const before = await count();
    const bvsn = await orgId(t.store, 'BVSN');
    const ttyt = await orgId(t.store, 'TTYT-LCCD');
    const base = { fullName: 'Người Thử', password: 'mat-khau-thu-nghiem' };
    const foreign = await t.request('POST', '/api/users', { cookie: admin, body: { ...base, username: 'thu.1', roles: [{ organizationId: ttyt, role: 'viewer' }] } });
    expect(foreign.statusCode).toBe(404);
    const atBody = await t.request('POST', '/api/users', { cookie: admin, body: { ...base, username: 'thu.2', roles: [{ organizationId: bvsn, role: 'reporter' }] } });
    expect(atBody.statusCode).toBe(400);
    expect(atBody.json().error.code).toBe('ROLE_NEEDS_UNIT');
    const taken = await t.request('POST', '/api/users', { cookie: admin, body: { ...base, username: 'bvsn.director', roles: [{ organizationId: bvsn, role: 'viewer' }] } });
    expect(taken.statusCode).toBe(409);
    expect(await count()).toBe(before);
  });

  it("keeps duties apart: nobody changes their own roles, and a body's admin or director is appointed from the level above", async () => {
    const bvsn = await orgId(t.store, 'BVSN');
    const base = { fullName: 'Người Thử', password: 'mat-khau-thu-nghiem' };
    const auditor = await t.login('syt-lc.director');
    const lastAudit = async () => (await t.request('GET', '/api/audit-log?limit=1', { cookie: auditor })).json().items[0]?.id;
    const before = await lastAudit();
    const me = (await t.request('GET', '/api/me', { cookie: admin })).json();
    const self = await t.request('PATCH', `/api/users/${me.user.id}`, { cookie: admin, body: { roles: [{ organizationId: bvsn, role: 'admin' }, { organizationId: bvsn, role: 'director' }] } });
    expect(self.statusCode).toBe(403);
    expect(self.json().error.message).toContain('chính mình');
    for (const role of ['director', 'admin']) {
      const own = await t.request('POST', '/api/users', { cookie: admin, body: { ...base, username: `thu.${role}`, roles: [{ organizationId: bvsn, role }] } });
      expect(own.statusCode, role).toBe(403);
      expect(own.json().error.message).toContain('đơn vị cấp trên');
    }
    expect(await lastAudit()).toBe(before);
    const fromAbove = await t.request('POST', '/api/users', { cookie: await t.login('syt-lc.admin'), body: { ...base, username: 'bvsn.giamdoc2', roles: [{ organizationId: bvsn, role: 'director' }] } });
    expect(fromAbove.statusCode).toBe(201);
    expect((await t.request('POST', '/api/users', { cookie: admin, body: { ...base, username: 'thu.xem', roles: [{ organizationId: bvsn, role: 'viewer' }] } })).statusCode).toBe(201);
  });

  it('lets only admins manage users', async () => {
    const bvsn = await orgId(t.store, 'BVSN');
    for (const who of ['bvsn.coordinator', 'bvsn.director', 'bvsn.editor']) {
      const cookie = await t.login(who);
      const res = await t.request('POST', '/api/users', { cookie, body: { username: `x.${who}`, fullName: 'Người X', password: 'mat-khau-x-123', roles: [{ organizationId: bvsn, role: 'viewer' }] } });
      expect(res.statusCode, who).toBe(400);
      expect(res.json().error.code).toBe('ROLE_OUT_OF_REACH');
    }
    const coordinator = await t.login('bvsn.coordinator');
    const list = (await t.request('GET', '/api/users?limit=200', { cookie: coordinator })).json().items;
    expect(list.length).toBeGreaterThan(5);
    expect(list.every((u: { can: { update: boolean } }) => !u.can.update)).toBe(true);
  });

  it('searches people without diacritics and filters by role', async () => {
    const found = (await t.request('GET', '/api/users?q=tran%20hoai', { cookie: admin })).json().items;
    expect(found.map((u: { username: string }) => u.username)).toEqual(['bvsn.director']);
    const reporters = (await t.request('GET', '/api/users?role=reporter&limit=200', { cookie: admin })).json().items;
    expect(reporters.length).toBeGreaterThan(3);
    expect(reporters.every((u: { roles: { role: string }[] }) => u.roles.some((r) => r.role === 'reporter'))).toBe(true);
  });

  it('pages with a cursor without repeating anyone', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { username: string }[]; nextCursor: string | null } = (
        await t.request('GET', `/api/users?limit=4${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, { cookie: admin })
      ).json();
      seen.push(...page.items.map((u) => u.username));
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThan(10);
  });

  it('disables an account, which ends its sessions, and resets a password', async () => {
    const viewerCookie = await t.login('bvsn.viewer');
    const viewer = (await t.request('GET', '/api/users?q=bvsn.viewer', { cookie: admin })).json().items[0];
    const disabled = await t.request('PATCH', `/api/users/${viewer.id}`, { cookie: admin, body: { disabled: true } });
    expect(disabled.json().disabled).toBe(true);
    expect((await t.request('GET', '/api/me', { cookie: viewerCookie })).statusCode).toBe(401);
    expect((await t.request('POST', '/api/auth/login', { body: { username: 'bvsn.viewer', password: 'mat-khau-demo-2026' } })).statusCode).toBe(401);
    await t.request('PATCH', `/api/users/${viewer.id}`, { cookie: admin, body: { disabled: false } });
    expect((await t.request('POST', `/api/users/${viewer.id}/reset-password`, { cookie: admin, body: { password: 'mat-khau-moi-99' } })).statusCode).toBe(204);
    await t.login('bvsn.viewer', 'mat-khau-moi-99');
  });

  it('does not let a hospital admin touch a department of health account', async () => {
    const sytDirector = (await t.request('GET', '/api/users?q=syt-lc.director', { cookie: await t.login('syt-lc.admin') })).json().items[0];
    const res = await t.request('PATCH', `/api/users/${sytDirector.id}`, { cookie: admin, body: { fullName: 'Đổi tên' } });
    expect(res.statusCode).toBe(404);
    const self = (await t.request('GET', '/api/me', { cookie: admin })).json().user;
    const selfDisable = await t.request('PATCH', `/api/users/${self.id}`, { cookie: admin, body: { disabled: true } });
    expect(selfDisable.statusCode).toBe(400);
  });
});
