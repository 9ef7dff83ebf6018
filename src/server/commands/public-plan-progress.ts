import { reportAsOf } from '../../domain/reports/periods';
import type { Db } from '../../db/database';
import { countItemsPublished } from '../../db/repositories/index-results';
import { issuedPlanYears, listIssuedPlans } from '../../db/repositories/plans';
import type { PublicBody } from '../../db/repositories/public-media';
import { formatPlanNumber } from '../../domain/plans/lifecycle';
import { compileWork } from '../../domain/reports/work';
import type { PublicPlanProgress } from '../../public/public-plan-progress';
import { bodiesInReach, loadWorkOfBodies, workFactOf, yearRange } from './counted-work';
import { postingCountsOfBodies } from './procedure-lists';

/**
 * A body's public progress page for a year (SPEC §2.13): each issued plan's work due in the year, by
 * reform area, counted by the same functions as the report (compileWork over the one source of work),
 * with the year's published items and the posting KPI. Null when the body issued no plan that year.
 */
export async function publicPlanProgress(db: Db, body: PublicBody, year: number, today: string): Promise<PublicPlanProgress | null> {
  const [plans, years] = await Promise.all([listIssuedPlans(db, body.id, year), issuedPlanYears(db, body.id)]);
  if (plans.length === 0) return null;
  const asOf = reportAsOf(yearRange(year), today);
  // A department of health's plan is carried out by its hospitals and centres: its work is theirs too.
  const reach = await bodiesInReach(db, body);
  const [workByBody, itemsPublished, posting] = await Promise.all([loadWorkOfBodies(db, reach, yearRange(year)), countItemsPublished(db, body.id, year), postingCountsOfBodies(db, [body.id], asOf)]);
  const work = [...workByBody.values()].flat();
  return {
    year,
    asOf,
    years,
    itemsPublished,
    procedures: posting.total,
    plans: plans.map((plan) => {
      const compiled = compileWork(work.filter((o) => o.planId === plan.id).map(workFactOf), asOf);
      return {
        reference: formatPlanNumber(plan.number, plan.symbol),
        issuedOn: plan.issued_on,
        title: plan.title,
        totals: compiled.totals,
        areas: compiled.areas.filter((a) => a.counts.total > 0).map((a) => ({ label: a.label, counts: a.counts })),
      };
    }),
  };
}
