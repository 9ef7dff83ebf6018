import type { z } from 'zod';
import {
  answerRefusal,
  finalPoints,
  leaves,
  PHASE_LABELS,
  proposeScore,
  readGuideRule,
  reopenRefusal,
  reviewRefusal,
  roundPhase,
  selfAssessmentRefusal,
  sumPoints,
  withdrawRefusal,
  type Criterion,
} from '../../domain/assessment';
import type { Db } from '../../db/database';
import { evidenceOfAssessment, fromCenti, scoreChangesOf, scoresOf, type AssessmentInContext, type RoundRow, type ScoreRow, type ScoringEvidenceRow } from '../../db/repositories/assessments';
import { findOrganization } from '../../db/repositories/organizations';
import { FIGURE_LABELS } from '../../shared/scoring-vocabulary';
import type { assessmentSchema, evidenceSchema } from '../../shared/schemas/scoring-assessments';
import { bodyFigures, figurePercent, type BodyFigures } from './body-figures';
import { loadAssessment, setOfRound, type AssessmentStanding } from './scoring-access';
import { assessmentTotals, lastYearOf, rankRound } from './scoring-results';
import type { CommandContext } from './transaction';

type AssessmentView = z.infer<typeof assessmentSchema>;
type EvidenceView = z.infer<typeof evidenceSchema>;

export const roundDates = (round: RoundRow) => ({ selfDeadline: round.self_deadline, reviewDeadline: round.review_deadline, publishedAt: round.published_at });
export const assessmentState = (a: AssessmentInContext) => ({ state: a.state as 'draft' | 'submitted', reopened: a.reopened === 1 });

/** Has the review team scored anything of this body yet? Then the body can no longer withdraw by itself. */
export const reviewStarted = (scores: readonly ScoreRow[]) => scores.some((s) => s.review_centi !== null);

/** Where a piece of evidence opens: its file, its link, or the page of the thing in the app. */
function hrefOf(e: ScoringEvidenceRow): string | null {
  if (e.source === 'file') return `/api/scoring/assessment-evidence/${e.id}/file`;
  return e.url;
}

/** May the person change the body's self-assessment now (scores, submission, evidence)? */
export const selfAssessesNow = ({ assessment, round, selfAssesses }: AssessmentStanding, today: string) => selfAssesses && selfAssessmentRefusal(roundDates(round), assessmentState(assessment), today) === null;

export function evidenceView(e: ScoringEvidenceRow, canRemove: boolean): EvidenceView {
  return { id: e.id, criterionCode: e.criterion_code, source: e.source as EvidenceView['source'], label: e.label, detail: e.detail, href: hrefOf(e), createdAt: e.created_at, canRemove };
}

/** The body's figures, or that its year has not begun (a rule then names its figure with no share yet). */
type FiguresRead = BodyFigures | 'year_not_begun';

/** A criterion's proposal: the figure its guide is a rule on, the body's share of it, the points the rule gives. */
function proposalOf(criterion: Criterion, figures: FiguresRead | null) {
  const rule = readGuideRule(criterion.guide);
  if (!rule?.figure || !figures) return null;
  if (figures === 'year_not_begun') return { figure: rule.figure, figureLabel: FIGURE_LABELS[rule.figure], percent: null, points: null };
  const percent = figurePercent(figures, rule.figure);
  return { figure: rule.figure, figureLabel: FIGURE_LABELS[rule.figure], percent, points: percent === null ? null : proposeScore(rule, percent) };
}

/** A year not begun has no figures yet: no share is proposed, rather than one counted to a day to come. */
export const yearBegun = (year: number, today: string) => today >= `${year}-01-01`;

/** The figures are read only when a guide of the set is a rule on one: most of a set is scored by hand. */
async function figuresIfNeeded(db: Db, leafCriteria: readonly Criterion[], bodyId: string, year: number, today: string): Promise<FiguresRead | null> {
  if (!leafCriteria.some((c) => readGuideRule(c.guide)?.figure)) return null;
  if (!yearBegun(year, today)) return 'year_not_begun';
  const body = (await findOrganization(db, bodyId))!;
  return bodyFigures(db, body, year, today);
}

/** A body's assessment as the person may see it: every criterion with its scores, proposal and evidence, the totals, and what they may do now. */
export async function viewAssessment(ctx: CommandContext, id: string, today: string): Promise<AssessmentView> {
  const standing = await loadAssessment(ctx.db, ctx.actor, id);
  return presentAssessment(ctx.db, standing, today);
}

export async function presentAssessment(db: Db, standing: AssessmentStanding, today: string): Promise<AssessmentView> {
  const { assessment, round } = standing;
  const { set } = await setOfRound(db, round);
  const scores = await scoresOf(db, [assessment.id]);
  const byCode = new Map(scores.map((s) => [s.criterion_code, s]));
  const evidence = await evidenceOfAssessment(db, assessment.id);
  const dates = roundDates(round);
  const state = assessmentState(assessment);
  const lockedBecause = selfAssessmentRefusal(dates, state, today);
  const selfAssess = selfAssessesNow(standing, today);
  const figures = standing.selfAssesses || standing.reviews ? await figuresIfNeeded(db, leaves(set.areas), assessment.organization_id, round.year, today) : null;
  const totals = assessmentTotals(set, scores);

  const rows: AssessmentView['criteria'] = [];
  const walk = (criterion: Criterion, level: number): number | null => {
    const index = rows.length;
    const scored = criterion.children.length === 0;
    const score = scored ? byCode.get(criterion.code) : undefined;
    const points = { selfPoints: fromCenti(score?.self_centi ?? null), reviewPoints: fromCenti(score?.review_centi ?? null) };
    rows.push({
      code: criterion.code,
      name: criterion.name,
      level,
      maxPoints: criterion.maxPoints,
      guide: criterion.guide,
      evidenceNeeded: criterion.evidence,
      scored,
      proposal: scored ? proposalOf(criterion, figures) : null,
      selfPoints: points.selfPoints,
      selfNote: score?.self_note ?? null,
      reviewPoints: points.reviewPoints,
      reviewReason: score?.review_reason ?? null,
      reviewedAt: score?.reviewed_at ?? null,
      answer: score?.answer ?? null,
      answeredAt: score?.answered_at ?? null,
      finalPoints: scored ? finalPoints(points) : null,
      evidence: scored ? evidence.filter((e) => e.criterion_code === criterion.code).map((e) => evidenceView(e, selfAssess)) : [],
    });
    if (!scored) {
      const children = criterion.children.map((child) => walk(child, level + 1));
      rows[index]!.finalPoints = children.every((c) => c === null) ? null : sumPoints(children.map((c) => c ?? 0));
    }
    return rows[index]!.finalPoints;
  };
  for (const area of set.areas) walk(area, 1);

  const published = round.published_at !== null;
  const ranking = published ? await rankRound(db, round) : null;
  const mine = ranking?.ranked.find((r) => r.assessment.id === assessment.id);
  const anyToAnswer = scores.some((s) => answerRefusal(dates, { changedByReview: s.review_centi !== null && s.review_centi !== s.self_centi, answered: s.answer !== null }, today) === null);
  const phase = roundPhase(dates, today);
  return {
    id: assessment.id,
    round: { id: round.id, name: round.name, year: round.year, organization: { id: round.organization_id, name: round.org_name }, selfDeadline: round.self_deadline, reviewDeadline: round.review_deadline, phase, phaseLabel: PHASE_LABELS[phase], publishedAt: round.published_at },
    organization: { id: assessment.organization_id, name: assessment.org_name },
    state: state.state,
    submittedAt: assessment.submitted_at,
    reopened: state.reopened,
    maxPoints: totals.final.maxPoints,
    criteria: rows,
    self: { total: totals.self.total, className: totals.self.className },
    final: { total: totals.final.total, className: totals.final.className },
    unscored: totals.self.unscored,
    lastYear: (await lastYearOf(db, round)).get(assessment.organization_id) ?? null,
    rank: mine && ranking ? { rank: mine.rank, of: ranking.ranked.length } : null,
    can: {
      selfAssess,
      submit: selfAssess,
      withdraw: standing.selfAssesses && withdrawRefusal(dates, state, today, reviewStarted(scores)) === null,
      review: standing.reviews && reviewRefusal(dates, state, today) === null,
      reopen: standing.reviews && reopenRefusal(dates, state, today) === null,
      answer: standing.selfAssesses && anyToAnswer,
    },
    lockedBecause: standing.selfAssesses ? lockedBecause : null,
  };
}

/** Every change of a score, newest first: who, when, from, to and why. */
export async function assessmentHistory(ctx: CommandContext, id: string) {
  const { assessment } = await loadAssessment(ctx.db, ctx.actor, id);
  const rows = await scoreChangesOf(ctx.db, assessment.id);
  return { items: rows.map((r) => ({ criterionCode: r.criterion_code, stage: r.stage as 'self' | 'review', from: fromCenti(r.from_centi), to: fromCenti(r.to_centi), reason: r.reason, by: r.changed_by_name, at: r.changed_at })) };
}
