import { LATEST_MIGRATION } from '../../src/db/migrations';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/server/config';
import { startServer } from '../../src/server/start';
import { createTestDatabase } from '../support/postgres-cluster';
import { DIALECTS } from '../support/test-app';

describe.each(DIALECTS)('starting the product on %s', (dialect) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cchc-start-'));
  let drop = async () => {};
  afterAll(async () => {
    await drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function configFor() {
    let databaseUrl: string | undefined;
    if (dialect === 'postgres') {
      const database = await createTestDatabase(inject('postgresUrl'));
      databaseUrl = database.url;
      drop = database.drop;
    }
    return { ...loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', DEMO_PASSWORD: 'khoi-dong-2026', ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) }), port: 0, host: '127.0.0.1' };
  }

  it('migrates an empty database, loads the demo once, and serves it', async () => {
    const config = await configFor();
    const first = await startServer(config, { demo: true, logger: false, webRoot: '/nonexistent' });
    expect(first.store.kind).toBe(dialect);
    expect(first.demo).toMatchObject({ loaded: true, generated: false });
    expect(first.demo!.usernames).toEqual(expect.arrayContaining(['bvsn.admin', 'bvsn.tchc', 'bvsn.khth', 'bvsn.truyenthong', 'ttyt-lccd.tchc-tckt', 'syt-lc.director', 'syt-ht.director', 'ttyt-lccd.admin']));
    const health = await (await fetch(`${first.url}/api/health`)).json();
    expect(health).toMatchObject({ status: 'ok', database: dialect, migration: LATEST_MIGRATION });
    await first.stop();

    const second = await startServer(config, { demo: true, logger: false, webRoot: '/nonexistent' });
    expect(second.demo!.loaded).toBe(false);
    const login = await fetch(`${second.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'bvsn.admin', password: 'khoi-dong-2026' }) });
    expect(login.status).toBe(200);
    await second.stop();
  });
});

describe('starting without demo data', () => {
  it('leaves the database empty', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cchc-nodemo-'));
    const config = { ...loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }), port: 0, host: '127.0.0.1' };
    const running = await startServer(config, { demo: false, logger: false, webRoot: '/nonexistent' });
    const users = await running.store.db.selectFrom('users').select('id').execute();
    expect(users).toEqual([]);
    await running.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });
});
