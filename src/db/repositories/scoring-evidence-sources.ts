import type { Db } from '../database';

/**
 * What the system already holds of a body in a year, to pick as evidence for a CCHC score (issue 16):
 * work done, reports sent, items published, procedures posted. Each query answers only the body's own
 * things, so a pick is checked by asking the same query for that one id.
 */

export type DoneWork = { id: string; task_id: string; task_title: string; unit_name: string; due: string | null; completed_on: string | null; files: number | string };

export async function doneWorkOfBody(db: Db, bodyId: string, year: number, id?: string): Promise<DoneWork[]> {
  let q = db
    .selectFrom('occurrences as x')
    .innerJoin('organizations as o', 'o.id', 'x.organization_id')
    .innerJoin('tasks as t', 't.id', 'x.task_id')
    .select((eb) => ['x.id', 'x.task_id', 't.title as task_title', 'o.name as unit_name', 'x.due', 'x.completed_on', eb.selectFrom('evidence as e').select(eb.fn.countAll<number | string>().as('n')).whereRef('e.occurrence_id', '=', 'x.id').as('files')])
    .where('o.body_id', '=', bodyId)
    .where('x.status', '=', 'done')
    .where('x.detached_at', 'is', null)
    .where('x.due', '>=', `${year}-01-01`)
    .where('x.due', '<=', `${year}-12-31`);
  if (id !== undefined) q = q.where('x.id', '=', id);
  return q.orderBy('x.completed_on', 'desc').orderBy('x.id').limit(300).execute() as Promise<DoneWork[]>;
}

export type SentReport = { id: string; period: string; year: number; from_date: string; to_date: string; due_on: string; submitted_at: string | null };

export async function sentReportsOfBody(db: Db, bodyId: string, year: number, id?: string): Promise<SentReport[]> {
  let q = db.selectFrom('reports').select(['id', 'period', 'year', 'from_date', 'to_date', 'due_on', 'submitted_at']).where('organization_id', '=', bodyId).where('year', '=', year).where('state', '=', 'submitted');
  if (id !== undefined) q = q.where('id', '=', id);
  return q.orderBy('due_on').execute();
}

export type PublishedItem = { id: string; title: string; first_published_on: string | null };

export async function publishedItemsOfBody(db: Db, bodyId: string, year: number, id?: string): Promise<PublishedItem[]> {
  let q = db
    .selectFrom('media_items')
    .select(['id', 'title', 'first_published_on'])
    .where('organization_id', '=', bodyId)
    .where('first_published_on', '>=', `${year}-01-01`)
    .where('first_published_on', '<=', `${year}-12-31`);
  if (id !== undefined) q = q.where('id', '=', id);
  return q.orderBy('first_published_on', 'desc').orderBy('id').limit(300).execute();
}

export type PostedProcedure = { id: string; code: string; name: string; version: number; last_posted_on: string | null; last_posted_version: number | null };

export async function postedProceduresOfBody(db: Db, bodyId: string, id?: string): Promise<PostedProcedure[]> {
  let q = db
    .selectFrom('procedures as p')
    .innerJoin('procedure_postings as s', 's.procedure_id', 'p.id')
    .select((eb) => ['p.id', 'p.code', 'p.name', 'p.version', eb.fn.max('s.posted_on').as('last_posted_on'), eb.fn.max('s.version').as('last_posted_version')])
    .where('p.organization_id', '=', bodyId)
    .groupBy(['p.id', 'p.code', 'p.name', 'p.version']);
  if (id !== undefined) q = q.where('p.id', '=', id);
  return q.orderBy('p.code').limit(500).execute() as Promise<PostedProcedure[]>;
}
