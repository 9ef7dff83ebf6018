import Database from 'better-sqlite3';
import { sql } from 'kysely';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dataVersion } from '../../src/db/data-version';
import { UNWATCHED_TABLES } from '../../src/db/migrations/data-version-triggers';
import { tableNames } from '../../src/db/snapshot';
import { createTestDatabase } from '../support/postgres-cluster';
import { DIALECTS, openTestStore } from '../support/test-app';

/**
 * The data version (src/db/data-version.ts) moves with every committed write to this database, by this
 * process or another, and with nothing else: not a read, not a rolled-back write, not the job queue, not
 * another database on the same PostgreSQL server. Kept views and session checks are only as right as it.
 */
describe.each(DIALECTS)('data version on %s', (dialect) => {
  let opened: Awaited<ReturnType<typeof openTestStore>>;
  const version = () => dataVersion(opened.store.db);
  beforeAll(async () => {
    opened = await openTestStore(dialect, { demoPlans: false });
  }, 60_000);
  afterAll(() => opened.dispose());

  it('stays for reads and moves for a write through the app’s connection', async () => {
    const before = await version();
    await opened.store.db.selectFrom('organizations').selectAll().execute();
    expect(await version()).toBe(before);
    await opened.store.db.updateTable('organizations').set({ place_name: 'Lào Cai' }).where('code', '=', 'BVSN').execute();
    expect(await version()).not.toBe(before);
  });

  it('moves for a write by another connection, and not for one rolled back', async () => {
    const before = await version();
    if (dialect === 'sqlite') {
      const other = new Database(opened.config.sqliteFile);
      other.prepare("update organizations set place_name = 'Sa Pa' where code = 'BVSN'").run();
      other.close();
      expect(await version()).not.toBe(before);
      return;
    }
    const other = new Client({ connectionString: opened.config.databaseUrl });
    await other.connect();
    try {
      await other.query("update organizations set place_name = 'Sa Pa' where code = 'BVSN'");
      const moved = await version();
      expect(moved).not.toBe(before);
      await other.query('begin');
      await other.query("update organizations set place_name = 'Bắc Hà' where code = 'BVSN'");
      // Not committed yet: readers still see the version of what is committed.
      expect(await version()).toBe(moved);
      await other.query('rollback');
      expect(await version()).toBe(moved);
    } finally {
      await other.end();
    }
  });

  it.runIf(dialect === 'postgres')('ignores the job queue and other databases on the same server', async () => {
    const before = await version();
    await opened.store.db.updateTable('jobs').set({ attempts: 0 }).where('id', '=', 'none').execute();
    expect(await version()).toBe(before);
    const elsewhere = await createTestDatabase(inject('postgresUrl'));
    try {
      const client = new Client({ connectionString: elsewhere.url });
      await client.connect();
      await client.query('create table t (n int)');
      await client.query('insert into t values (1)');
      await client.end();
      expect(await version()).toBe(before);
    } finally {
      await elsewhere.drop();
    }
  });

  it.runIf(dialect === 'postgres')('is moved by every table but those named as not shown in any view', async () => {
    const watched = await sql<{ table: string }>`select event_object_table as table from information_schema.triggers where trigger_name like '%_data_version' group by event_object_table`.execute(opened.store.db);
    const expected = (await tableNames(opened.store.db)).filter((t) => !UNWATCHED_TABLES.includes(t));
    expect(watched.rows.map((r) => r.table).sort()).toEqual(expected.sort());
  });
});
