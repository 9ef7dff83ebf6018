// The container's HEALTHCHECK (Dockerfile): exit 0 when /api/health answers "ok" within 5 s, else 1.
// Plain Node, so the image needs no curl.
const port = process.env.PORT || '3000';
const signal = AbortSignal.timeout(5_000);
try {
  const res = await fetch(`http://127.0.0.1:${port}/api/health`, { signal });
  const body = await res.json();
  process.exit(res.ok && body.status === 'ok' ? 0 : 1);
} catch {
  process.exit(1);
}
