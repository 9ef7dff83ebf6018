import { expect } from 'vitest';
import type { TestApp } from './test-app';

/**
 * Demo accounts taking workflow steps through the API: `as` signs a person in once and keeps the cookie,
 * `send` makes a request as them and fails the test, with the answer, unless it succeeded.
 */
export function actingUsers(app: () => TestApp) {
  const cookies = new Map<string, string>();
  const as = async (username: string) => {
    if (!cookies.has(username)) cookies.set(username, await app().login(username));
    return cookies.get(username)!;
  };
  const send = async (username: string, method: string, url: string, body?: unknown) => {
    const res = await app().request(method, url, { cookie: await as(username), body });
    expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeLessThan(300);
    return res.json();
  };
  return { as, send };
}
