/**
 * Vitest global setup: one throwaway PostgreSQL server for the whole run.
 *
 * Tests get its superuser URL with `inject('postgresUrl')` (from 'vitest') and make their own database with
 * `createTestDatabase(url)` from './postgres-cluster.ts'.
 *
 * The returned teardown stops the server. When the run is interrupted, postgres-cluster.ts stops it from its
 * SIGINT/SIGTERM/SIGHUP and `exit` handlers (Vitest exits on SIGINT without awaiting teardowns), and a detached
 * watchdog stops it if this process is killed outright.
 */
import type { TestProject } from 'vitest/node';
import { startPostgresCluster } from './postgres-cluster.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** postgres://postgres@127.0.0.1:PORT/postgres — superuser of the throwaway test server. */
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const cluster = await startPostgresCluster();
  project.provide('postgresUrl', cluster.url);
  return async () => {
    await cluster.stop();
  };
}
