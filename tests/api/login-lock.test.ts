import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  afterBackoffAttempt,
  afterFailure,
  BACKOFF_FREE_ATTEMPTS,
  BACKOFF_MAX_SECONDS,
  backoffRule,
  failureRule,
  isLocked,
  isWaiting,
  MAX_FAILED_ATTEMPTS,
  type BackoffState,
  type ThrottleState,
} from '../../src/domain/auth/login-throttle';
import { recordBackoffAttempt, recordFailure } from '../../src/db/repositories/login-throttle';
import { buildApp } from '../../src/server/app';
import { createTestApp, DEMO_PASSWORD, DIALECTS, openTestStore, type TestApp } from '../support/test-app';

/**
 * Guesses at a password (issue 12, defect 7 and must-show 4): each attempt is counted by one atomic
 * statement before the password is checked, per (name, client address) and per name from everywhere,
 * so parallel requests get exactly the budget; a stranger's guesses lock only the stranger's address
 * and slow the name by at most a minute; the owner's own address still signs in.
 */
describe.each(DIALECTS)('failure lock per name and address on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  const signIn = (username: string, password: string, remoteAddress = '127.0.0.1') =>
    t.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress, headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ username, password }) });
  const throttleRow = (username: string, source = '127.0.0.1') =>
    t.store.db.selectFrom('login_throttle').selectAll().where('username', '=', username).where('source', '=', source).executeTakeFirst();
  const backoffRow = (username: string) => t.store.db.selectFrom('login_backoff').selectAll().where('username', '=', username).executeTakeFirst();
  const codes = (responses: LightMyRequestResponse[]) => responses.map((r) => (r.statusCode === 429 ? r.json().error.code : r.statusCode));
  const count = (values: unknown[], value: unknown) => values.filter((v) => v === value).length;

  it('counts 20 parallel wrong passwords from one address exactly, and locks that address only', async () => {
    const attempts = await Promise.all(Array.from({ length: 20 }, (_, i) => signIn('bvsn.editor', `sai-song-song-${i}`, '203.0.113.7')));
    const answers = codes(attempts);
    // Counted before the password is checked: five guesses are checked (401), the others meet the lock.
    expect(count(answers, 401)).toBe(MAX_FAILED_ATTEMPTS);
    expect(count(answers, 'ACCOUNT_LOCKED')).toBe(20 - MAX_FAILED_ATTEMPTS);
    const row = await throttleRow('bvsn.editor', '203.0.113.7');
    expect(row?.failed_count).toBe(MAX_FAILED_ATTEMPTS);
    // Each checked guess is in the hospital's audit trail, with the address and no actor; refused ones are not.
    const failures = await t.store.db.selectFrom('audit_log').selectAll().where('action', '=', 'auth.sign_in_failed').where('ip', '=', '203.0.113.7').execute();
    expect(failures).toHaveLength(MAX_FAILED_ATTEMPTS);
    expect(failures.every((f) => f.actor_id === null && f.organization_path !== null && f.summary.includes('bvsn.editor'))).toBe(true);
    expect(row?.locked_until).not.toBeNull();
    expect((await backoffRow('bvsn.editor'))?.attempt_count).toBe(MAX_FAILED_ATTEMPTS);

    const fromThere = await signIn('bvsn.editor', DEMO_PASSWORD, '203.0.113.7');
    expect(fromThere.statusCode).toBe(429);
    expect(fromThere.json().error.code).toBe('ACCOUNT_LOCKED');
    expect(fromThere.json().error.message).toMatch(/^Đăng nhập sai quá nhiều lần\. Vui lòng thử lại sau \d+ phút\.$/);
    expect(Number(fromThere.headers['retry-after'])).toBeGreaterThan(13 * 60);
    // The owner, elsewhere, is not locked out by the stranger.
    expect((await signIn('bvsn.editor', DEMO_PASSWORD, '10.20.30.40')).statusCode).toBe(200);
    // And signing in there did not lift the stranger's lock.
    expect((await signIn('bvsn.editor', DEMO_PASSWORD, '203.0.113.7')).statusCode).toBe(429);
  });

  it('slows a name guessed from many addresses at once, without locking it; the owner’s own address still signs in', async () => {
    // The owner signed in from their office before: that address is theirs.
    expect((await signIn('bvsn.coordinator', DEMO_PASSWORD, '10.0.0.7')).statusCode).toBe(200);
    const attempts = await Promise.all(Array.from({ length: 20 }, (_, i) => signIn('bvsn.coordinator', `doan-${i}`, `198.51.100.${i + 1}`)));
    const answers = codes(attempts);
    expect(count(answers, 401)).toBe(BACKOFF_FREE_ATTEMPTS);
    expect(count(answers, 'LOGIN_SLOWED')).toBe(20 - BACKOFF_FREE_ATTEMPTS);
    const slowed = attempts.find((r) => r.statusCode === 429)!;
    expect(slowed.json().error.message).toMatch(/^Tài khoản này vừa bị thử mật khẩu sai nhiều lần từ nhiều nơi\. Để bảo vệ tài khoản, vui lòng thử lại sau \d+ giây\.$/);
    const backoff = await backoffRow('bvsn.coordinator');
    expect(backoff?.attempt_count).toBe(BACKOFF_FREE_ATTEMPTS);
    expect(backoff?.wait_until).not.toBeNull();
    // No address is locked: each made one guess, and a refused attempt is given back.
    const rows = await t.store.db.selectFrom('login_throttle').selectAll().where('username', '=', 'bvsn.coordinator').execute();
    expect(rows.every((r) => r.locked_until === null && r.failed_count <= 1)).toBe(true);
    expect(rows.filter((r) => r.failed_count === 1)).toHaveLength(BACKOFF_FREE_ATTEMPTS);

    // Later in a long attack the wait is at its longest; a new address waits it out (never 15 minutes) …
    const waitUntil = new Date(Date.now() + BACKOFF_MAX_SECONDS * 1000).toISOString();
    await t.store.db.updateTable('login_backoff').set({ wait_until: waitUntil }).where('username', '=', 'bvsn.coordinator').execute();
    const newPlace = await signIn('bvsn.coordinator', DEMO_PASSWORD, '192.0.2.50');
    expect(newPlace.statusCode).toBe(429);
    expect(newPlace.json().error.code).toBe('LOGIN_SLOWED');
    expect(Number(newPlace.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(newPlace.headers['retry-after'])).toBeLessThanOrEqual(BACKOFF_MAX_SECONDS);
    // … and the waiting attempt was not counted against that address.
    expect((await throttleRow('bvsn.coordinator', '192.0.2.50'))?.failed_count ?? 0).toBe(0);
    // The owner's own address is not slowed.
    expect((await signIn('bvsn.coordinator', DEMO_PASSWORD, '10.0.0.7')).statusCode).toBe(200);
    // Once the wait is over, the owner signs in from anywhere.
    await t.store.db.updateTable('login_backoff').set({ wait_until: new Date(Date.now() - 1000).toISOString() }).where('username', '=', 'bvsn.coordinator').execute();
    expect((await signIn('bvsn.coordinator', DEMO_PASSWORD, '192.0.2.50')).statusCode).toBe(200);
  });

  it('keeps one IPv6 network (/64) as one address, so new addresses there buy no new guesses', async () => {
    for (let i = 0; i < MAX_FAILED_ATTEMPTS; i++) expect((await signIn('bvsn.viewer', `sai-${i}`, `2001:db8:5:6::${i + 1}`)).statusCode).toBe(401);
    const sameNetwork = await signIn('bvsn.viewer', DEMO_PASSWORD, '2001:db8:5:6:ffff::9');
    expect(sameNetwork.json().error?.code).toBe('ACCOUNT_LOCKED');
    expect((await signIn('bvsn.viewer', DEMO_PASSWORD, '2001:db8:5:7::1')).statusCode).toBe(200);
  });

  it(`locks changing the password after ${MAX_FAILED_ATTEMPTS} wrong current passwords, even sent at once`, async () => {
    const cookie = await t.login('bvsn.tchc');
    const hashOf = async () => (await t.store.db.selectFrom('users').select('password_hash').where('username', '=', 'bvsn.tchc').executeTakeFirstOrThrow()).password_hash;
    const hashBefore = await hashOf();
    const attempts = await Promise.all(
      Array.from({ length: 12 }, (_, i) => t.request('POST', '/api/auth/change-password', { cookie, body: { currentPassword: `sai-${i}`, newPassword: 'mat-khau-moi-123' } })),
    );
    const statuses = attempts.map((res) => res.statusCode);
    expect(statuses.filter((s) => s === 400).length).toBe(MAX_FAILED_ATTEMPTS);
    expect(statuses.filter((s) => s === 429).length).toBe(12 - MAX_FAILED_ATTEMPTS);
    const wrongTries = await t.store.db.selectFrom('audit_log').select(['actor_username']).where('action', '=', 'user.change_password_failed').execute();
    expect(wrongTries).toEqual(Array.from({ length: MAX_FAILED_ATTEMPTS }, () => ({ actor_username: 'bvsn.tchc' })));

    const right = await t.request('POST', '/api/auth/change-password', { cookie, body: { currentPassword: DEMO_PASSWORD, newPassword: 'mat-khau-moi-123' } });
    expect(right.statusCode).toBe(429);
    expect(right.json().error.code).toBe('ACCOUNT_LOCKED');
    expect(right.json().error.message).toMatch(/^Nhập sai mật khẩu hiện tại quá nhiều lần\. Vui lòng thử lại sau \d+ phút\.$/);
    // The password did not change.
    expect(await hashOf()).toBe(hashBefore);
    // Guesses through a session lock changing the password, not signing in.
    expect((await t.request('POST', '/api/auth/login', { body: { username: 'bvsn.tchc', password: DEMO_PASSWORD } })).statusCode).toBe(200);
  });

  it('lets the owner change their password while strangers hammer the sign-in of that name', async () => {
    const cookie = await t.login('ttyt-lccd.coordinator');
    await Promise.all(Array.from({ length: 12 }, (_, i) => signIn('ttyt-lccd.coordinator', `doan-${i}`, '203.0.113.99')));
    await Promise.all(Array.from({ length: 12 }, (_, i) => signIn('ttyt-lccd.coordinator', `doan-${i}`, `198.51.100.${100 + i}`)));
    expect((await throttleRow('ttyt-lccd.coordinator', '203.0.113.99'))?.locked_until).not.toBeNull();
    const changed = await t.request('POST', '/api/auth/change-password', { cookie, body: { currentPassword: DEMO_PASSWORD, newPassword: 'hoa-sen-tren-ho-2026' } });
    expect(changed.statusCode).toBe(204);
  });

  it('still changes the password after fewer wrong tries than the lock, and forgets them', async () => {
    const cookie = await t.login('syt-lc.viewer');
    for (let i = 0; i < MAX_FAILED_ATTEMPTS - 1; i++) {
      const wrong = await t.request('POST', '/api/auth/change-password', { cookie, body: { currentPassword: `sai-${i}`, newPassword: 'mat-khau-moi-123' } });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json().error.code).toBe('WRONG_PASSWORD');
    }
    const ok = await t.request('POST', '/api/auth/change-password', { cookie, body: { currentPassword: DEMO_PASSWORD, newPassword: 'mat-khau-moi-123' } });
    expect(ok.statusCode).toBe(204);
    expect(await throttleRow('syt-lc.viewer', 'change-password')).toBeUndefined();
    await t.login('syt-lc.viewer', 'mat-khau-moi-123');
  });

  it('counts per address in SQL exactly as the domain rule says, through windows and locks', async () => {
    const t0 = Date.parse('2026-03-02T08:00:00Z');
    // Minutes at which failures arrive: a restart after the window, a lock, failures during it, after it.
    const minutes = [0, 1, 20, 21, 22, 23, 24, 25, 30, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50];
    let expected: ThrottleState | undefined;
    for (const minute of minutes) {
      const now = new Date(t0 + minute * 60_000);
      const wasLocked = isLocked(expected, now);
      expected = afterFailure(expected, now);
      const counted = await recordFailure(t.store.db, 'rule.check', '192.0.2.1', failureRule(now));
      expect(counted === undefined, `minute ${minute}`).toBe(wasLocked);
      const row = await throttleRow('rule.check', '192.0.2.1');
      expect({ failedCount: row?.failed_count, firstFailedAt: row?.first_failed_at, lockedUntil: row?.locked_until }, `minute ${minute}`).toEqual(expected);
    }
    // Another address of the same name has its own count.
    expect((await recordFailure(t.store.db, 'rule.check', '192.0.2.2', failureRule(new Date(t0 + 50 * 60_000))))?.failed_count).toBe(1);
  });

  it('slows a name in SQL exactly as the domain rule says: one guess a minute at most, never a lock', async () => {
    const t0 = Date.parse('2026-03-02T08:00:00Z');
    // An attacker with endless addresses tries every 10 seconds for two hours, then stops for 20 minutes.
    const seconds = [...Array.from({ length: 720 }, (_, i) => i * 10), 7200 + 20 * 60];
    let expected: BackoffState | undefined;
    let admitted = 0;
    let longestWait = 0;
    for (const second of seconds) {
      const now = new Date(t0 + second * 1000);
      const wasWaiting = isWaiting(expected, now);
      expected = afterBackoffAttempt(expected, now);
      const counted = await recordBackoffAttempt(t.store.db, 'backoff.check', backoffRule(now));
      expect(counted === undefined, `second ${second}`).toBe(wasWaiting);
      const row = await backoffRow('backoff.check');
      expect({ attemptCount: row?.attempt_count, lastAttemptAt: row?.last_attempt_at, waitUntil: row?.wait_until }, `second ${second}`).toEqual(expected);
      if (counted) {
        admitted++;
        if (row?.wait_until) longestWait = Math.max(longestWait, (Date.parse(row.wait_until) - now.getTime()) / 1000);
      }
    }
    expect(longestWait).toBe(BACKOFF_MAX_SECONDS);
    // Two hours: the free attempts, the first growing waits, then about one a minute.
    expect(admitted).toBeGreaterThan(100);
    expect(admitted).toBeLessThan(BACKOFF_FREE_ATTEMPTS + 7 + 125);
    // After a quiet spell the count starts again.
    expect(expected?.attemptCount).toBe(1);
  });
});

describe.each(DIALECTS)('client address behind a proxy on %s', (dialect) => {
  it('takes the address from X-Forwarded-For only when TRUST_PROXY is on', async () => {
    const env = await openTestStore(dialect);
    const login = (app: Awaited<ReturnType<typeof buildApp>>, forwardedFor: string, password: string) =>
      app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor }, payload: JSON.stringify({ username: 'bvsn.admin', password }) });
    const proxied = await buildApp({ store: env.store, config: { ...env.config, trustProxy: true }, logger: false, webRoot: '/nonexistent' });
    const direct = await buildApp({ store: env.store, config: { ...env.config, trustProxy: false }, logger: false, webRoot: '/nonexistent' });
    try {
      for (let i = 0; i < MAX_FAILED_ATTEMPTS; i++) expect((await login(proxied, '203.0.113.5', `sai-${i}`)).statusCode).toBe(401);
      expect((await login(proxied, '203.0.113.5', DEMO_PASSWORD)).statusCode).toBe(429);
      expect((await login(proxied, '203.0.113.6', DEMO_PASSWORD)).statusCode).toBe(200);
      // Without a trusted proxy the header is anybody's to write: the address is the connection's.
      for (let i = 0; i < MAX_FAILED_ATTEMPTS; i++) expect((await login(direct, `203.0.113.${20 + i}`, `sai-${i}`)).statusCode).toBe(401);
      expect((await login(direct, '203.0.113.99', DEMO_PASSWORD)).statusCode).toBe(429);
    } finally {
      await proxied.close();
      await direct.close();
      await env.dispose();
    }
  });
});
