import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_FAILED_ATTEMPTS } from '../../src/domain/auth/login-throttle';
import { createTestApp, DEMO_PASSWORD, DIALECTS, type TestApp } from '../support/test-app';

describe.each(DIALECTS)('sign-in and sessions on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('signs in, sets an httpOnly SameSite cookie and answers who is signed in', async () => {
    const res = await t.request('POST', '/api/auth/login', { body: { username: 'BVSN.Director', password: DEMO_PASSWORD } });
    expect(res.statusCode).toBe(200);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/cchc_session=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).toMatch(/Expires=/i);
    const me = res.json();
    expect(me.user).toMatchObject({ username: 'bvsn.director', fullName: 'Trần Hoài Bắc' });
    expect(me.organization).toMatchObject({ code: 'BVSN', name: 'Bệnh viện Sản - Nhi tỉnh Lào Cai' });
    expect(me.roles).toEqual([expect.objectContaining({ role: 'director' })]);
  });

  it('gives a reporter their department role and their body as organisation', async () => {
    const cookie = await t.login('bvsn.tchc');
    const me = (await t.request('GET', '/api/me', { cookie })).json();
    expect(me.organization.code).toBe('BVSN');
    expect(me.roles[0]).toMatchObject({ role: 'reporter', organization: { code: 'TCHC', name: 'Phòng Tổ chức Hành chính' } });
    expect(me.can).toEqual({ manageOrganizations: false, manageUsers: false, manageApiKeys: false, readAudit: false, draftPlans: false, manageLegalDocuments: false, followProgress: false, issueReminderNotices: false, proposeMedia: true, editMedia: false, readReports: false, manageProcedures: false, readFeedback: true, handleFeedback: false, readSurveys: true, manageSurveys: false, manageScoring: false, selfAssess: false });
    // Who may, for each ability, straight from the policy table: what a refusal on screen names.
    expect(me.allowedRoles.readReports).toEqual(['admin', 'director', 'coordinator', 'viewer']);
    expect(me.allowedRoles.followProgress).toEqual(['director', 'coordinator']);
  });

  it('answers the same 401 for a wrong password and an unknown user', async () => {
    const wrong = await t.request('POST', '/api/auth/login', { body: { username: 'bvsn.viewer', password: 'sai-mat-khau' } });
    const unknown = await t.request('POST', '/api/auth/login', { body: { username: 'khong.ton.tai', password: 'sai-mat-khau' } });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().error.message).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
  });

  it(`locks a name for a while after ${MAX_FAILED_ATTEMPTS} failures, even with the right password`, async () => {
    for (let i = 0; i < MAX_FAILED_ATTEMPTS; i++) {
      expect((await t.request('POST', '/api/auth/login', { body: { username: 'bvsn.editor', password: `sai-${i}` } })).statusCode).toBe(401);
    }
    const locked = await t.request('POST', '/api/auth/login', { body: { username: 'bvsn.editor', password: DEMO_PASSWORD } });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('ACCOUNT_LOCKED');
    expect(locked.json().error.message).toMatch(/thử lại sau \d+ phút/);
    // Other names are not affected.
    expect((await t.request('POST', '/api/auth/login', { body: { username: 'bvsn.viewer', password: DEMO_PASSWORD } })).statusCode).toBe(200);
  });

  it('ends the session on sign-out', async () => {
    const cookie = await t.login('bvsn.coordinator');
    expect((await t.request('GET', '/api/me', { cookie })).statusCode).toBe(200);
    expect((await t.request('POST', '/api/auth/logout', { cookie })).statusCode).toBe(204);
    expect((await t.request('GET', '/api/me', { cookie })).statusCode).toBe(401);
  });

  it('refuses an expired session', async () => {
    const cookie = await t.login('ttyt-lccd.viewer');
    await t.store.db.updateTable('sessions').set({ expires_at: '2000-01-01T00:00:00.000Z' }).execute();
    expect((await t.request('GET', '/api/me', { cookie })).statusCode).toBe(401);
  });

  it('changes a password: the old one stops working and other sessions end', async () => {
    const first = await t.login('ttyt-lccd.coordinator');
    const second = await t.login('ttyt-lccd.coordinator');
    const wrong = await t.request('POST', '/api/auth/change-password', { cookie: first, body: { currentPassword: 'khong-dung', newPassword: 'mat-khau-moi-123' } });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.code).toBe('WRONG_PASSWORD');
    const short = await t.request('POST', '/api/auth/change-password', { cookie: first, body: { currentPassword: DEMO_PASSWORD, newPassword: 'ngan' } });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.details[0].field).toBe('newPassword');
    const ok = await t.request('POST', '/api/auth/change-password', { cookie: first, body: { currentPassword: DEMO_PASSWORD, newPassword: 'mat-khau-moi-123' } });
    expect(ok.statusCode).toBe(204);
    expect((await t.request('GET', '/api/me', { cookie: first })).statusCode).toBe(200);
    expect((await t.request('GET', '/api/me', { cookie: second })).statusCode).toBe(401);
    expect((await t.request('POST', '/api/auth/login', { body: { username: 'ttyt-lccd.coordinator', password: DEMO_PASSWORD } })).statusCode).toBe(401);
    await t.login('ttyt-lccd.coordinator', 'mat-khau-moi-123');
  });

  it('keeps the password hash out of the database in clear and uses argon2id', async () => {
    const row = await t.store.db.selectFrom('users').select('password_hash').where('username', '=', 'bvsn.admin').executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.password_hash).not.toContain(DEMO_PASSWORD);
  });
});
