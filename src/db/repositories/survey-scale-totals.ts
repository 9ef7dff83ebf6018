import { sql } from 'kysely';
import type { Db } from '../database';
import type { DayRange } from './surveys';

/** Whose answers to count: every survey of some bodies, or one survey. */
export type ScaleScope = { organizationIds: readonly string[] } | { surveyId: string };

/** What answers are grouped by: nothing (one total), the SIPAS aspect, the month (yyyy-mm), the body, the survey. */
export type ScaleGrouping = 'all' | 'aspect' | 'month' | 'organization' | 'survey';

export type ScaleTotal = { key: string | null; answered: number; satisfied: number };

/**
 * Counts of scale answers and of those at "hài lòng" or above, added up in SQL from the day tallies
 * (survey_scale_tallies, kept with every answer sheet). The month is the first seven characters of the
 * ISO day, which `substr` gives alike on SQLite and PostgreSQL; the aspect '' is a question outside SIPAS's.
 */
export async function scaleTotals(db: Db, scope: ScaleScope, range: DayRange, by: ScaleGrouping): Promise<ScaleTotal[]> {
  if ('organizationIds' in scope && scope.organizationIds.length === 0) return [];
  const key =
    by === 'aspect' ? sql<string | null>`aspect`
    : by === 'month' ? sql<string | null>`substr(answered_on, 1, 7)`
    : by === 'organization' ? sql<string | null>`organization_id`
    : by === 'survey' ? sql<string | null>`survey_id`
    : sql<string | null>`null`;
  let query = db
    .selectFrom('survey_scale_tallies')
    .select((eb) => [key.as('key'), eb.fn.sum<number | string | null>('answered').as('answered'), eb.fn.sum<number | string | null>('satisfied').as('satisfied')]);
  query = 'surveyId' in scope ? query.where('survey_id', '=', scope.surveyId) : query.where('organization_id', 'in', [...scope.organizationIds]);
  if (range.from) query = query.where('answered_on', '>=', range.from);
  if (range.to) query = query.where('answered_on', '<=', range.to);
  if (by !== 'all') query = query.groupBy(key);
  const rows = await query.execute();
  return rows
    .map((r) => ({ key: by === 'aspect' && r.key === '' ? null : r.key, answered: Number(r.answered ?? 0), satisfied: Number(r.satisfied ?? 0) }))
    .filter((r) => r.answered > 0);
}

/** How many answer sheets the surveys of each body received in a range of days. */
export async function responseCountsByBody(db: Db, organizationIds: readonly string[], range: DayRange): Promise<Map<string, number>> {
  if (organizationIds.length === 0) return new Map();
  let query = db
    .selectFrom('survey_responses as r')
    .innerJoin('surveys as s', 's.id', 'r.survey_id')
    .select((eb) => ['s.organization_id', eb.fn.countAll<number | string>().as('n')])
    .where('s.organization_id', 'in', [...organizationIds]);
  if (range.from) query = query.where('r.answered_on', '>=', range.from);
  if (range.to) query = query.where('r.answered_on', '<=', range.to);
  const rows = await query.groupBy('s.organization_id').execute();
  return new Map(rows.map((r) => [r.organization_id, Number(r.n)]));
}
