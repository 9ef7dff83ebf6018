import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { migrateToLatest, openStore } from '../../src/db/database';
import { generateDataset, generatedDohCode, type Scale } from '../../src/server/generate/generate-dataset';
import { loadDemo } from '../../src/server/demo/load-demo';
import { startPostgresCluster, createTestDatabase, type PostgresCluster } from '../../tests/support/postgres-cluster';

export const BENCH_PASSWORD = 'bench-password-2026';
export type Dataset = { env: Record<string, string | undefined>; sqliteFile: string; generateSeconds: number | null; close(): Promise<void> };

/**
 * The data the bench runs on: the demo, plus (unless `demoOnly`) a generated province. On SQLite the
 * folder is kept when given (`--data DIR`), so a second run skips the two minutes of generation.
 */
async function fill(store: ReturnType<typeof openStore>, dataDir: string, scale: Scale | null, log: (line: string) => void): Promise<number | null> {
  await migrateToLatest(store.db);
  const present = await store.db.selectFrom('organizations').select('id').where('code', '=', generatedDohCode(1)).executeTakeFirst();
  const demo = await store.db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  if (!demo) await loadDemo(store.db, BENCH_PASSWORD, { history: true, filesDir: join(dataDir, 'files') });
  if (!scale || present) return null;
  const summary = await generateDataset(store.db, { scale, seed: 2026, password: BENCH_PASSWORD, log });
  return summary.seconds;
}

export async function sqliteDataset(dataDir: string, scale: Scale | null, log: (line: string) => void): Promise<Dataset> {
  mkdirSync(dataDir, { recursive: true });
  const store = openStore({ sqliteFile: join(dataDir, 'cchc.db') });
  const generateSeconds = await fill(store, dataDir, scale, log);
  await store.close();
  return { env: { DATA_DIR: dataDir, DEMO_PASSWORD: BENCH_PASSWORD, DATABASE_URL: '' }, sqliteFile: join(dataDir, 'cchc.db'), generateSeconds, close: async () => undefined };
}

/** A throw-away PostgreSQL server (the test suite's), filled the same way. */
export async function postgresDataset(dataDir: string, sqliteFile: string, scale: Scale | null, log: (line: string) => void): Promise<Dataset> {
  let cluster: PostgresCluster | undefined;
  try {
    cluster = await startPostgresCluster();
    const database = await createTestDatabase(cluster.url);
    mkdirSync(dataDir, { recursive: true });
    const store = openStore({ databaseUrl: database.url, sqliteFile: join(dataDir, 'unused.db') });
    const generateSeconds = await fill(store, dataDir, scale, log);
    await store.close();
    return { env: { DATA_DIR: dataDir, DEMO_PASSWORD: BENCH_PASSWORD, DATABASE_URL: database.url }, sqliteFile, generateSeconds, close: () => cluster!.stop() };
  } catch (error) {
    await cluster?.stop();
    throw error;
  }
}

export const hasSqliteData = (dataDir: string) => existsSync(join(dataDir, 'cchc.db'));
