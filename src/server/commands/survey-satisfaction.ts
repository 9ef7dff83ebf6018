import { shareOf, type Share } from '../../domain/surveys/satisfaction';
import type { Db } from '../../db/database';
import { responseCountsByBody, scaleTotals, type ScaleScope, type ScaleTotal } from '../../db/repositories/survey-scale-totals';
import type { DayRange } from '../../db/repositories/surveys';
import { SIPAS_ASPECTS, type SipasAspect } from '../../shared/survey-vocabulary';

/**
 * The satisfaction rate (SPEC §2.8: share of "hài lòng" + "rất hài lòng" among 1–5 answers), the one
 * computation behind a survey's results, the indices KPI, the periodic report and the department of
 * health's table. Every figure comes from grouped queries over survey_scale_answers, never from reading
 * answer sheets one by one.
 */

export type SatisfactionRange = DayRange;

export type Satisfaction = {
  overall: Share;
  /** The SIPAS aspects that have answers, in SIPAS's order. */
  aspects: (Share & { aspect: SipasAspect })[];
  /** The months (yyyy-mm) that have answers, in order: the trend. */
  months: (Share & { month: string })[];
};

const shareOfTotal = (t: ScaleTotal | undefined) => shareOf(t?.answered ?? 0, t?.satisfied ?? 0);

async function satisfactionOfScope(db: Db, scope: ScaleScope, range: SatisfactionRange): Promise<Satisfaction> {
  const [all, byAspect, byMonth] = await Promise.all([scaleTotals(db, scope, range, 'all'), scaleTotals(db, scope, range, 'aspect'), scaleTotals(db, scope, range, 'month')]);
  const aspectTotals = new Map(byAspect.map((t) => [t.key, t]));
  return {
    overall: shareOfTotal(all[0]),
    aspects: SIPAS_ASPECTS.filter((a) => aspectTotals.has(a)).map((aspect) => ({ aspect, ...shareOfTotal(aspectTotals.get(aspect)) })),
    months: byMonth
      .filter((t): t is ScaleTotal & { key: string } => t.key !== null)
      .sort((a, b) => a.key.localeCompare(b.key))
      .map((t) => ({ month: t.key, ...shareOfTotal(t) })),
  };
}

/** The rate of every survey of these bodies, answers given from `from` to `to` (ISO days, both included; either may be left open). */
export function satisfactionFor(db: Db, organizationIds: readonly string[], range: SatisfactionRange = {}): Promise<Satisfaction> {
  return satisfactionOfScope(db, { organizationIds }, range);
}

/** The rate of one survey's answers in a range of days. */
export function satisfactionOfSurvey(db: Db, surveyId: string, range: SatisfactionRange = {}): Promise<Satisfaction> {
  return satisfactionOfScope(db, { surveyId }, range);
}

/** Each body's rate and number of answer sheets, for a table of bodies; a body without answers is absent from the map. */
export async function satisfactionByBody(db: Db, organizationIds: readonly string[], range: SatisfactionRange = {}): Promise<Map<string, { responses: number; overall: Share }>> {
  const [totals, responses] = await Promise.all([scaleTotals(db, { organizationIds }, range, 'organization'), responseCountsByBody(db, organizationIds, range)]);
  const byBody = new Map<string, { responses: number; overall: Share }>();
  for (const id of organizationIds) {
    const total = totals.find((t) => t.key === id);
    if (total || responses.has(id)) byBody.set(id, { responses: responses.get(id) ?? 0, overall: shareOfTotal(total) });
  }
  return byBody;
}

/** Each survey's overall rate (all its answers): for a list of surveys, one query whatever the page's size. */
export async function satisfactionBySurvey(db: Db, organizationIds: readonly string[]): Promise<Map<string, Share>> {
  const totals = await scaleTotals(db, { organizationIds }, {}, 'survey');
  return new Map(totals.map((t) => [t.key!, shareOfTotal(t)]));
}
