import { CompiledQuery, type Insertable } from 'kysely';
import type { Database } from '../../db/schema';
import type { Db } from '../../db/database';
import { dialectOf } from '../../db/dialect';

/**
 * Bound values per statement on SQLite (which allows 32 766): one multi-row INSERT carries hundreds of
 * rows instead of one round trip each.
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
  const head = `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) `;
  if (dialectOf(db) === 'postgres') return insertManyAsArrays(db, table, head, columns, rows as readonly Record<string, unknown>[]);
  const slice = Math.max(1, Math.floor(MAX_VALUES_PER_STATEMENT / columns.length));
  for (let i = 0; i < rows.length; i += slice) {
    const part = rows.slice(i, i + slice) as Record<string, unknown>[];
    const params: unknown[] = [];
    for (const row of part) for (const c of columns) params.push(row[c] ?? null);
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    await db.executeQuery(CompiledQuery.raw(`${head}values ${part.map(() => tuple).join(', ')}`, params));
  }
}

/** Rows per statement on PostgreSQL: one array a column, so the statement's text stays the same size. */
const ROWS_PER_ARRAY_STATEMENT = 20_000;

/**
 * On PostgreSQL a column's values go as one array and `unnest` turns the arrays back into rows: a
 * statement of a few parameters instead of tens of thousands, which PostgreSQL parses and plans in no
 * time. Each array is cast to its column's type, read once from the catalogue.
 */
async function insertManyAsArrays(db: Db, table: string, head: string, columns: string[], rows: readonly Record<string, unknown>[]): Promise<void> {
  const types = await columnTypes(db, table);
  const arrays = columns.map((c, i) => {
    const type = types.get(c);
    if (!type) throw new Error(`Bảng ${table} không có cột ${c}.`);
    return `$${i + 1}::"${type}"[]`;
  });
  const text = `${head}select * from unnest(${arrays.join(', ')})`;
  for (let i = 0; i < rows.length; i += ROWS_PER_ARRAY_STATEMENT) {
    const part = rows.slice(i, i + ROWS_PER_ARRAY_STATEMENT);
    await db.executeQuery(CompiledQuery.raw(text, columns.map((c) => part.map((row) => row[c] ?? null))));
  }
}

/**
 * Column types by table, read once per process: every database has the migrations' schema. (Kept by
 * table, not by connection: each body's transaction is a new handle, and asked again for each.)
 */
const typesByTable = new Map<string, Map<string, string>>();

async function columnTypes(db: Db, table: string): Promise<Map<string, string>> {
  const cached = typesByTable.get(table);
  if (cached) return cached;
  const found = await db.executeQuery<{ column_name: string; udt_name: string }>(
    CompiledQuery.raw('select column_name, udt_name from information_schema.columns where table_schema = current_schema() and table_name = $1', [table]),
  );
  const types = new Map(found.rows.map((r) => [r.column_name, r.udt_name]));
  typesByTable.set(table, types);
  return types;
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
