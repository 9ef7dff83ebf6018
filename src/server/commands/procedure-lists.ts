import { postingCounts } from '../../domain/procedures';
import type { ProcedureSection } from '../../domain/reports/sections';
import type { Db } from '../../db/database';
import { listMatrixOrganizations } from '../../db/repositories/follow-up';
import { listProcedures, procedureFields } from '../../db/repositories/procedures';
import type { ProcedureStatus, ProcedureScope } from '../../shared/procedure-vocabulary';
import type { PostingStanding } from '../../shared/schemas/procedures';
import { readingBody } from './reading-body';
import { postingCountsByBody, standingOf } from './procedure-standing';
import type { CommandContext } from './transaction';

export type ProcedureListQuery = { organizationId?: string; q?: string; field?: string; scope?: ProcedureScope; status?: ProcedureStatus; stale?: boolean; standing?: PostingStanding; cursor?: string; limit: number };

/**
 * One page of a body's registry as it stands on `day`, by code. Status and posting come from the events
 * and postings (the domain), so the filters on them run here, after the query narrowed by text, field and
 * scope; a body holds tens to hundreds of procedures. The counts are those of the page's filters but posting.
 */
export async function listProcedurePage(ctx: CommandContext, q: ProcedureListQuery, day: string) {
  const body = await readingBody(ctx.db, ctx.actor, q.organizationId, 'procedure.read');
  const [rows, fields] = await Promise.all([listProcedures(ctx.db, { organizationIds: [body.id], q: q.q, field: q.field, scope: q.scope }), procedureFields(ctx.db, [body.id])]);
  const inStatus = (await standingOf(ctx.db, rows, day)).filter((p) => !q.status || p.status === q.status);
  const listed = inStatus.filter((p) => (!q.stale || p.standing === 'stale') && (!q.standing || p.standing === q.standing) && (!q.cursor || p.row.code > q.cursor));
  const page = listed.slice(0, q.limit);
  return { page, nextCursor: listed.length > q.limit ? page.at(-1)!.row.code : null, fields, counts: postingCounts(inStatus) };
}

/** The posting KPI of a body and of every body under it (a department of health's hospitals and centres), as the follow-up matrix lists them. */
export async function postingByBody(ctx: CommandContext, organizationId: string | undefined, day: string) {
  const body = await readingBody(ctx.db, ctx.actor, organizationId, 'procedure.read');
  const bodies = [body, ...(await listMatrixOrganizations(ctx.db, body, 'bodies'))];
  const { byBody, total } = await postingCountsOfBodies(ctx.db, bodies.map((b) => b.id), day);
  const items = bodies.map((b) => ({ organization: { id: b.id, code: b.code, name: b.name }, counts: byBody.get(b.id) ?? postingCounts([]) }));
  return { items, total };
}

/** The posting KPI of some bodies on a day, each and all together: the one count behind the table, the indices page and the public page. */
export async function postingCountsOfBodies(db: Db, bodyIds: readonly string[], day: string) {
  const standing = await standingOf(db, await listProcedures(db, { organizationIds: bodyIds }), day);
  return { byBody: postingCountsByBody(standing), total: postingCounts(standing) };
}

/** Section III of a report: the body's own procedures on the report's day, and those still to post, by code. */
export async function procedureSectionOf(db: Db, bodyId: string, day: string): Promise<ProcedureSection> {
  const standing = await standingOf(db, await listProcedures(db, { organizationIds: [bodyId] }), day);
  const toPost = standing
    .filter((p) => p.status === 'in_force' && p.standing !== 'posted')
    .map((p) => ({ code: p.row.code, name: p.row.name, standing: p.standing as 'stale' | 'not_posted' }));
  return { asOf: day, counts: postingCounts(standing), toPost };
}
