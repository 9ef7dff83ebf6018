import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { afterFailure, failureRule, isLocked, MAX_FAILED_ATTEMPTS, type ThrottleState } from '../../src/domain/auth/login-throttle';
import { recordFailure } from '../../src/db/repositories/sessions';
import { createTestApp, DEMO_PASSWORD, DIALECTS, type TestApp } from '../support/test-app';

/**
 * The failure lock must hold when the wrong guesses arrive all at once: each failure is counted by one
 * atomic statement, so parallel requests cannot all read the same old count (issue 12, defects 2 and 6).
 */
describe.each(DIALECTS)('failure lock under parallel attempts on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  const throttleRow = (username: string) => t.store.db.selectFrom('login_throttle').selectAll().where('username', '=', username).executeTakeFirst();

  it('counts 20 parallel wrong passwords and locks the name', async () => {
    const attempts = await Promise.all(
      Array.from({ length: 20 }, (_, i) => t.request('POST', '/api/auth/login', { body: { username: 'bvsn.editor', password: `sai-song-song-${i}` } })),
    );
    const statuses = attempts.map((res) => res.statusCode);
    expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
    const row = await throttleRow('bvsn.editor');
    expect(row?.failed_count).toBe(MAX_FAILED_ATTEMPTS);
    expect(row?.locked_until).not.toBeNull();
    // Every 401 is one counted failure; once the fifth is counted, the others meet the lock.
    const refused = statuses.filter((s) => s === 401).length;
    expect(refused).toBe(row?.failed_count);
    expect(statuses.filter((s) => s === 429).length).toBe(20 - MAX_FAILED_ATTEMPTS);
    for (const res of attempts.filter((r) => r.statusCode === 429)) expect(res.json().error.code).toBe('ACCOUNT_LOCKED');

    const right = await t.request('POST', '/api/auth/login', { body: { username: 'bvsn.editor', password: DEMO_PASSWORD } });
    expect(right.statusCode).toBe(429);
    expect(right.json().error.code).toBe('ACCOUNT_LOCKED');
    expect(right.json().error.message).toMatch(/^Đăng nhập sai quá nhiều lần\. Vui lòng thử lại sau \d+ phút\.$/);
  });

  it(`locks changing the password after ${MAX_FAILED_ATTEMPTS} wrong current passwords, even sent at once`, async () => {
    const cookie = await t.login('bvsn.coordinator');
    const hashOf = async () => (await t.store.db.selectFrom('users').select('password_hash').where('username', '=', 'bvsn.coordinator').executeTakeFirstOrThrow()).password_hash;
    const hashBefore = await hashOf();
    const attempts = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        t.request('POST', '/api/auth/change-password', { cookie, body: { currentPassword: `sai-${i}`, newPassword: 'mat-khau-moi-123' } }),
      ),
    );
    const statuses = attempts.map((res) => res.statusCode);
    expect(statuses.filter((s) => s === 400).length).toBe(MAX_FAILED_ATTEMPTS);
    expect(statuses.filter((s) => s === 429).length).toBe(12 - MAX_FAILED_ATTEMPTS);

    const right = await t.request('POST', '/api/auth/change-password', { cookie, body: { currentPassword: DEMO_PASSWORD, newPassword: 'mat-khau-moi-123' } });
    expect(right.statusCode).toBe(429);
    expect(right.json().error.code).toBe('ACCOUNT_LOCKED');
    expect(right.json().error.message).toMatch(/^Nhập sai mật khẩu hiện tại quá nhiều lần\. Vui lòng thử lại sau \d+ phút\.$/);
    // The password did not change.
    expect(await hashOf()).toBe(hashBefore);
  });

  it('still changes the password after fewer wrong tries than the lock, and forgets them', async () => {
    const cookie = await t.login('bvsn.viewer');
    for (let i = 0; i < MAX_FAILED_ATTEMPTS - 1; i++) {
      const wrong = await t.request('POST', '/api/auth/change-password', { cookie, body: { currentPassword: `sai-${i}`, newPassword: 'mat-khau-moi-123' } });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json().error.code).toBe('WRONG_PASSWORD');
    }
    const ok = await t.request('POST', '/api/auth/change-password', { cookie, body: { currentPassword: DEMO_PASSWORD, newPassword: 'mat-khau-moi-123' } });
    expect(ok.statusCode).toBe(204);
    expect(await throttleRow('bvsn.viewer')).toBeUndefined();
    await t.login('bvsn.viewer', 'mat-khau-moi-123');
  });

  it('counts in SQL exactly as the domain rule says, through windows and locks', async () => {
    const t0 = Date.parse('2026-03-02T08:00:00Z');
    // Minutes at which failures arrive: a restart after the window, a lock, failures during it, after it.
    const minutes = [0, 1, 20, 21, 22, 23, 24, 25, 30, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50];
    let expected: ThrottleState | undefined;
    for (const minute of minutes) {
      const now = new Date(t0 + minute * 60_000);
      const wasLocked = isLocked(expected, now);
      expected = afterFailure(expected, now);
      const counted = await recordFailure(t.store.db, 'rule.check', failureRule(now));
      expect(counted === undefined, `minute ${minute}`).toBe(wasLocked);
      const row = await throttleRow('rule.check');
      expect({ failedCount: row?.failed_count, firstFailedAt: row?.first_failed_at, lockedUntil: row?.locked_until }, `minute ${minute}`).toEqual(expected);
    }
  });
});
