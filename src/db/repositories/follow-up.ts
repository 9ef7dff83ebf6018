import type { Db } from '../database';

/** The plans of these bodies for a year, for the drill-down from a row to its plan. */
export async function listYearPlans(db: Db, bodyIds: readonly string[], year: number) {
  if (bodyIds.length === 0) return [];
  return db
    .selectFrom('plans')
    .select(['id', 'organization_id', 'number', 'symbol', 'title', 'state', 'kind'])
    .where('organization_id', 'in', bodyIds)
    .where('year', '=', year)
    .orderBy('organization_id')
    .orderBy('created_at')
    .execute();
}

/**
 * The rows of a matrix: a body's departments (scope "units") or the bodies under it (scope "bodies"),
 * in tree order. Retired ones are left out unless work is recorded against them (the caller adds those).
 */
export async function listMatrixOrganizations(db: Db, body: { id: string; path: string }, scope: 'units' | 'bodies') {
  let query = db.selectFrom('organizations').select(['id', 'code', 'name', 'kind', 'path', 'parent_id', 'body_id']).where('retired_at', 'is', null);
  query =
    scope === 'units'
      ? query.where('body_id', '=', body.id).where('id', '!=', body.id)
      : query.where('path', 'like', `${body.path}%`).where('id', '!=', body.id).whereRef('body_id', '=', 'id');
  return query.orderBy('path').execute();
}
