import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appointAtRoot } from '../../src/server/commands/appoint-at-root';
import { createTestApp, DEMO_PASSWORD, DIALECTS, orgId, type TestApp } from '../support/test-app';

/**
 * Separation of duties (issue 12, must-show 5): nobody changes their own roles; the admin or director of
 * a body is appointed, demoted, disabled or given a new password only by an admin of a body above it,
 * and at the top-level body only by `cchc appoint` on the server; every grant and revoke is in the audit
 * trail, and a refusal changes nothing and records nothing.
 */
describe.each(DIALECTS)('separation of duties on %s', (dialect) => {
  let t: TestApp;
  let bvsnAdmin: string;
  let sytAdmin: string;
  let bvsn: string;
  let sytLc: string;
  const base = { fullName: 'Người Thử Nghiệm', password: 'la-sen-xanh-muot' };

  beforeAll(async () => {
    t = await createTestApp(dialect);
    bvsnAdmin = await t.login('bvsn.admin');
    sytAdmin = await t.login('syt-lc.admin');
    bvsn = await orgId(t.store, 'BVSN');
    sytLc = await orgId(t.store, 'SYT-LC');
  });
  afterAll(() => t.close());

  const userId = async (username: string) => (await t.store.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;
  const rolesOf = async (username: string) =>
    (await t.store.db.selectFrom('user_roles').innerJoin('users', 'users.id', 'user_roles.user_id').select(['user_roles.organization_id as organizationId', 'user_roles.role']).where('users.username', '=', username).execute())
      .map((r) => `${r.organizationId}:${r.role}`)
      .sort();
  const auditCount = async () => Number((await t.store.db.selectFrom('audit_log').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const auditOf = async (id: string) =>
    (await t.store.db.selectFrom('audit_log').selectAll().where('entity_id', '=', id).where('action', 'like', 'user.%').orderBy('at').orderBy('id').execute()).map((e) => ({
      action: e.action,
      actor: e.actor_username,
      request: e.request_id,
      before: e.before_json ? (JSON.parse(e.before_json) as { roles?: unknown[] }).roles : undefined,
      after: e.after_json ? (JSON.parse(e.after_json) as { roles?: unknown[] }).roles : undefined,
    }));

  it('lets nobody change their own roles, not even the admin of the top-level body', async () => {
    for (const [cookie, username] of [[bvsnAdmin, 'bvsn.admin'], [sytAdmin, 'syt-lc.admin']] as const) {
      const before = await rolesOf(username);
      const audits = await auditCount();
      const id = await userId(username);
      const res = await t.request('PATCH', `/api/users/${id}`, { cookie, body: { roles: [{ organizationId: sytLc, role: 'director' }, { organizationId: bvsn, role: 'director' }] } });
      expect(res.statusCode, username).toBe(403);
      expect(res.json().error.message).toBe('Không ai tự thay đổi vai trò của chính mình; hãy nhờ một quản trị viên khác.');
      expect(await rolesOf(username)).toEqual(before);
      expect(await auditCount()).toBe(audits);
    }
  });

  it("grants a body's admin or director only from the body above, and records the grant", async () => {
    const sytDirector = await t.login('syt-lc.director');
    const otherProvince = await t.login('syt-ht.admin');
    const audits = await auditCount();
    for (const role of ['admin', 'director']) {
      const own = await t.request('POST', '/api/users', { cookie: bvsnAdmin, body: { ...base, username: `bvsn.tu-cap-${role}`, roles: [{ organizationId: bvsn, role }] } });
      expect(own.statusCode, role).toBe(403);
      expect(own.json().error.message).toContain('do quản trị viên của đơn vị cấp trên cấp');
    }
    // Not even as a second role of an account the body's admin may otherwise make.
    const viewer = await t.request('POST', '/api/users', { cookie: bvsnAdmin, body: { ...base, username: 'bvsn.xem-2', roles: [{ organizationId: bvsn, role: 'viewer' }] } });
    expect(viewer.statusCode).toBe(201);
    const promote = await t.request('PATCH', `/api/users/${viewer.json().id}`, { cookie: bvsnAdmin, body: { roles: [{ organizationId: bvsn, role: 'viewer' }, { organizationId: bvsn, role: 'director' }] } });
    expect(promote.statusCode).toBe(403);
    expect(await rolesOf('bvsn.xem-2')).toEqual([`${bvsn}:viewer`]);
    // A director of the body above is not an admin: no.
    const byDirector = await t.request('POST', '/api/users', { cookie: sytDirector, body: { ...base, username: 'bvsn.pgd', roles: [{ organizationId: bvsn, role: 'director' }] } });
    expect(byDirector.statusCode).toBe(400);
    expect(byDirector.json().error.code).toBe('ROLE_OUT_OF_REACH');
    // Another province's admin does not even see the hospital.
    expect((await t.request('POST', '/api/users', { cookie: otherProvince, body: { ...base, username: 'bvsn.pgd', roles: [{ organizationId: bvsn, role: 'director' }] } })).statusCode).toBe(404);
    // Only the one account that was allowed left a trace.
    expect(await auditCount()).toBe(audits + 1);

    const fromAbove = await t.request('POST', '/api/users', { cookie: sytAdmin, body: { ...base, username: 'bvsn.pgd', roles: [{ organizationId: bvsn, role: 'director' }] } });
    expect(fromAbove.statusCode).toBe(201);
    const promoted = await t.request('PATCH', `/api/users/${viewer.json().id}`, { cookie: sytAdmin, body: { roles: [{ organizationId: bvsn, role: 'admin' }] } });
    expect(promoted.statusCode).toBe(200);
    expect(await auditOf(fromAbove.json().id)).toEqual([{ action: 'user.create', actor: 'syt-lc.admin', request: expect.any(String), before: undefined, after: [{ organizationId: bvsn, role: 'director' }] }]);
    expect((await auditOf(viewer.json().id)).at(-1)).toMatchObject({ action: 'user.update', actor: 'syt-lc.admin', before: [{ organizationId: bvsn, role: 'viewer' }], after: [{ organizationId: bvsn, role: 'admin' }] });
  });

  it("keeps a body's head out of reach of its fellow admin: no demotion, no lock-out, no new password", async () => {
    const director = await userId('bvsn.director');
    const before = await rolesOf('bvsn.director');
    const hash = async () => (await t.store.db.selectFrom('users').select(['password_hash', 'disabled_at']).where('id', '=', director).executeTakeFirstOrThrow());
    const was = await hash();
    const audits = await auditCount();
    const tries = [
      t.request('PATCH', `/api/users/${director}`, { cookie: bvsnAdmin, body: { roles: [{ organizationId: bvsn, role: 'viewer' }] } }),
      t.request('PATCH', `/api/users/${director}`, { cookie: bvsnAdmin, body: { disabled: true } }),
      t.request('PATCH', `/api/users/${director}`, { cookie: bvsnAdmin, body: { email: 'ke-gia-mao@example.vn' } }),
      t.request('POST', `/api/users/${director}/reset-password`, { cookie: bvsnAdmin, body: { password: 'toi-la-giam-doc-moi' } }),
    ];
    for (const res of await Promise.all(tries)) {
      expect(res.statusCode).toBe(403);
      expect(res.json().error.message).toMatch(/^bvsn\.director là Lãnh đạo của .+: tài khoản này do quản trị viên của đơn vị cấp trên quản lý/);
    }
    expect(await rolesOf('bvsn.director')).toEqual(before);
    expect(await hash()).toEqual(was);
    expect(await auditCount()).toBe(audits);
    await t.login('bvsn.director');
    // The list says so: the hospital admin is offered neither button on the director, and no reset of their own password.
    const listed = (await t.request('GET', '/api/users?limit=200', { cookie: bvsnAdmin })).json().items as { username: string; can: { update: boolean; resetPassword: boolean } }[];
    expect(listed.find((u) => u.username === 'bvsn.director')?.can).toEqual({ update: false, resetPassword: false });
    expect(listed.find((u) => u.username === 'bvsn.admin')?.can).toEqual({ update: true, resetPassword: false });
    expect(listed.find((u) => u.username === 'bvsn.viewer')?.can).toEqual({ update: true, resetPassword: true });
    const ownReset = await t.request('POST', `/api/users/${await userId('bvsn.admin')}/reset-password`, { cookie: bvsnAdmin, body: { password: 'mat-khau-tu-dat-lai' } });
    expect(ownReset.statusCode).toBe(400);
    expect(ownReset.json().error.code).toBe('USE_CHANGE_PASSWORD');

    // The admin of the body above may, and each change is recorded.
    expect((await t.request('POST', `/api/users/${director}/reset-password`, { cookie: sytAdmin, body: { password: 'giam-doc-quen-mat-khau' } })).statusCode).toBe(204);
    const demoted = await t.request('PATCH', `/api/users/${director}`, { cookie: sytAdmin, body: { roles: [{ organizationId: bvsn, role: 'viewer' }] } });
    expect(demoted.statusCode).toBe(200);
    const trail = await auditOf(director);
    expect(trail.slice(-2)).toEqual([
      { action: 'user.reset_password', actor: 'syt-lc.admin', request: expect.any(String), before: undefined, after: undefined },
      { action: 'user.update', actor: 'syt-lc.admin', request: expect.any(String), before: [{ organizationId: bvsn, role: 'director' }], after: [{ organizationId: bvsn, role: 'viewer' }] },
    ]);
  });

  it("appoints the top-level body's head only through `cchc appoint`, recorded as done on the server", async () => {
    // Nobody above the department of health: its own admin cannot appoint its director.
    const inApp = await t.request('POST', '/api/users', { cookie: sytAdmin, body: { ...base, username: 'syt-lc.gd-moi', roles: [{ organizationId: sytLc, role: 'director' }] } });
    expect(inApp.statusCode).toBe(403);
    expect(inApp.json().error.message).toContain('cchc appoint');
    const sytDirector = await userId('syt-lc.director');
    expect((await t.request('POST', `/api/users/${sytDirector}/reset-password`, { cookie: sytAdmin, body: { password: 'toi-la-giam-doc-so' } })).statusCode).toBe(403);

    await expect(appointAtRoot(t.store.db, { username: 'syt-lc.gd-moi', role: 'director' })).rejects.toThrow(/--code/);
    await expect(appointAtRoot(t.store.db, { username: 'syt-lc.gd-moi', role: 'director', code: 'SYT-LC' })).rejects.toThrow(/--full-name và --password/);
    const common = 'matkhau@2026';
    await expect(appointAtRoot(t.store.db, { username: 'syt-lc.gd-moi', role: 'director', code: 'SYT-LC', 'full-name': 'Lê Văn Mới', password: common })).rejects.toThrow(/--password: Mật khẩu này quá phổ biến/);
    await expect(appointAtRoot(t.store.db, { username: 'syt-lc.gd-moi', role: 'owner', code: 'SYT-LC' })).rejects.toThrow(/--role/);
    const created = await appointAtRoot(t.store.db, { username: 'syt-lc.gd-moi', role: 'director', code: 'SYT-LC', 'full-name': 'Lê Văn Mới', password: 'nui-cao-suoi-sau' });
    expect(created).toEqual({ username: 'syt-lc.gd-moi', role: 'director', organizationName: 'Sở Y tế tỉnh Lào Cai', created: true, granted: true, passwordSet: true });
    await t.login('syt-lc.gd-moi', 'nui-cao-suoi-sau');
    // An existing account gets the role added, and a forgotten password set again.
    const viewer = await userId('syt-lc.viewer');
    const granted = await appointAtRoot(t.store.db, { username: 'syt-lc.viewer', role: 'admin', code: 'SYT-LC', password: 'quan-tri-thu-hai' });
    expect(granted).toMatchObject({ created: false, granted: true, passwordSet: true });
    expect(await rolesOf('syt-lc.viewer')).toEqual([`${sytLc}:admin`, `${sytLc}:viewer`].sort());
    expect((await t.request('POST', '/api/auth/login', { body: { username: 'syt-lc.viewer', password: DEMO_PASSWORD } })).statusCode).toBe(401);
    await t.login('syt-lc.viewer', 'quan-tri-thu-hai');
    expect((await auditOf(viewer)).slice(-2)).toEqual([
      { action: 'user.update', actor: null, request: 'cli', before: [{ organizationId: sytLc, role: 'viewer' }], after: [{ organizationId: sytLc, role: 'viewer' }, { organizationId: sytLc, role: 'admin' }] },
      { action: 'user.reset_password', actor: null, request: 'cli', before: undefined, after: undefined },
    ]);
    expect(await auditOf(await userId('syt-lc.gd-moi'))).toEqual([{ action: 'user.create', actor: null, request: 'cli', before: undefined, after: [{ organizationId: sytLc, role: 'director' }] }]);
  });
});
