import { sql } from 'kysely';
import type { Db } from '../../db/database';
import { dialectOf } from '../../db/dialect';

/**
 * How a bulk load differs from the app's own writes: references are checked once at the end instead of
 * at every row (millions of survey answers), and the versions the app's triggers keep are bumped once.
 */
export type BulkLoad = {
  /** How many bodies may be written at once: more than one only where writers do not wait for each other. */
  parallelWrites: number;
  /** Called first in each transaction that writes generated rows. */
  begin(tx: Db): Promise<void>;
  /** After the last row: the references checked, the versions moved. Throws if a reference is broken. */
  finish(): Promise<void>;
  /** The connection's settings as they were, also after a failure. */
  restore(): Promise<void>;
};

export async function startBulkLoad(db: Db): Promise<BulkLoad> {
  return dialectOf(db) === 'sqlite' ? startSqliteBulkLoad(db) : startPostgresBulkLoad(db);
}

/**
 * On SQLite, for this connection only: a larger page cache, references checked at the end, and commits
 * that do not wait for the disk. The database stays in WAL mode, so a crash mid-way loses at most the
 * bodies not yet written, never the file. Triggers still run (SQLite cannot skip them), at little cost.
 */
async function startSqliteBulkLoad(db: Db): Promise<BulkLoad> {
  await sql`PRAGMA foreign_keys = OFF`.execute(db);
  await sql`PRAGMA synchronous = OFF`.execute(db);
  // The indexes being filled stay in memory instead of being read back from disk page by page.
  await sql`PRAGMA cache_size = -262144`.execute(db);
  return {
    parallelWrites: 1,
    begin: async () => undefined,
    async finish() {
      const broken = await sql<{ table: string }>`PRAGMA foreign_key_check`.execute(db);
      if (broken.rows.length > 0) throw new Error(brokenReferences(broken.rows.length, broken.rows.map((r) => r.table)));
    },
    async restore() {
      await sql`PRAGMA synchronous = FULL`.execute(db);
      await sql`PRAGMA cache_size = -2000`.execute(db);
      await sql`PRAGMA foreign_keys = ON`.execute(db);
    },
  };
}

/**
 * On PostgreSQL, a role that may (a superuser, as on a throw-away bench cluster) writes each body's
 * transaction as a replica does: without the per-row reference checks, which were four fifths of a
 * province's load (three references per survey answer), and without the app's triggers. At the end
 * every reference is checked in one query per foreign key, and the versions those triggers would have
 * moved are moved once. Another role loads row by row with every check, only slower.
 */
async function startPostgresBulkLoad(db: Db): Promise<BulkLoad> {
  const { rows } = await sql<{ on: boolean }>`select current_setting('is_superuser') = 'on' as "on"`.execute(db);
  const replica = rows[0]?.on === true;
  return {
    // Without triggers two writers share nothing; with them, each waits for the data version row.
    parallelWrites: replica ? 2 : 1,
    async begin(tx) {
      if (replica) await sql`set local session_replication_role = replica`.execute(tx);
    },
    async finish() {
      if (!replica) return;
      await checkPostgresReferences(db);
      await db.transaction().execute(async (tx) => {
        // What the row triggers of migration 0020 would have written: every body with work moves.
        await sql`insert into work_versions (body_id, n) select distinct body_id, 1 from organizations where body_id is not null
          on conflict (body_id) do update set n = work_versions.n + 1`.execute(tx);
        await sql`update data_version set n = n + 1 where id = 1`.execute(tx);
      });
    },
    restore: async () => undefined,
  };
}

/** Every foreign key of the schema, as an anti-join: the rows whose reference finds no row. */
export async function checkPostgresReferences(db: Db): Promise<void> {
  const keys = await sql<{ child: string; parent: string; child_columns: string[]; parent_columns: string[] }>`
    select c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent,
      array(select a.attname::text from unnest(c.conkey) with ordinality k(n, i) join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n order by k.i) as child_columns,
      array(select a.attname::text from unnest(c.confkey) with ordinality k(n, i) join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n order by k.i) as parent_columns
    from pg_constraint c join pg_namespace ns on ns.oid = c.connamespace
    where c.contype = 'f' and ns.nspname = current_schema()`.execute(db);
  const broken: string[] = [];
  let count = 0;
  for (const key of keys.rows) {
    const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
    const joined = key.child_columns.map((c, i) => `p.${quote(key.parent_columns[i]!)} = c.${quote(c)}`).join(' and ');
    const present = key.child_columns.map((c) => `c.${quote(c)} is not null`).join(' and ');
    const found = await sql<{ n: string }>`${sql.raw(`select count(*) as n from ${key.child} c where ${present} and not exists (select 1 from ${key.parent} p where ${joined})`)}`.execute(db);
    const n = Number(found.rows[0]?.n ?? 0);
    if (n > 0) {
      count += n;
      broken.push(key.child);
    }
  }
  if (count > 0) throw new Error(brokenReferences(count, broken));
}

const brokenReferences = (count: number, tables: string[]) => `Dữ liệu sinh ra có ${count} tham chiếu hỏng (bảng ${[...new Set(tables)].join(', ')}).`;
