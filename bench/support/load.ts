import autocannon from 'autocannon';

export type Load = { rps: number; p50: number; p99: number; errors: number; statuses: Record<string, number> };
export type Request = { path: string; method?: 'GET' | 'POST'; headers?: Record<string, string>; body?: string; perRequestHeaders?: () => Record<string, string>; perRequestBody?: () => string };

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
  const statuses: Record<string, number> = {};
  for (const [k, v] of Object.entries(result.statusCodeStats ?? {})) statuses[k] = (v as { count: number }).count;
  // A redirect is an answer (the feedback form answers 303 to its tracking page); 4xx and 5xx are not.
  const refused = Object.entries(statuses).filter(([code]) => Number(code) >= 400).reduce((n, [, count]) => n + count, 0);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.timeouts + refused, statuses };
}

/**
 * Waits until the server answers its health check at once again: a route that took seconds a request
 * leaves a queue behind it when the load stops, and the next route would be measured behind that queue.
 */
export async function drain(base: string): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < 120_000) {
    const t0 = performance.now();
    await fetch(`${base}/api/health`).catch(() => undefined);
    if (performance.now() - t0 < 50) break;
  }
  return performance.now() - started;
}

/** A short unrecorded run first, so the figures are of a warm server (JIT compiled, caches filled), as in service. */
export async function warmUp(base: string, request: Request): Promise<void> {
  await load(base, request, 8, 1);
}
