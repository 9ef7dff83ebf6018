/**
 * A year's CCHC criteria set (Bộ chỉ số đánh giá, xếp loại kết quả thực hiện nhiệm vụ CCHC): areas
 * (lĩnh vực) → criteria (tiêu chí) → sub-criteria (tiêu chí thành phần), each with its maximum points;
 * a body is scored on the leaves. Classes (Xuất sắc, Tốt, Khá, Trung bình, Yếu) by score bands.
 */
export type Criterion = {
  /** As numbered in the set: "1", "1.2", "1.2.3". */
  code: string;
  name: string;
  maxPoints: number;
  /** How to score it, as written ("100% nhiệm vụ đúng hạn: 2 điểm; 80–<100%: 1 điểm; dưới 80%: 0"). */
  guide: string | null;
  /** What proves it ("Báo cáo CCHC quý; Kế hoạch CCHC năm"). */
  evidence: string | null;
  children: Criterion[];
};

/** A class and the least total that reaches it: { name: 'Xuất sắc', minPoints: 90 }. */
export type ScoreBand = { name: string; minPoints: number };

export type CriteriaSet = { areas: Criterion[]; bands: ScoreBand[] };

export type CriteriaProblem = { code: string | null; message: string };

/** Points are written with at most two decimals ("0,25", "1,5"). */
const STEP = 100;

/** A sum of points without the float's tail (0.1 + 0.2 is 0.3 here). */
export function sumPoints(points: readonly number[]): number {
  return Math.round(points.reduce((sum, p) => sum + Math.round(p * STEP), 0)) / STEP;
}

/** Every criterion scored directly: those without sub-criteria, in the set's order. */
export function leaves(criteria: readonly Criterion[]): Criterion[] {
  return criteria.flatMap((criterion) => (criterion.children.length === 0 ? [criterion] : leaves(criterion.children)));
}

/** The most a body can score: the areas' maximums added up. */
export function totalMaxPoints(set: CriteriaSet): number {
  return sumPoints(set.areas.map((area) => area.maxPoints));
}

/**
 * What is wrong with a set before a round may use it, in Vietnamese: a parent's maximum must be what its
 * children's add up to, codes unique, at most three levels, points positive with two decimals at most,
 * bands from the highest down within the total.
 */
export function criteriaProblems(set: CriteriaSet): CriteriaProblem[] {
  const problems: CriteriaProblem[] = [];
  const seen = new Set<string>();
  const visit = (criterion: Criterion, depth: number) => {
    if (seen.has(criterion.code)) problems.push({ code: criterion.code, message: `Mã ${criterion.code} bị trùng.` });
    seen.add(criterion.code);
    if (depth > 3) problems.push({ code: criterion.code, message: `${criterion.code}: bộ chỉ số chỉ có ba cấp (lĩnh vực, tiêu chí, tiêu chí thành phần).` });
    if (!(criterion.maxPoints > 0) || Math.round(criterion.maxPoints * STEP) !== criterion.maxPoints * STEP) {
      problems.push({ code: criterion.code, message: `${criterion.code}: điểm tối đa phải là số dương, tối đa hai chữ số thập phân.` });
    }
    if (criterion.children.length > 0) {
      const children = sumPoints(criterion.children.map((child) => child.maxPoints));
      if (children !== criterion.maxPoints) {
        problems.push({ code: criterion.code, message: `${criterion.code}: điểm tối đa ${formatPoints(criterion.maxPoints)} khác tổng các tiêu chí con (${formatPoints(children)}).` });
      }
    }
    for (const child of criterion.children) visit(child, depth + 1);
  };
  if (set.areas.length === 0) problems.push({ code: null, message: 'Bộ chỉ số chưa có lĩnh vực nào.' });
  for (const area of set.areas) visit(area, 1);
  const total = totalMaxPoints(set);
  const bands = set.bands;
  if (bands.length === 0) problems.push({ code: null, message: 'Chưa có thang xếp loại (Xuất sắc, Tốt, Khá …).' });
  bands.forEach((band, index) => {
    if (band.minPoints < 0 || band.minPoints > total) problems.push({ code: null, message: `Mức "${band.name}" từ ${formatPoints(band.minPoints)} điểm nằm ngoài tổng điểm ${formatPoints(total)}.` });
    const above = bands[index - 1];
    if (above && above.minPoints <= band.minPoints) problems.push({ code: null, message: `Các mức xếp loại phải xếp từ cao xuống thấp: "${band.name}" không thấp hơn "${above.name}".` });
  });
  return problems;
}

/** Points as Vietnamese write them: "1,5", "100". */
export function formatPoints(points: number): string {
  return String(Math.round(points * STEP) / STEP).replace('.', ',');
}
