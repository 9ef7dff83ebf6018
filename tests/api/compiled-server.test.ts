import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../support/cli-process';
import { multipartBody } from '../support/multipart';

/** On the bundled list of common passwords (src/domain/auth/common-passwords.txt): refused, which proves the list is in the build. */
const LISTED_AS_COMMON = 'matkhau123456';

/**
 * `npm start` runs the server bundled by esbuild (scripts/build-server.mjs), not the TypeScript sources: the
 * bundle must find every file the code reads at run time (the public stylesheet, the list of common
 * passwords, the worker scripts that parse uploads), which the sources find beside themselves.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SRC = join(ROOT, 'src');
const PASSWORD = 'ban-dung-thu-2026';

/** Every `new URL('./file', import.meta.url)` of the server's sources, as a path under src/. */
function runtimeFiles(dir = SRC): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (path !== join(SRC, 'web')) found.push(...runtimeFiles(path));
    } else if (/\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith('.test.ts')) {
      for (const [, spec] of readFileSync(path, 'utf8').matchAll(/new URL\(\s*['"](\.\.?\/[^'"]+)['"]\s*,\s*import\.meta\.url\s*\)/g)) {
        found.push(relative(SRC, join(dir, spec!)));
      }
    }
  }
  return found;
}

const line = (text: string) => new Paragraph({ children: [new TextRun(text)] });
const row = (cells: string[]) => new TableRow({ children: cells.map((c) => new TableCell({ children: [line(c)] })) });

async function smallPlanDocx(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          line('BỆNH VIỆN SẢN - NHI'),
          line('Số: 21/KH-BVSN'),
          line('KẾ HOẠCH'),
          line('Cải cách hành chính năm 2026'),
          line('I. MỤC ĐÍCH, YÊU CẦU'),
          line('- Nâng cao chất lượng phục vụ người bệnh.'),
          line('PHỤ LỤC'),
          new Table({ rows: [row(['STT', 'Nhiệm vụ', 'Chủ trì', 'Thời hạn hoàn thành']), row(['1', 'Rà soát thủ tục hành chính', 'Phòng KHTH', 'Quý I năm 2026'])] }),
        ],
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}

describe('the compiled server', () => {
  // Inside the repository, so the bundle finds node_modules as dist/server/cli.js does.
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  const outdir = mkdtempSync(join(ROOT, 'dist', '.test-server-'));
  const dataDir = mkdtempSync(join(tmpdir(), 'cchc-compiled-'));

  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/build-server.mjs', '--outdir', outdir], { cwd: ROOT, stdio: 'pipe' });
  });
  afterAll(() => {
    rmSync(outdir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('has beside it every file the sources read at run time, in the same places under src/', () => {
    const files = runtimeFiles();
    expect(files).toEqual(expect.arrayContaining(['public/public.css', 'domain/auth/common-passwords.txt', 'documents/import/docx-text-worker.mjs']));
    for (const file of files) expect(existsSync(join(outdir, file)), file).toBe(true);
    // The workers' own import.
    expect(existsSync(join(outdir, 'documents/worker/serve.mjs'))).toBe(true);
  });

  it('renders the citizen pages with the production build of React, whatever NODE_ENV says', () => {
    const bundle = readFileSync(join(outdir, 'cli.js'), 'utf8');
    expect(bundle).toContain('node_modules/react-dom/cjs/react-dom-server-legacy.node.production.js');
    expect(bundle).not.toMatch(/node_modules\/react(-dom)?\/cjs\/[\w.-]+\.development\.js/);
    expect(bundle).not.toMatch(/from "react(-dom)?(\/[\w/-]+)?"/);
  });

  describe('run as `node cli.js serve`', () => {
    let server: ServerProcess;
    let cookie: string;

    beforeAll(async () => {
      server = await startServerProcess({ DATA_DIR: dataDir, DEMO_PASSWORD: PASSWORD, DATABASE_URL: '', LOG_LEVEL: 'warn' }, [], 60_000, [join(outdir, 'cli.js')]);
      const login = await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'bvsn.coordinator', password: PASSWORD }) });
      expect(login.status, await login.clone().text()).toBe(200);
      cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    });
    afterAll(() => {
      if (server?.child.exitCode === null) server.child.kill('SIGKILL');
    });

    const get = (path: string) => fetch(`${server.url}${path}`, { headers: { cookie } });

    it('serves the health check, the staff API and a citizen page with its stylesheet', async () => {
      expect(await (await fetch(`${server.url}/api/health`)).json()).toMatchObject({ status: 'ok', database: 'sqlite' });
      expect(await (await get('/api/me')).json()).toMatchObject({ user: { username: 'bvsn.coordinator' } });
      const news = await fetch(`${server.url}/p/bvsn/tin-tuc`);
      expect(news.status).toBe(200);
      const stylesheet = /href="(\/p\/_assets\/[^"]+\.css)"/.exec(await news.text())?.[1];
      expect(stylesheet).toBeDefined();
      const css = await fetch(`${server.url}${stylesheet}`);
      expect(css.status).toBe(200);
      expect(await css.text()).toBe(readFileSync(join(SRC, 'public/public.css'), 'utf8'));
    });

    it('writes a plan as DOCX', async () => {
      const { items } = (await (await get('/api/plans?limit=50')).json()) as { items: { id: string }[] };
      const docx = await get(`/api/plans/${items[0]!.id}/document.docx`);
      expect(docx.status).toBe(200);
      expect(Buffer.from(await docx.arrayBuffer()).subarray(0, 2).toString()).toBe('PK');
    });

    it('reads an uploaded Word plan in its parsing thread', async () => {
      const { payload, headers } = multipartBody({}, { name: 'ke-hoach.docx', content: await smallPlanDocx() });
      const res = await fetch(`${server.url}/api/plan-imports`, { method: 'POST', headers: { ...headers, cookie }, body: payload });
      const result = await res.json();
      expect(res.status, JSON.stringify(result)).toBe(200);
      expect(result).toMatchObject({ format: 'docx', draft: { symbol: 'KH-BVSN', number: '21' } });
      expect(result.draft.tasks[0]).toMatchObject({ lead: 'Phòng KHTH' });
    });

    it('refuses a common password from its list', async () => {
      const res = await fetch(`${server.url}/api/auth/change-password`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify({ currentPassword: PASSWORD, newPassword: LISTED_AS_COMMON }) });
      expect(res.status).toBe(400);
      expect((await res.json()).error.code).toBe('WEAK_PASSWORD');
    });

    it('stops on SIGTERM with exit code 0', async () => {
      server.child.kill('SIGTERM');
      expect(await server.exited, server.child.output()).toBe(0);
    });
  });
});
