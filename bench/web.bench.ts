/**
 * What a browser downloads and how soon it paints (issue 17), in Debian's Chromium against the real server on
 * the demo data, with compression on as in production. Reads the built SPA in dist/web (run `npx vite build`
 * first); builds nothing, prints one table, asserts nothing.
 *
 *   npx tsx bench/web.bench.ts                   dist/web
 *   npx tsx bench/web.bench.ts --web OTHER/dir   another build of the SPA, to compare (the same server serves it)
 *   npx tsx bench/web.bench.ts --scripts         also list the scripts each staff row fetched
 *
 * - Staff app, on a desk-sized screen: the sign-in page's first load (empty cache); the home page after signing in there (what the
 *   browser fetches on top); the home page opened afresh by someone already signed in (empty cache).
 * - Citizen pages, on a phone-sized screen: everything transferred, the JavaScript among it, and whether the page's content is there
 *   with JavaScript turned off.
 * - LCP, read with a PerformanceObserver, with Chromium slowed as Lighthouse's "slow 4G" mobile profile
 *   (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, CPU 4× slower) applied as DevTools throttling per
 *   request; and, for comparison, with the adjustment Lighthouse itself makes when it throttles that way
 *   (round trip × 3.75 = 562.5 ms, throughput × 0.9).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { migrateToLatest, openStore } from '../src/db/database';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import { loadDemo } from '../src/server/demo/load-demo';

const { values: options } = parseArgs({ options: { web: { type: 'string', default: 'dist/web' }, scripts: { type: 'boolean', default: false } } });
const WEB_ROOT = resolve(options.web!);
if (!existsSync(join(WEB_ROOT, 'index.html'))) {
  console.error(`${WEB_ROOT} has no index.html: run \`npx vite build\` first.`);
  process.exit(1);
}

const PASSWORD = process.env.DEMO_PASSWORD ?? 'bench-password-2026';
const USERNAME = 'bvsn.coordinator';
const PUBLIC_PAGES = ['/p/bvsn/tin-tuc', '/p/bvsn/thu-tuc', '/p/bvsn/phan-anh', '/p/syt-lc/ke-hoach/2026'];
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Lighthouse's mobile "slow 4G" (constants.throttling.mobileSlow4G), in the units CDP takes (bytes/s). */
const SLOW_4G = { latency: 150, downloadThroughput: (1.6 * 1000 * 1000) / 8, uploadThroughput: (750 * 1000) / 8 };
/** The same as Lighthouse applies it with DevTools throttling: latency × 3.75, throughput × 0.9. */
const SLOW_4G_LIGHTHOUSE = { latency: 150 * 3.75, downloadThroughput: SLOW_4G.downloadThroughput * 0.9, uploadThroughput: SLOW_4G.uploadThroughput * 0.9 };
type Network = typeof SLOW_4G;

const dataDir = mkdtempSync(join(tmpdir(), 'cchc-web-bench-'));
const config = { ...loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', DEMO_PASSWORD: PASSWORD, DATABASE_URL: process.env.DATABASE_URL }), port: 0, host: '127.0.0.1' };
const store = openStore(config);
await migrateToLatest(store.db);
// The demo as it has lived its year, as `npm start` loads it: the home page has its figures.
await loadDemo(store.db, config.demoPassword, { history: true, filesDir: join(dataDir, 'files') });
const app = await buildApp({ store, config, logger: false, webRoot: WEB_ROOT });
const base = await app.listen({ port: 0, host: '127.0.0.1' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const chromiumVersion = browser.version();

type Transfer = { url: string; type: string; encoding: string; wireBytes: number };

/** Every response the page receives, with the bytes it took on the wire (headers and compressed body). */
async function recordTransfers(cdp: CDPSession): Promise<Transfer[]> {
  const transfers: Transfer[] = [];
  const pending = new Map<string, Omit<Transfer, 'wireBytes'>>();
  await cdp.send('Network.enable');
  cdp.on('Network.responseReceived', (e) => {
    const headers = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
    pending.set(e.requestId, { url: e.response.url, type: e.type, encoding: headers['content-encoding'] ?? 'none' });
  });
  cdp.on('Network.loadingFinished', (e) => {
    const response = pending.get(e.requestId);
    if (response) transfers.push({ ...response, wireBytes: e.encodedDataLength });
  });
  return transfers;
}

/** The gzip size of the scripts the browser loaded, from the files Vite wrote: the figure of the budget test. */
function gzipOfScripts(transfers: Transfer[]): number {
  return scripts(transfers).reduce((sum, t) => {
    const file = join(WEB_ROOT, new URL(t.url).pathname);
    return sum + (existsSync(file) ? gzipSync(readFileSync(file)).length : 0);
  }, 0);
}

const scripts = (transfers: Transfer[]) => transfers.filter((t) => t.type === 'Script');
const sum = (transfers: Transfer[]) => transfers.reduce((n, t) => n + t.wireBytes, 0);

async function throttle(cdp: CDPSession, network: Network): Promise<void> {
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}

/** The latest largest-contentful-paint entry, kept by an observer installed before the page's own code runs. */
async function watchLcp(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __lcp: number | null };
    w.__lcp = null;
    new PerformanceObserver((list) => {
      const entries = list.getEntries();
      w.__lcp = entries[entries.length - 1]!.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
}

async function readLcp(page: Page): Promise<number | null> {
  // LCP settles once the page stops painting larger things; give the slowed page a moment after its network is quiet.
  await page.waitForTimeout(1000);
  return page.evaluate(() => (window as unknown as { __lcp: number | null }).__lcp);
}

/** Staff work at a desk; citizens mostly on a phone (Lighthouse's mobile screen, 412 × 823). */
const DESK = { width: 1440, height: 900 };
const PHONE = { width: 412, height: 823 };

async function freshPage(options: { viewport: typeof DESK; javaScriptEnabled?: boolean; storageState?: Awaited<ReturnType<BrowserContext['storageState']>> }): Promise<{ context: BrowserContext; page: Page; cdp: CDPSession }> {
  const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', ...options });
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  const cdp = await context.newCDPSession(page);
  return { context, page, cdp };
}

async function signInPageReady(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Đăng nhập' }).waitFor();
  await page.waitForLoadState('networkidle');
}

async function homeReady(page: Page): Promise<void> {
  await page.getByText('Xin chào').waitFor();
  await page.waitForLoadState('networkidle');
}

type Row = { page: string; jsFiles: number; jsWire: number; jsGzip: number | null; totalWire: number; withoutJs: string; lcp: number | null; lcpLighthouse: number | null; scripts?: Transfer[] };
const rows: Row[] = [];

/** A page opened in a fresh, empty-cached browser, slowed by `network`; its transfers and its LCP. */
async function openSlowed(path: string, network: Network, ready: (page: Page) => Promise<void>, storageState?: Awaited<ReturnType<BrowserContext['storageState']>>) {
  const { context, page, cdp } = await freshPage({ viewport: path.startsWith('/p/') ? PHONE : DESK, storageState });
  const transfers = await recordTransfers(cdp);
  await throttle(cdp, network);
  await watchLcp(page);
  await page.goto(`${base}${path}`);
  await ready(page);
  const lcp = await readLcp(page);
  return { context, page, cdp, transfers, lcp };
}

// Staff app: the sign-in page, then signing in there, then the home page opened afresh while signed in.
{
  const lighthouse = await openSlowed('/dang-nhap', SLOW_4G_LIGHTHOUSE, signInPageReady);
  await lighthouse.context.close();
  const { context, page, cdp, transfers, lcp } = await openSlowed('/dang-nhap', SLOW_4G, signInPageReady);
  rows.push({ page: 'staff: /dang-nhap, empty cache', jsFiles: scripts(transfers).length, jsWire: sum(scripts(transfers)), jsGzip: gzipOfScripts(transfers), totalWire: sum(transfers), withoutJs: 'no (SPA)', lcp, lcpLighthouse: lighthouse.lcp, scripts: scripts(transfers) });

  const before = transfers.length;
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await page.getByLabel('Tên đăng nhập').fill(USERNAME);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await homeReady(page);
  const after = transfers.slice(before);
  rows.push({ page: 'staff: home after signing in there', jsFiles: scripts(after).length, jsWire: sum(scripts(after)), jsGzip: gzipOfScripts(after), totalWire: sum(after), withoutJs: '', lcp: null, lcpLighthouse: null, scripts: scripts(after) });

  const signedIn = await context.storageState();
  await context.close();
  const homeLighthouse = await openSlowed('/', SLOW_4G_LIGHTHOUSE, homeReady, signedIn);
  await homeLighthouse.context.close();
  const home = await openSlowed('/', SLOW_4G, homeReady, signedIn);
  rows.push({ page: 'staff: home, signed in, empty cache', jsFiles: scripts(home.transfers).length, jsWire: sum(scripts(home.transfers)), jsGzip: gzipOfScripts(home.transfers), totalWire: sum(home.transfers), withoutJs: 'no (SPA)', lcp: home.lcp, lcpLighthouse: homeLighthouse.lcp, scripts: scripts(home.transfers) });
  await home.context.close();
}

// Citizen pages: bytes and LCP slowed, then the same page with JavaScript off.
for (const path of PUBLIC_PAGES) {
  const ready = (page: Page) => page.waitForLoadState('networkidle');
  const lighthouse = await openSlowed(path, SLOW_4G_LIGHTHOUSE, ready);
  await lighthouse.context.close();
  const { context, transfers, lcp } = await openSlowed(path, SLOW_4G, ready);
  await context.close();

  const noJs = await freshPage({ viewport: PHONE, javaScriptEnabled: false });
  const response = await noJs.page.goto(`${base}${path}`);
  const content = await noJs.page.evaluate(() => ({
    text: document.querySelector('main')?.textContent?.trim().length ?? 0,
    links: document.querySelectorAll('main a').length,
    forms: document.querySelectorAll('main form').length,
  }));
  await noJs.context.close();
  const works = response?.ok() && content.text > 200;
  rows.push({
    page: `public: ${path}`,
    jsFiles: scripts(transfers).length,
    jsWire: sum(scripts(transfers)),
    jsGzip: null,
    totalWire: sum(transfers),
    withoutJs: `${works ? 'yes' : 'NO'} (${content.text} chars, ${content.links} links${content.forms ? `, ${content.forms} form` : ''})`,
    lcp,
    lcpLighthouse: lighthouse.lcp,
  });
}

await browser.close();
await app.close();
await store.close();
rmSync(dataDir, { recursive: true, force: true });

const kb = (bytes: number | null) => (bytes === null ? '' : (bytes / 1000).toFixed(1));
const ms = (time: number | null) => (time === null ? '' : String(Math.round(time)));
console.log(`${WEB_ROOT}; Chromium ${chromiumVersion}, ${config.databaseUrl ? 'PostgreSQL' : 'SQLite'}, demo data; compression as in production (Chromium is sent brotli).`);
console.log('kB = 1000 bytes. "on the wire" = bytes transferred with headers; "gzip" = the same scripts gzipped from dist/web (the budget of tests/web/bundle-budget.test.ts).');
console.log('LCP slow 4G: 150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up, CPU ×4 (CDP). LCP Lighthouse: the same with Lighthouse\'s DevTools adjustment (562.5 ms RTT, 1.44 Mbit/s down).\n');
const header = ['page', 'JS files', 'JS kB on the wire', 'JS kB gzip', 'all kB on the wire', 'works without JS', 'LCP ms slow 4G', 'LCP ms Lighthouse'];
const table = rows.map((r) => [r.page, String(r.jsFiles), kb(r.jsWire), kb(r.jsGzip), kb(r.totalWire), r.withoutJs, ms(r.lcp), ms(r.lcpLighthouse)]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((cells) => cells[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => (i === 0 || i === 5 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
console.log(line(header));
for (const cells of table) console.log(line(cells));

// `--scripts`: which scripts each staff row fetched, for finding what a change brought into a first load.
if (options.scripts) {
  for (const row of rows.filter((r) => r.scripts)) {
    console.log(`\n${row.page}:`);
    for (const t of [...row.scripts!].sort((a, b) => b.wireBytes - a.wireBytes)) console.log(`  ${kb(t.wireBytes).padStart(6)}  ${t.encoding.padEnd(4)}  ${new URL(t.url).pathname}`);
  }
}
