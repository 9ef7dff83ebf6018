/**
 * Staff API latency on the demo data, and with `--province` on a province-sized tree (60 bodies ×
 * 20 departments × 10 people). Prints figures; asserts nothing. Run: npm run bench [-- --province]
 */
import autocannon from 'autocannon';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrateToLatest, openStore } from '../src/db/database';
import { buildApp } from '../src/server/app';
import { hashPassword } from '../src/server/auth/passwords';
import { createOrganization } from '../src/server/commands/create-organization';
import { createUser } from '../src/server/commands/create-user';
import { loadConfig } from '../src/server/config';
import { loadDemo } from '../src/server/demo/load-demo';
import { unsafeSystemActor } from '../src/server/policies';

const PASSWORD = 'bench-password-2026';
const province = process.argv.includes('--province');
const dataDir = mkdtempSync(join(tmpdir(), 'cchc-bench-'));
const config = { ...loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', DEMO_PASSWORD: PASSWORD, DATABASE_URL: process.env.DATABASE_URL }), port: 0, host: '127.0.0.1' };
const store = openStore(config);
await migrateToLatest(store.db);
// The demo as it has lived its year (plans issued, work done, reports sent), as `npm start` loads it.
await loadDemo(store.db, PASSWORD, { history: true, filesDir: join(dataDir, 'files') });

if (province) {
  const ctx = { db: store.db, actor: unsafeSystemActor, audit: { actor: null, requestId: 'bench', ip: null } };
  const syt = await store.db.selectFrom('organizations').select('id').where('code', '=', 'SYT-LC').executeTakeFirstOrThrow();
  const passwordHash = await hashPassword(PASSWORD);
  for (let b = 0; b < 60; b++) {
    const body = await createOrganization(ctx, { parentId: syt.id, kind: 'hospital', code: `BV${b}`, name: `Bệnh viện số ${b}` }, { unsafeSkipPolicy: true });
    for (let u = 0; u < 20; u++) {
      const unit = await createOrganization(ctx, { parentId: body.id, kind: 'clinical_department', code: `K${u}`, name: `Khoa ${u} của bệnh viện ${b}` }, { unsafeSkipPolicy: true });
      if (u < 10) {
        await createUser(ctx, { username: `bv${b}.k${u}`, fullName: `Người dùng ${b}-${u}`, password: PASSWORD, roles: [{ organizationId: unit.id, role: 'reporter' }] }, { unsafeSkipPolicy: true, passwordHash });
      }
    }
  }
}

const app = await buildApp({ store, config, logger: false, webRoot: '/nonexistent' });
const base = await app.listen({ port: 0, host: '127.0.0.1' });

async function cookieFor(username: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: PASSWORD }) });
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

const directorCookie = await cookieFor('bvsn.director');
const plans = (await (await fetch(`${base}/api/plans?year=2026`, { headers: { cookie: directorCookie } })).json()) as { items: { id: string; taskCount: number }[] };
const biggestPlan = plans.items.sort((a, b) => b.taskCount - a.taskCount)[0]!;

const centreCookie = await cookieFor('ttyt-lccd.coordinator');
const report = (await (await fetch(`${base}/api/reports`, { method: 'POST', headers: { cookie: centreCookie, 'content-type': 'application/json' }, body: JSON.stringify({ period: 'Y', year: 2026 }) })).json()) as { id: string };

const coordinatorCookie = await cookieFor('bvsn.coordinator');
const surveys = (await (await fetch(`${base}/api/surveys`, { headers: { cookie: coordinatorCookie } })).json()) as { items: { id: string; template: string | null }[] };
const sipas = surveys.items.find((s) => s.template === 'sipas')!;

const sytCookie = await cookieFor('syt-lc.coordinator');
const rounds = (await (await fetch(`${base}/api/scoring/rounds`, { headers: { cookie: sytCookie } })).json()) as { items: { id: string; phase: string }[] };
const openRound = rounds.items.find((r) => r.phase !== 'published')!;
const publishedRound = rounds.items.find((r) => r.phase === 'published')!;
const hospitalAssessment = ((await (await fetch(`${base}/api/scoring/rounds/${openRound.id}`, { headers: { cookie: coordinatorCookie } })).json()) as { bodies: { assessmentId: string }[] }).bodies[0]!.assessmentId;

const cases: [string, string, string][] = [
  ['GET /api/health', '/api/health', ''],
  ['GET /api/me (reporter)', '/api/me', 'bvsn.tchc'],
  ['GET /api/organizations (hospital admin)', '/api/organizations?limit=1000', 'bvsn.admin'],
  ['GET /api/organizations (department director)', '/api/organizations?limit=5000', 'syt-lc.director'],
  ['GET /api/users (department director)', '/api/users?limit=50', 'syt-lc.director'],
  ['GET /api/users?q= (hospital admin)', '/api/users?q=nguyen', 'bvsn.admin'],
  ['GET /api/audit-log (department director)', '/api/audit-log?limit=50', 'syt-lc.director'],
  ['GET /api/plans (hospital coordinator)', '/api/plans?year=2026', 'bvsn.coordinator'],
  [`GET /api/plans/:id (${biggestPlan.taskCount} tasks)`, `/api/plans/${biggestPlan.id}`, 'bvsn.coordinator'],
  [`GET /api/plans/:id/progress (${biggestPlan.taskCount} tasks)`, `/api/plans/${biggestPlan.id}/progress`, 'bvsn.director'],
  ['GET /api/occurrences?mine=1 (department)', '/api/occurrences?mine=1&limit=50', 'ttyt-lccd.tchc-tckt'],
  ['GET /api/occurrences?late=1 (hospital director)', '/api/occurrences?late=1&limit=50', 'bvsn.director'],
  ['GET /api/occurrences (calendar quarter, 1000)', '/api/occurrences?mine=1&dueFrom=2026-01-01&dueTo=2026-12-31&limit=1000', 'ttyt-lccd.tchc-tckt'],
  ['GET /api/home (hospital coordinator)', '/api/home', 'bvsn.coordinator'],
  ['GET /api/home (department director)', '/api/home', 'syt-lc.director'],
  ['GET /api/home (department)', '/api/home', 'bvsn.tchc'],
  ['GET /api/progress/matrix (centre units)', '/api/progress/matrix?year=2026', 'ttyt-lccd.coordinator'],
  ['GET /api/progress/matrix (department bodies)', '/api/progress/matrix?year=2026&scope=bodies', 'syt-lc.director'],
  ['GET /api/media-items (hospital editor)', '/api/media-items?limit=20', 'bvsn.editor'],
  ['GET /api/media-stats by channel (department)', '/api/media-stats?from=2026-01-01&to=2026-12-31&groupBy=channel&scope=children', 'syt-lc.director'],
  ['GET /api/indices/kpis (centre coordinator)', '/api/indices/kpis?year=2026', 'ttyt-lccd.coordinator'],
  ['GET /api/notifications?unread=1 (department)', '/api/notifications?unread=1', 'ttyt-lccd.tchc-tckt'],
  ['GET /api/reports/:id (centre, year)', `/api/reports/${report.id}`, 'ttyt-lccd.coordinator'],
  ['GET /api/reports?scope=children (department)', '/api/reports?year=2026&period=H1&scope=children', 'syt-lc.director'],
  ['GET /api/procedures (hospital coordinator)', '/api/procedures?limit=50', 'bvsn.coordinator'],
  ['GET /api/procedures/posting-by-body (department)', '/api/procedures/posting-by-body', 'syt-lc.director'],
  ['GET /api/feedback (hospital coordinator)', '/api/feedback?limit=50', 'bvsn.coordinator'],
  ['GET /api/feedback/by-body (department)', '/api/feedback/by-body?year=2026', 'syt-lc.director'],
  ['GET /api/surveys (hospital coordinator)', '/api/surveys', 'bvsn.coordinator'],
  ['GET /api/surveys/:id/results (340 sheets)', `/api/surveys/${sipas.id}/results`, 'bvsn.coordinator'],
  ['GET /api/surveys/satisfaction-by-body (department)', '/api/surveys/satisfaction-by-body?year=2026', 'syt-lc.director'],
  ['GET /api/scoring/rounds (department)', '/api/scoring/rounds', 'syt-lc.coordinator'],
  ['GET /api/scoring/rounds/:id (department)', `/api/scoring/rounds/${openRound.id}`, 'syt-lc.coordinator'],
  ['GET /api/scoring/assessments/:id (23 criteria)', `/api/scoring/assessments/${hospitalAssessment}`, 'bvsn.coordinator'],
  ['GET /api/scoring/rounds/:id/results (published)', `/api/scoring/rounds/${publishedRound.id}/results`, 'bvsn.coordinator'],
  ['GET /p/bvsn/tin-tuc (public list)', '/p/bvsn/tin-tuc', ''],
  ['GET /p/bvsn/phan-anh (public feedback form)', '/p/bvsn/phan-anh', ''],
  ['GET /p/bvsn/khao-sat/:id (public survey)', `/p/bvsn/khao-sat/${sipas.id}`, ''],
  ['GET /p/bvsn/thu-tuc (public procedures)', '/p/bvsn/thu-tuc', ''],
  ['GET /p/bvsn/thu-tuc/BVSN-TT-01 (public procedure)', '/p/bvsn/thu-tuc/BVSN-TT-01', ''],
  ['GET /p/bvsn/thu-tuc/BVSN-TT-01/niem-yet (posting sheet)', '/p/bvsn/thu-tuc/BVSN-TT-01/niem-yet', ''],
  ['GET /p/syt-lc/ke-hoach/2026 (public progress)', '/p/syt-lc/ke-hoach/2026', ''],
  ['GET /p/bvsn/tin-tuc/feed.atom (public feed)', '/p/bvsn/tin-tuc/feed.atom', ''],
];

console.log(`database: ${store.kind}${province ? ', province-sized tree' : ', demo data'}; 10 connections, 4 s per route\n`);
console.log('route'.padEnd(48), 'req/s'.padStart(8), 'p50 ms'.padStart(8), 'p99 ms'.padStart(8), 'max ms'.padStart(8));
for (const [name, path, user] of cases) {
  const cookie = user ? await cookieFor(user) : '';
  const result = await autocannon({ url: `${base}${path}`, connections: 10, duration: 4, headers: cookie ? { cookie } : {} });
  const errors = result.non2xx + result.errors;
  console.log(
    name.padEnd(48),
    result.requests.average.toFixed(0).padStart(8),
    String(result.latency.p50).padStart(8),
    String(result.latency.p99).padStart(8),
    String(result.latency.max).padStart(8),
    errors ? `  (${errors} errors)` : '',
  );
}

await app.close();
await store.close();
rmSync(dataDir, { recursive: true, force: true });
