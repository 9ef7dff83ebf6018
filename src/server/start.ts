import type { FastifyInstance } from 'fastify';
import { join } from 'node:path';
import { migrateToLatest, openStore, type Store } from '../db/database';
import { deleteExpiredSessions } from '../db/repositories/sessions';
import { buildApp } from './app';
import type { Config } from './config';
import { loadDemo, type DemoResult } from './demo/load-demo';

export type Running = { app: FastifyInstance; store: Store; demo: DemoResult | null; url: string; stop: () => Promise<void> };

/** Opens the database, applies migrations, loads the demo into an empty database, and listens. */
export async function startServer(config: Config, options: { demo: boolean; demoHistory?: boolean; logger?: boolean; webRoot?: string }): Promise<Running> {
  const store = openStore({ databaseUrl: config.databaseUrl, sqliteFile: config.sqliteFile });
  await migrateToLatest(store.db);
  const demo = options.demo ? await loadDemo(store.db, config.demoPassword, { history: options.demoHistory ?? true, filesDir: join(config.dataDir, 'files') }) : null;
  const app = await buildApp({ store, config, logger: options.logger, webRoot: options.webRoot });
  const url = await app.listen({ port: config.port, host: config.host });
  // Expired sessions are refused when used; this only keeps the table small.
  const sweep = setInterval(() => {
    deleteExpiredSessions(store.db, new Date().toISOString()).catch((err: unknown) => app.log.warn({ err }, 'session sweep failed'));
  }, 3_600_000);
  sweep.unref();
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    clearInterval(sweep);
    await app.close();
    await store.close();
  };
  return { app, store, demo, url, stop };
}
