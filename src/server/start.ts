import type { FastifyInstance } from 'fastify';
import { join } from 'node:path';
import { migrateToLatest, openStore, type Store } from '../db/database';
import { deleteStaleThrottles } from '../db/repositories/login-throttle';
import { deleteExpiredSessions } from '../db/repositories/sessions';
import { buildApp } from './app';
import type { Config } from './config';
import { loadDemo, type DemoResult } from './demo/load-demo';
import { sweepOrphanFiles, type SweepResult } from './files/sweep-orphans';

export type Running = { app: FastifyInstance; store: Store; demo: DemoResult | null; url: string; swept: SweepResult; stop: () => Promise<void> };

/**
 * Opens the database, applies migrations, makes the files on disk agree with the rows (what a process that
 * died left half done), loads the demo into an empty database, and listens.
 */
export async function startServer(config: Config, options: { demo: boolean; demoHistory?: boolean; logger?: boolean; webRoot?: string }): Promise<Running> {
  const store = openStore({ databaseUrl: config.databaseUrl, sqliteFile: config.sqliteFile });
  await migrateToLatest(store.db);
  const swept = await sweepOrphanFiles(store.db, config);
  const demo = options.demo ? await loadDemo(store.db, config.demoPassword, { history: options.demoHistory ?? true, filesDir: join(config.dataDir, 'files') }) : null;
  const app = await buildApp({ store, config, logger: options.logger, webRoot: options.webRoot });
  app.log.info({ ...swept }, `Dọn tệp khi khởi động: xoá ${swept.removed} tệp không thuộc dữ liệu nào, đưa ${swept.placed} tệp đã ghi xong vào chỗ`);
  if (swept.withheld) app.log.warn({ withheld: swept.withheld }, `Không xoá ${swept.withheld} tệp mà cơ sở dữ liệu không nhắc tới: quá nửa thư mục ${join(config.dataDir, 'files')}. DATA_DIR và DATABASE_URL có đúng là của cùng một hệ thống không?`);
  const url = await app.listen({ port: config.port, host: config.host });
  // Expired sessions are refused when used; this only keeps the table small. The files sweep catches what
  // another process sharing the folder left while this one ran.
  const sweep = setInterval(() => {
    deleteExpiredSessions(store.db, new Date().toISOString()).catch((err: unknown) => app.log.warn({ err }, 'session sweep failed'));
    deleteStaleThrottles(store.db, new Date()).catch((err: unknown) => app.log.warn({ err }, 'sign-in count sweep failed'));
    sweepOrphanFiles(store.db, config).then(
      (r) => (r.removed || r.placed || r.withheld ? app.log.info({ ...r }, 'files sweep') : undefined),
      (err: unknown) => app.log.warn({ err }, 'files sweep failed'),
    );
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
  return { app, store, demo, url, swept, stop };
}
