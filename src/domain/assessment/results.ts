import { formatPoints, leaves, sumPoints, type CriteriaSet, type Criterion, type ScoreBand } from './criteria';

/** Points given to each scored criterion (a leaf), by its code; a leaf not scored counts 0. */
export type Scores = ReadonlyMap<string, number>;

export type AreaResult = { code: string; name: string; points: number; maxPoints: number };
export type BodyResult = { areas: AreaResult[]; total: number; maxPoints: number; className: string | null; unscored: string[] };

/** Why a score cannot be given to a criterion, in Vietnamese, or null when it can. */
export function scoreProblem(criterion: Criterion, points: number): string | null {
  if (criterion.children.length > 0) return `${criterion.code} được chấm theo các tiêu chí thành phần, không chấm trực tiếp.`;
  if (!Number.isFinite(points) || points < 0) return `Điểm của ${criterion.code} phải từ 0 trở lên.`;
  if (Math.round(points * 100) !== points * 100) return `Điểm của ${criterion.code} có tối đa hai chữ số thập phân.`;
  if (points > criterion.maxPoints) return `Điểm của ${criterion.code} không được vượt điểm tối đa (${formatPoints(criterion.maxPoints)}).`;
  return null;
}

/** The class a total reaches: the highest band whose least points it has, or null under every band. */
export function classOf(total: number, bands: readonly ScoreBand[]): string | null {
  const reached = bands.filter((band) => total >= band.minPoints).sort((a, b) => b.minPoints - a.minPoints);
  return reached[0]?.name ?? null;
}

/** A body's result on a set: points by area, total, class, and the criteria it has not scored yet. */
export function bodyResult(set: CriteriaSet, scores: Scores): BodyResult {
  const areas = set.areas.map((area) => ({
    code: area.code,
    name: area.name,
    points: sumPoints(leaves([area]).map((leaf) => scores.get(leaf.code) ?? 0)),
    maxPoints: area.maxPoints,
  }));
  const total = sumPoints(areas.map((area) => area.points));
  return {
    areas,
    total,
    maxPoints: sumPoints(set.areas.map((area) => area.maxPoints)),
    className: classOf(total, set.bands),
    unscored: leaves(set.areas).filter((leaf) => !scores.has(leaf.code)).map((leaf) => leaf.code),
  };
}

/**
 * The ranking: highest total first; equal totals share a rank and the next rank skips ("1, 2, 2, 4"),
 * as rankings are published; among equals the order is by name so the table reads the same each time.
 */
export function rankBodies<T extends { name: string; total: number }>(bodies: readonly T[]): (T & { rank: number })[] {
  const sorted = [...bodies].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name, 'vi'));
  return sorted.map((body, index) => {
    const first = sorted.findIndex((other) => other.total === body.total);
    return { ...body, rank: first < 0 ? index + 1 : first + 1 };
  });
}
