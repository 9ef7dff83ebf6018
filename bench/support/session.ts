import { BENCH_PASSWORD } from './dataset';

/** A signed-in person of the bench, talking to the app like the web app does. */
export type Session = { cookie: string; get<T>(path: string): Promise<T>; post<T>(path: string, body: unknown): Promise<T> };

let signIns = 0;
/**
 * Each person signs in from their own address (the server runs behind a proxy in the bench), as staff
 * of sixty bodies do: from one address the sign-in rate limit would refuse the bench after a few.
 */
export const staffAddress = () => ({ 'x-forwarded-for': `10.200.${(signIns >> 8) & 255}.${signIns++ & 255}` });

export async function signIn(base: string, username: string): Promise<Session> {
  const res = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json', ...staffAddress() }, body: JSON.stringify({ username, password: BENCH_PASSWORD }) });
  if (!res.ok) throw new Error(`sign-in ${username}: ${res.status} ${await res.text()}`);
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const r = await fetch(`${base}${path}`, { method, headers: { cookie, origin: base, ...(body === undefined ? {} : { 'content-type': 'application/json' }) }, body: body === undefined ? undefined : JSON.stringify(body) });
    if (!r.ok) throw new Error(`${method} ${path} as ${username}: ${r.status} ${(await r.text()).slice(0, 300)}`);
    return (await r.json()) as T;
  };
  return { cookie, get: (path) => call('GET', path), post: (path, body) => call('POST', path, body) };
}
