import { sql, type Kysely } from 'kysely';
import { isPostgres } from './migration-dialect';

/**
 * A version per body of the work it is counted on (issue 17): bumped, in the writing transaction, by
 * triggers on what `listWorkCandidates` and `listCarriedTasks` read. A department of health's pages read
 * sixty bodies' year (30 000 periods, a quarter of a second); with these versions, a write in one body
 * makes only that body be read again, by whichever process wrote and on either database. A note on a
 * period, a sign-in, a news item change no version.
 *
 * Each source names the columns it is read for, and the bodies a row of it counts in, from `{row}` (NEW
 * or OLD). An update bumps the bodies of the row before and after.
 */
const SOURCES = [
  {
    table: 'occurrences',
    columns: ['task_id', 'plan_id', 'organization_id', 'due', 'status', 'submitted_on', 'completed_on', 'detached_at'],
    bodies: `select body_id from organizations where id = {row}.organization_id`,
  },
  {
    table: 'tasks',
    columns: ['plan_id', 'parent_task_id', 'title', 'reform_area'],
    // The plan's body carries its parent tasks; every body with a period of the task shows its title.
    bodies: `select o.body_id from plans p join organizations o on o.id = p.organization_id where p.id = {row}.plan_id
             union select o.body_id from occurrences oc join organizations o on o.id = oc.organization_id where oc.task_id = {row}.id`,
  },
  {
    table: 'plans',
    columns: ['organization_id', 'state', 'year'],
    bodies: `select body_id from organizations where id = {row}.organization_id
             union select o.body_id from occurrences oc join organizations o on o.id = oc.organization_id where oc.plan_id = {row}.id`,
  },
  { table: 'organizations', columns: ['name', 'body_id'], bodies: `select {row}.body_id as body_id` },
] as const;

type Event = { name: 'insert' | 'update' | 'delete'; rows: ('NEW' | 'OLD')[] };
const EVENTS: Event[] = [
  { name: 'insert', rows: ['NEW'] },
  { name: 'update', rows: ['NEW', 'OLD'] },
  { name: 'delete', rows: ['OLD'] },
];

/** The upsert that bumps every body a row counts in, in body order (two writers lock bodies in the same order). */
function bumpStatement(source: (typeof SOURCES)[number], event: Event): string {
  const affected = event.rows.map((row) => source.bodies.replaceAll('{row}', row)).join(' union ');
  return `insert into work_versions (body_id, n)
    select distinct body_id, 1 from (${affected}) affected where body_id is not null order by body_id
    on conflict (body_id) do update set n = work_versions.n + 1`;
}

const triggerName = (table: string, event: Event) => `work_version_${table}_${event.name}`;
const eventClause = (source: (typeof SOURCES)[number], event: Event) => (event.name === 'update' ? `update of ${source.columns.join(', ')}` : event.name);

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('work_versions')
    .addColumn('body_id', 'text', (c) => c.primaryKey())
    .addColumn('n', 'integer', (c) => c.notNull())
    .execute();
  const postgres = isPostgres(db);
  for (const source of SOURCES) {
    for (const event of EVENTS) {
      const name = triggerName(source.table, event);
      if (postgres) {
        await sql.raw(`create function ${name}() returns trigger language plpgsql as $$ begin ${bumpStatement(source, event)}; return null; end $$`).execute(db);
        await sql.raw(`create trigger ${name} after ${eventClause(source, event)} on ${source.table} for each row execute function ${name}()`).execute(db);
      } else {
        await sql.raw(`create trigger ${name} after ${eventClause(source, event)} on ${source.table} for each row begin ${bumpStatement(source, event)}; end`).execute(db);
      }
    }
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  const postgres = isPostgres(db);
  for (const source of SOURCES) {
    for (const event of EVENTS) {
      const name = triggerName(source.table, event);
      await sql.raw(postgres ? `drop trigger ${name} on ${source.table}` : `drop trigger ${name}`).execute(db);
      if (postgres) await sql.raw(`drop function ${name}()`).execute(db);
    }
  }
  await db.schema.dropTable('work_versions').execute();
}
