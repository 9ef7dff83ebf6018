import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DIALECTS, orgId, type TestApp } from '../support/test-app';

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe.each(DIALECTS)('API keys on %s', (dialect) => {
  let t: TestApp;
  let admin: string;
  let bvsn: string;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    admin = await t.login('bvsn.admin');
    bvsn = await orgId(t.store, 'BVSN');
  });
  afterAll(() => t.close());

  const createKey = async (body: Record<string, unknown>, cookie = admin) => t.request('POST', '/api/api-keys', { cookie, body: { organizationId: bvsn, ...body } });

  it('shows a new key once, keeps only its hash, and lets it read its body as a viewer would', async () => {
    const created = await createKey({ name: 'Cổng văn bản điện tử tỉnh', scope: 'read' });
    expect(created.statusCode).toBe(201);
    expect(created.headers['cache-control']).toBe('no-store');
    const { apiKey, token } = created.json();
    expect(token).toMatch(/^cchc_[0-9a-f]{10}_[A-Za-z0-9_-]{43}$/);
    expect(apiKey).toMatchObject({ name: 'Cổng văn bản điện tử tỉnh', scope: 'read', organizationId: bvsn, requestsPerMinute: 120, revokedAt: null, lastUsedAt: null, can: { revoke: true } });
    expect(token.startsWith(apiKey.prefix + '_')).toBe(true);

    // Never again: not in the list, not by id, not in the database, not in the audit trail.
    // The secret is all after the prefix; it may itself hold '_' (base64url).
    const secret = token.slice('cchc_'.length + 10 + 1);
    expect(secret).toHaveLength(43);
    const list = await t.request('GET', '/api/api-keys', { cookie: admin });
    expect(list.json().items.map((k: { id: string }) => k.id)).toContain(apiKey.id);
    expect(list.body).not.toContain(secret);
    expect((await t.request('GET', `/api/api-keys/${apiKey.id}`, { cookie: admin })).body).not.toContain(secret);
    const row = await t.store.db.selectFrom('api_keys').selectAll().where('id', '=', apiKey.id).executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(secret);
    expect(row.secret_hash).toMatch(/^[0-9a-f]{64}$/);
    const audit = await t.store.db.selectFrom('audit_log').select(['action', 'after_json']).where('entity_id', '=', apiKey.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['api_key.create']);
    expect(audit[0]!.after_json).not.toContain(secret);

    const plans = await t.request('GET', '/api/plans', { headers: bearer(token) });
    expect(plans.statusCode).toBe(200);
    expect(plans.json().items.length).toBeGreaterThan(0);
    const viewer = await t.request('GET', '/api/plans', { cookie: await t.login('bvsn.viewer') });
    const ids = (answer: typeof plans) => answer.json().items.map((p: { id: string }) => p.id);
    expect(ids(plans)).toEqual(ids(viewer));
    expect(plans.headers['x-ratelimit-limit']).toBe('120');
    // The other header form, and who the key is.
    const me = await t.request('GET', '/api/me', { headers: { 'x-api-key': token } });
    expect(me.statusCode).toBe(200);
    expect(me.json().user).toMatchObject({ fullName: 'Khóa API: Cổng văn bản điện tử tỉnh' });
  });

  it('refuses writes to a read-only key and lets a read-write key act as the coordinator, signed by the key', async () => {
    const readOnly = (await createKey({ name: 'Chỉ đọc', scope: 'read' })).json().token;
    const readWrite = (await createKey({ name: 'Hệ thống bệnh viện', scope: 'write' })).json();
    const occurrence = (await t.request('GET', '/api/occurrences?limit=1', { headers: bearer(readOnly) })).json().items[0];
    expect(occurrence).toBeDefined();
    expect(occurrence.can).toMatchObject({ review: false });

    const refused = await t.request('POST', `/api/occurrences/${occurrence.id}/comments`, { headers: bearer(readOnly), body: { text: 'Đề nghị bổ sung minh chứng.' } });
    expect(refused.statusCode).toBe(403);
    const before = await t.store.db.selectFrom('occurrence_events').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();

    const comment = await t.request('POST', `/api/occurrences/${occurrence.id}/comments`, { headers: bearer(readWrite.token), body: { text: 'Đề nghị bổ sung minh chứng.' } });
    expect(comment.statusCode).toBe(201);
    const after = await t.store.db.selectFrom('occurrence_events').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n) + 1);
    const history = (await t.request('GET', `/api/occurrences/${occurrence.id}/history`, { cookie: admin })).json().items;
    expect(history.at(0).actor ?? history.at(-1).actor).toBeDefined();
    expect(JSON.stringify(history)).toContain('Khóa API: Hệ thống bệnh viện');

    // Never as an admin: a key makes no key, no account; it changes no password.
    expect((await t.request('POST', '/api/api-keys', { headers: bearer(readWrite.token), body: { organizationId: bvsn, name: 'x', scope: 'write' } })).statusCode).toBe(403);
    expect((await t.request('GET', '/api/api-keys', { headers: bearer(readWrite.token) })).json().items).toEqual([]);
    const password = await t.request('POST', '/api/auth/change-password', { headers: bearer(readWrite.token), body: { currentPassword: 'sai-mat-khau-hien-tai', newPassword: 'Cong-van-ban-dien-tu-2026' } });
    expect(password.statusCode).toBe(403);
    // A key's account cannot sign in and is no one's colleague.
    const signIn = await t.request('POST', '/api/auth/login', { body: { username: `khoa-api:${readWrite.apiKey.prefix.slice(5)}`, password: 'sai-mat-khau-cua-khoa' } });
    expect(signIn.statusCode).toBe(401);
    const users = (await t.request('GET', '/api/users?limit=1000&includeDisabled=1', { cookie: admin })).json().items;
    expect(users.some((u: { username: string }) => u.username.startsWith('khoa-api:'))).toBe(false);
  });

  it("keeps a key to its body: another province's data does not exist for it", async () => {
    const token = (await createKey({ name: 'Đọc', scope: 'read' })).json().token;
    const foreign = await orgId(t.store, 'SYT-HT');
    expect((await t.request('GET', `/api/organizations/${foreign}`, { headers: bearer(token) })).statusCode).toBe(404);
    const tree = (await t.request('GET', '/api/organizations?limit=5000', { headers: bearer(token) })).json().items;
    expect(tree.length).toBeGreaterThan(0);
    expect(tree.some((o: { id: string }) => o.id === foreign)).toBe(false);
    const foreignKey = await createKey({ name: 'Ngoài tầm', scope: 'read', organizationId: foreign });
    expect(foreignKey.statusCode).toBe(404);
  });

  it('refuses a wrong, malformed or revoked key with 401, and revoking is audited and final', async () => {
    const created = (await createKey({ name: 'Sẽ thu hồi', scope: 'read' })).json();
    expect((await t.request('GET', '/api/plans', { headers: bearer(created.token) })).statusCode).toBe(200);

    const wrong = created.token.slice(0, -4) + 'AAAA';
    const answers = await Promise.all([
      t.request('GET', '/api/plans', { headers: bearer(wrong) }),
      t.request('GET', '/api/plans', { headers: { authorization: 'Bearer' } }),
      t.request('GET', '/api/plans', { headers: bearer('cchc_0000000000_' + 'A'.repeat(43)) }),
    ]);
    for (const answer of answers) {
      expect(answer.statusCode).toBe(401);
      expect(answer.json().error.code).toBe('INVALID_API_KEY');
      expect(answer.json().error.message).toMatch(/Khóa API|Authorization/);
    }
    // Another scheme is not ours (a proxy's Basic sign-in in front of the app): the session still counts.
    const behindProxy = await t.request('GET', '/api/plans', { cookie: admin, headers: { authorization: 'Basic dXNlcjpwYXNz' } });
    expect(behindProxy.statusCode).toBe(200);

    const revoked = await t.request('POST', `/api/api-keys/${created.apiKey.id}/revoke`, { cookie: admin });
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json()).toMatchObject({ revokedAt: expect.any(String), revokedByName: expect.any(String), can: { revoke: false } });
    expect((await t.request('GET', '/api/plans', { headers: bearer(created.token) })).statusCode).toBe(401);
    expect((await t.request('POST', `/api/api-keys/${created.apiKey.id}/revoke`, { cookie: admin })).statusCode).toBe(200);
    const actions = await t.store.db.selectFrom('audit_log').select('action').where('entity_id', '=', created.apiKey.id).where('action', '=', 'api_key.revoke').execute();
    expect(actions).toHaveLength(1);
    const active = (await t.request('GET', '/api/api-keys?limit=1000', { cookie: admin })).json().items.map((k: { id: string }) => k.id);
    expect(active).not.toContain(created.apiKey.id);
    const all = (await t.request('GET', '/api/api-keys?limit=1000&includeRevoked=1', { cookie: admin })).json().items.map((k: { id: string }) => k.id);
    expect(all).toContain(created.apiKey.id);
  });

  it('holds each key to its own rate and answers 429 with Retry-After', async () => {
    const slow = (await createKey({ name: 'Giới hạn thấp', scope: 'read', requestsPerMinute: 10 })).json().token;
    const other = (await createKey({ name: 'Khóa khác', scope: 'read' })).json().token;
    const statuses = [];
    for (let i = 0; i < 11; i++) statuses.push((await t.request('GET', '/api/plans?limit=1', { headers: bearer(slow) })).statusCode);
    expect(statuses.slice(0, 10).every((s) => s === 200)).toBe(true);
    const refused = await t.request('GET', '/api/plans?limit=1', { headers: bearer(slow) });
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.code).toBe('RATE_LIMITED');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // Another key, and the people signed in, are not held back by it.
    expect((await t.request('GET', '/api/plans?limit=1', { headers: bearer(other) })).statusCode).toBe(200);
    expect((await t.request('GET', '/api/plans?limit=1', { cookie: admin })).statusCode).toBe(200);
  });

  it('writes every use of a key to the audit trail, refusals included, and when it was last used', async () => {
    const created = (await createKey({ name: 'Ghi nhật ký', scope: 'read' })).json();
    await t.request('GET', '/api/plans?limit=2', { headers: bearer(created.token) });
    await t.request('GET', '/api/plans/khong-co', { headers: bearer(created.token) });
    await t.request('POST', '/api/plans', { headers: bearer(created.token), body: {} });
    await t.app.apiKeyUses.flush();
    const uses = await t.store.db.selectFrom('audit_log').selectAll().where('entity_id', '=', created.apiKey.id).where('action', '=', 'api_key.use').orderBy('at').execute();
    expect(uses.map((u) => u.summary)).toEqual(['GET /api/plans?limit=2 → 200', 'GET /api/plans/khong-co → 404', 'POST /api/plans → 403']);
    expect(uses.every((u) => u.actor_name === 'Khóa API: Ghi nhật ký' && u.organization_id === bvsn && u.request_id)).toBe(true);
    // The admin reads them where every change is read.
    const log = await t.request('GET', `/api/audit-log?entityId=${created.apiKey.id}&action=api_key.use`, { cookie: admin });
    expect(log.json().items).toHaveLength(3);
    const key = (await t.request('GET', `/api/api-keys/${created.apiKey.id}`, { cookie: admin })).json();
    expect(key.lastUsedAt).toEqual(expect.any(String));
  });

  it('refuses bad input in Vietnamese and changes nothing; only an admin makes keys, and only for a body', async () => {
    const count = async () => Number((await t.store.db.selectFrom('api_keys').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const before = await count();
    const unknown = await createKey({ name: 'Có trường lạ', scope: 'read', expiresAt: '2027-01-01' });
    expect(unknown.statusCode).toBe(400);
    expect(JSON.stringify(unknown.json())).toContain('expiresAt');
    const badScope = await createKey({ name: 'Sai phạm vi', scope: 'admin' });
    expect(badScope.statusCode).toBe(400);
    const tooFast = await createKey({ name: 'Quá nhanh', scope: 'read', requestsPerMinute: 1_000_000 });
    expect(tooFast.statusCode).toBe(400);
    const noName = await createKey({ name: '  ', scope: 'read' });
    expect(noName.statusCode).toBe(400);
    expect(noName.json().error.message).toMatch(/[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i);
    const department = await createKey({ name: 'Khoa', scope: 'read', organizationId: await orgId(t.store, 'KHTH', 'BVSN') });
    expect(department.statusCode).toBe(400);
    expect(department.json().error.code).toBe('API_KEY_NEEDS_BODY');
    const coordinatorCookie = await t.login('bvsn.coordinator');
    const coordinator = await createKey({ name: 'Không phải quản trị', scope: 'read' }, coordinatorCookie);
    expect(coordinator.statusCode).toBe(403);
    // The screen asks /api/me, which answers from the same policy table.
    expect((await t.request('GET', '/api/me', { cookie: admin })).json()).toMatchObject({ can: { manageApiKeys: true }, allowedRoles: { manageApiKeys: ['admin'] } });
    expect((await t.request('GET', '/api/me', { cookie: coordinatorCookie })).json().can.manageApiKeys).toBe(false);
    expect(await count()).toBe(before);
  });
});
