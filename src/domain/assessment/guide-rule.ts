import { foldText } from '../../shared/fold';
import type { FIGURE_LABELS } from '../../shared/scoring-vocabulary';

/** A figure the system computes for a body and a year, which a scoring guide may be a rule on. */
export type SystemFigure = keyof typeof FIGURE_LABELS;

/** One step of a rule: a share (in %) from `min` (inclusive) to `max` (exclusive unless `maxIncluded`) gives `points`. */
export type RuleStep = { min: number; max: number; maxIncluded: boolean; points: number };

/** A guide read as a rule on a percentage: the steps, and the figure it is about when its words name one. */
export type GuideRule = { steps: RuleStep[]; figure: SystemFigure | null };

/** Words of a guide naming the figure it is about (folded); the first that matches wins. */
const FIGURE_WORDS: [SystemFigure, RegExp][] = [
  ['feedback_on_time', /phan anh|kien nghi/u],
  ['survey_satisfaction', /hai long/u],
  ['procedures_posted', /thu tuc|tthc/u],
  ['reports_on_time', /bao cao/u],
  ['tasks_on_time', /nhiem vu|cong viec|ke hoach/u],
];

const NUMBER = String.raw`(\d+(?:[.,]\d+)?)`;
const POINTS = new RegExp(String.raw`[:=→]\s*${NUMBER}\s*(?:diem|d)?\s*$`, 'u');

/**
 * Reads a scoring guide written as steps on a percentage, one per ";" or line:
 * "100% nhiệm vụ đúng hạn: 2 điểm; 80–<100%: 1 điểm; dưới 80%: 0". A step is "N%", "từ A% đến dưới B%",
 * "A–<B%", "dưới N%", "từ N% trở lên", "trên N%". A guide that is not all steps is no rule: it is
 * shown to the reviewer as written and the body scores by hand (never a guessed score).
 */
export function readGuideRule(guide: string | null): GuideRule | null {
  if (guide === null) return null;
  // Split before folding: folding turns line breaks into spaces.
  const clauses = guide.split(/[;\n]/u).map((clause) => foldText(clause).replace(/[–—]/gu, '-')).filter((clause) => clause !== '' && clause !== '.');
  const folded = clauses.join('; ');
  if (clauses.length < 2) return null;
  const steps: RuleStep[] = [];
  for (const clause of clauses) {
    const points = POINTS.exec(clause.replace(/\.$/u, ''));
    if (!points) return null;
    const range = rangeOf(clause.slice(0, points.index));
    if (range === null) return null;
    steps.push({ ...range, points: Number(points[1]!.replace(',', '.')) });
  }
  return { steps, figure: FIGURE_WORDS.find(([, words]) => words.test(folded))?.[0] ?? null };
}

const num = (text: string | undefined) => Number((text ?? '').replace(',', '.'));

function rangeOf(condition: string): Omit<RuleStep, 'points'> | null {
  const between = new RegExp(String.raw`(?:tu\s*)?${NUMBER}\s*%?\s*(?:-|den)\s*(?:<|duoi)\s*${NUMBER}\s*%`, 'u').exec(condition);
  if (between) return { min: num(between[1]), max: num(between[2]), maxIncluded: false };
  const below = new RegExp(String.raw`(?:duoi|<)\s*${NUMBER}\s*%`, 'u').exec(condition);
  if (below) return { min: 0, max: num(below[1]), maxIncluded: false };
  const fromUp = new RegExp(String.raw`(?:(?:tu\s*)?${NUMBER}\s*%\s*tro len|(?:>=|≥)\s*${NUMBER}\s*%)`, 'u').exec(condition);
  if (fromUp) return { min: num(fromUp[1] ?? fromUp[2]), max: 100, maxIncluded: true };
  const over = new RegExp(String.raw`(?:tren|>)\s*${NUMBER}\s*%`, 'u').exec(condition);
  if (over) return { min: num(over[1]) + 1e-9, max: 100, maxIncluded: true };
  const exactly = new RegExp(String.raw`^(?:dat\s*)?${NUMBER}\s*%`, 'u').exec(condition);
  if (exactly) return { min: num(exactly[1]), max: num(exactly[1]), maxIncluded: true };
  return null;
}

/** The points a rule gives a share (0–100 %), or null when no step holds it. */
export function proposeScore(rule: GuideRule, percent: number): number | null {
  const step = rule.steps.find((s) => percent >= s.min && (percent < s.max || (s.maxIncluded && percent <= s.max)));
  return step?.points ?? null;
}
