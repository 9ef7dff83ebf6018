import { CompiledQuery, type Insertable } from 'kysely';
import type { Database } from '../../db/schema';
import type { Db } from '../../db/database';
import { dialectOf } from '../../db/dialect';

/**
 * Bound values per statement: SQLite allows 32 766, PostgreSQL 65 535. A slice stays under both, so
 * one multi-row INSERT carries hundreds of rows instead of one round trip each.
 */
const MAX_VALUES_PER_STATEMENT = 30_000;

/**
 * Inserts many rows of one table in as few statements as both databases accept. The statement's text is
 * written here rather than built by the query builder: for millions of rows, building and compiling a
 * tree of every value took longer than the database took to store them. Every row has the first row's
 * columns (the generator writes whole rows).
 */
export async function insertMany<T extends keyof Database & string>(db: Db, table: T, rows: readonly Insertable<Database[T]>[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  const slice = Math.max(1, Math.floor(MAX_VALUES_PER_STATEMENT / columns.length));
  const postgres = dialectOf(db) === 'postgres';
  const head = `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values `;
  for (let i = 0; i < rows.length; i += slice) {
    const part = rows.slice(i, i + slice) as Record<string, unknown>[];
    const params: unknown[] = [];
    const tuples: string[] = [];
    for (const row of part) {
      const marks: string[] = [];
      for (const c of columns) {
        params.push(row[c] ?? null);
        marks.push(postgres ? `$${params.length}` : '?');
      }
      tuples.push(`(${marks.join(', ')})`);
    }
    await db.executeQuery(CompiledQuery.raw(head + tuples.join(', '), params));
  }
}

/** Rows gathered per table, written together: a body's whole year is one short burst of statements. */
export class RowBuffer {
  private readonly tables = new Map<keyof Database & string, unknown[]>();

  add<T extends keyof Database & string>(table: T, ...rows: Insertable<Database[T]>[]): void {
    const list = this.tables.get(table) ?? [];
    for (const row of rows) list.push(row);
    this.tables.set(table, list);
  }

  /** The rows of a table gathered so far, e.g. the tasks a news item of the same body can be linked to. */
  rowsOf<T extends keyof Database & string>(table: T): Insertable<Database[T]>[] {
    return (this.tables.get(table) ?? []) as Insertable<Database[T]>[];
  }

  /** Writes every table in the order the rows were first added (parents before children), then empties. */
  async flush(db: Db): Promise<Record<string, number>> {
    const written: Record<string, number> = {};
    for (const [table, rows] of this.tables) {
      await insertMany(db, table, rows as never[]);
      written[table] = rows.length;
    }
    this.tables.clear();
    return written;
  }
}
