import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { migrateToLatest, openStore, type Store } from '../../src/db/database';
import { buildApp } from '../../src/server/app';
import { loadConfig, type Config } from '../../src/server/config';
import { loadDemo } from '../../src/server/demo/load-demo';
import { createTestDatabase } from './postgres-cluster';

export type Dialect = 'sqlite' | 'postgres';
export const DIALECTS: Dialect[] = ['sqlite', 'postgres'];
export const DEMO_PASSWORD = 'mat-khau-demo-2026';

/** `demoHistory`: the demo lived up to today (plans issued, work done, reports sent), as `npm start` loads it. */
export type TestStoreOptions = { demo?: boolean; demoPlans?: boolean; demoHistory?: boolean };

/** A fresh database of the dialect, migrated, with the demo loaded unless asked not to. */
export async function openTestStore(dialect: Dialect, options: TestStoreOptions = {}): Promise<{ store: Store; config: Config; dispose: () => Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cchc-test-'));
  let dropDatabase = async () => {};
  let databaseUrl: string | undefined;
  if (dialect === 'postgres') {
    const database = await createTestDatabase(inject('postgresUrl'));
    databaseUrl = database.url;
    dropDatabase = database.drop;
  }
  const config = { ...loadConfig({ DATA_DIR: dataDir, DEMO_PASSWORD, LOG_LEVEL: 'silent' }), databaseUrl, port: 0, host: '127.0.0.1' };
  const store = openStore(config);
  await migrateToLatest(store.db);
  if (options.demo !== false) await loadDemo(store.db, DEMO_PASSWORD, { plans: options.demoPlans, history: options.demoHistory, filesDir: join(dataDir, 'files') });
  return {
    store,
    config,
    dispose: async () => {
      await store.close();
      await dropDatabase();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type TestApp = {
  app: FastifyInstance;
  store: Store;
  /** Where the data lies: the SQLite file or the PostgreSQL address, for a second connection in a test. */
  config: Config;
  /** Signs in and answers the session cookie to send with later requests. */
  login: (username: string, password?: string) => Promise<string>;
  request: (method: string, url: string, options?: { cookie?: string; body?: unknown; headers?: Record<string, string> }) => Promise<LightMyRequestResponse>;
  close: () => Promise<void>;
};

/** The whole application in-process, driven through Fastify's injector (real routing, hooks and serialisation). */
export async function createTestApp(dialect: Dialect, options: TestStoreOptions = {}): Promise<TestApp> {
  const { store, config, dispose } = await openTestStore(dialect, options);
  const app = await buildApp({ store, config, logger: false, webRoot: '/nonexistent' });
  await app.ready();
  const request: TestApp['request'] = (method, url, o = {}) =>
    app.inject({
      method: method as 'GET',
      url,
      headers: { ...(o.cookie ? { cookie: o.cookie } : {}), ...(o.body !== undefined ? { 'content-type': 'application/json' } : {}), ...o.headers },
      payload: o.body === undefined ? undefined : typeof o.body === 'string' ? o.body : JSON.stringify(o.body),
    });
  const login = async (username: string, password = DEMO_PASSWORD) => {
    const res = await request('POST', '/api/auth/login', { body: { username, password } });
    if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
    const cookie = res.cookies.find((c) => c.name === 'cchc_session');
    if (!cookie) throw new Error('no session cookie');
    return `cchc_session=${cookie.value}`;
  };
  return {
    app,
    store,
    config,
    login,
    request,
    close: async () => {
      await app.close();
      await dispose();
    },
  };
}

/** Finds a demo organisation's id by its code (unit codes are unique within their body). */
export async function orgId(store: Store, code: string, bodyCode?: string): Promise<string> {
  let query = store.db.selectFrom('organizations as o').innerJoin('organizations as b', 'b.id', 'o.body_id').select('o.id').where('o.code', '=', code);
  if (bodyCode) query = query.where('b.code', '=', bodyCode);
  const row = await query.executeTakeFirstOrThrow();
  return row.id;
}
