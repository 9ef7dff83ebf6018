import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

export type Load = { rps: number; p50: number; p99: number; errors: number; statuses: Record<string, number> };
export type Request = { path: string; method?: 'GET' | 'POST'; headers?: Record<string, string>; body?: string; perRequestHeaders?: () => Record<string, string>; perRequestBody?: () => string };

/** What a browser sends with every request that changes what comes back: it always asks for compressed answers. */
export const BROWSER = { 'accept-encoding': 'gzip, deflate, br' };

/** A page as a signed-in person's browser asks for it. */
export const browserGet = (cookie: string, path: string): Request => ({ path, headers: { cookie, ...BROWSER } });

/** One route under `connections` concurrent connections for `seconds` (autocannon on loopback). */
export async function load(base: string, request: Request, connections: number, seconds: number): Promise<Load> {
  const headers = request.headers ?? {};
  const result = await autocannon({
    url: `${base}${request.path}`,
    connections,
    duration: seconds,
    method: request.method ?? 'GET',
    // A request not answered in 20 s counts as failed (autocannon's default is 10 s).
    timeout: 20,
    headers,
    body: request.body,
    // Citizens come from many addresses: a fresh X-Forwarded-For per request, read by a server behind a proxy.
    requests:
      request.perRequestHeaders || request.perRequestBody
        ? [{ setupRequest: (r) => ({ ...r, headers: { ...headers, ...request.perRequestHeaders?.() }, ...(request.perRequestBody ? { body: request.perRequestBody() } : {}) }) }]
        : undefined,
  });
  return loadOf(result);
}

/** An autocannon run's figures. A redirect is an answer (the feedback form answers 303 to its tracking page); 4xx and 5xx are not. */
export function loadOf(result: autocannon.Result): Load {
  const statuses: Record<string, number> = {};
  for (const [k, v] of Object.entries(result.statusCodeStats ?? {})) statuses[k] = (v as { count: number }).count;
  const refused = Object.entries(statuses).filter(([code]) => Number(code) >= 400).reduce((n, [, count]) => n + count, 0);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.timeouts + refused, statuses };
}

/** CPU time a process has used, in clock ticks (/proc, Linux). */
function cpuTicks(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

/**
 * Waits until the server is idle again. When the load stops, the server still works through the
 * requests autocannon gave up on (a handler is not stopped by its client going away), and the next
 * route would be measured behind that queue. A health check answers at once even then, so what is
 * watched is the server's CPU: idle is under a tenth of a core over a quarter of a second.
 */
export async function drain(pid: number): Promise<number> {
  const started = performance.now();
  let before = cpuTicks(pid);
  while (performance.now() - started < 180_000) {
    await new Promise((r) => setTimeout(r, 250));
    const now = cpuTicks(pid);
    if (now - before < 3) break;
    before = now;
  }
  return performance.now() - started;
}

/** A short unrecorded run first, so the figures are of a warm server (JIT compiled, caches filled), as in service. */
export async function warmUp(base: string, request: Request): Promise<void> {
  await load(base, request, 8, 1);
}
