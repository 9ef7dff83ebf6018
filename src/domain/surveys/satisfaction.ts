import type { SipasAspect } from '../../shared/survey-vocabulary';

/** "Hài lòng" and "rất hài lòng": the top two points of the 1–5 scale. */
export const SATISFIED = 4;

export type Share = { answered: number; satisfied: number; percent: number | null };

/** The share from counts already made (a grouped query's answered and satisfied), rounded like every other rate. */
export const shareOf = (answered: number, satisfied: number): Share => ({ answered, satisfied, percent: answered === 0 ? null : Math.round((satisfied / answered) * 1000) / 10 });

/** Shares of several surveys or bodies added up, the rate recomputed from the sums (never an average of rates). */
export function addShares(list: readonly Share[]): Share {
  return shareOf(
    list.reduce((n, s) => n + s.answered, 0),
    list.reduce((n, s) => n + s.satisfied, 0),
  );
}

/** The satisfaction rate of scale answers (1–5): the share of 4 and 5 among those given; a skipped question is not an answer. */
export function satisfactionOf(points: readonly (number | null)[]): Share {
  const given = points.filter((p): p is number => p !== null);
  return shareOf(given.length, given.filter((p) => p >= SATISFIED).length);
}

/** One scale answer with what it measures and when it was given. */
export type ScaleAnswer = { aspect: SipasAspect | null; point: number | null; answeredOn: string };

/** The rate overall (every scale answer), per SIPAS aspect, and per month (yyyy-mm) in order. */
export function satisfactionReport(answers: readonly ScaleAnswer[]) {
  const byAspect = new Map<SipasAspect, (number | null)[]>();
  const byMonth = new Map<string, (number | null)[]>();
  for (const a of answers) {
    if (a.aspect) byAspect.set(a.aspect, [...(byAspect.get(a.aspect) ?? []), a.point]);
    const month = a.answeredOn.slice(0, 7);
    byMonth.set(month, [...(byMonth.get(month) ?? []), a.point]);
  }
  return {
    overall: satisfactionOf(answers.map((a) => a.point)),
    aspects: [...byAspect].map(([aspect, points]) => ({ aspect, ...satisfactionOf(points) })),
    months: [...byMonth].sort(([a], [b]) => a.localeCompare(b)).map(([month, points]) => ({ month, ...satisfactionOf(points) })),
  };
}

/** How many chose each point of one scale question, 1 to 5: the bars of its chart. */
export function scaleDistribution(points: readonly (number | null)[]): number[] {
  const counts = [0, 0, 0, 0, 0];
  for (const p of points) if (p !== null && p >= 1 && p <= 5) counts[p - 1]!++;
  return counts;
}
