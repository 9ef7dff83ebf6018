import type { z } from 'zod';
import { classOf, criteriaProblems, leaves, PHASE_LABELS, publishRefusal, roundDatesProblem, roundPhase, totalMaxPoints, type CriteriaSet } from '../../domain/assessment';
import { isWithin } from '../../domain/organizations/tree';
import type { Db } from '../../db/database';
import { newId, nowIso } from '../../db/ids';
import { findCriteriaSet } from '../../db/repositories/assessment-sets';
import {
  assessmentsOfRound,
  assessmentsWithContent,
  deleteAssessments,
  evidenceCounts,
  insertAssessments,
  insertRound,
  listRoundsFor,
  replaceReviewers,
  reviewersOf,
  roundOfSet,
  scoresOf,
  updateRound,
  type AssessmentRow,
  type RoundInContext,
  type RoundRow,
} from '../../db/repositories/assessments';
import { findOrganizationsByIds, type OrganizationRow } from '../../db/repositories/organizations';
import { grantsOf, findUser } from '../../db/repositories/users';
import type { createRoundSchema, roundSchema, updateRoundSchema } from '../../shared/schemas/scoring-rounds';
import { badRequest, conflict, forbidden, notFound } from '../errors';
import { notify } from './notify';
import { readingBody } from './reading-body';
import { loadRound, placeOf, setOfRound, type RoundStanding } from './scoring-access';
import { assessmentTotals, lastYearOf, rankRound, scoresByAssessment } from './scoring-results';
import { inTransaction, type CommandContext, type Tx } from './transaction';

type RoundView = z.infer<typeof roundSchema>;

const setNotFound = () => notFound('CRITERIA_SET_NOT_FOUND', 'Không tìm thấy bộ chỉ số.');
const bodyNotFound = (id: string) => notFound('BODY_NOT_FOUND', `Không tìm thấy đơn vị ${id} trong các đơn vị trực thuộc.`);
const reviewerNotFound = (id: string) => notFound('USER_NOT_FOUND', `Không tìm thấy người dùng ${id} trong đơn vị mở đợt chấm điểm.`);

/** The bodies sent, each a body strictly under the department of health and in service; any other is unknown to it. */
async function bodiesUnder(db: Db, owner: { id: string; path: string }, ids: readonly string[]): Promise<OrganizationRow[]> {
  const unique = [...new Set(ids)];
  const found = new Map((await findOrganizationsByIds(db, unique)).map((row) => [row.id, row]));
  return unique.map((id) => {
    const row = found.get(id);
    if (!row || row.id !== row.body_id || row.retired_at !== null || row.id === owner.id || !isWithin(row.path, owner.path)) throw bodyNotFound(id);
    return row;
  });
}

/** The reviewers sent: active people holding a role in the department of health itself. */
async function reviewersIn(db: Db, owner: { id: string }, ids: readonly string[]): Promise<string[]> {
  const unique = [...new Set(ids)];
  const grants = await grantsOf(db, unique);
  for (const id of unique) {
    const user = await findUser(db, id);
    if (!user || user.disabled_at !== null || !(grants.get(id) ?? []).some((g) => g.bodyId === owner.id)) throw reviewerNotFound(id);
  }
  return unique;
}

function datesChecked(selfDeadline: string, reviewDeadline: string): void {
  const problem = roundDatesProblem(selfDeadline, reviewDeadline);
  if (problem) throw badRequest('VALIDATION_FAILED', problem, [{ field: 'reviewDeadline', message: problem }]);
}

const roundRef = (round: Pick<RoundRow, 'id' | 'name' | 'organization_id'>, bodyIds: readonly string[]) => ({ id: round.id, name: round.name, ownerId: round.organization_id, bodyIds });
const actorOf = (ctx: CommandContext) => ({ userId: ctx.actor.userId, name: ctx.audit.actor?.fullName ?? null });

function newAssessments(roundId: string, bodies: readonly OrganizationRow[], now: string): AssessmentRow[] {
  return bodies.map((body) => ({ id: newId(), round_id: roundId, organization_id: body.id, state: 'draft', submitted_at: null, submitted_by: null, reopened: 0, updated_at: now }));
}

/** A department of health opens a round on its year's criteria set: the bodies scored, the deadlines, the review team. Each body's coordinators are told. */
export async function openRound(ctx: CommandContext, input: z.infer<typeof createRoundSchema>, today: string): Promise<string> {
  const owner = await readingBody(ctx.db, ctx.actor, input.organizationId, 'assessment.manage');
  const setRow = await findCriteriaSet(ctx.db, input.criteriaSetId);
  if (!setRow || setRow.organization_id !== owner.id) throw setNotFound();
  const set: CriteriaSet = { areas: JSON.parse(setRow.criteria_json), bands: JSON.parse(setRow.bands_json) };
  if (criteriaProblems(set).length > 0) throw conflict('CRITERIA_SET_INCOMPLETE', 'Bộ chỉ số còn lỗi (điểm tối đa chưa khớp, chưa có thang xếp loại): hãy sửa trước khi mở đợt chấm điểm.');
  const bodies = await bodiesUnder(ctx.db, owner, input.bodyIds);
  const reviewers = await reviewersIn(ctx.db, owner, input.reviewerIds);
  if (input.selfDeadline < today) throw badRequest('VALIDATION_FAILED', 'Hạn tự đánh giá đã qua.', [{ field: 'selfDeadline', message: 'Đã qua' }]);
  datesChecked(input.selfDeadline, input.reviewDeadline);
  if (await roundOfSet(ctx.db, setRow.id)) throw conflict('ROUND_EXISTS', `Bộ chỉ số năm ${setRow.year} đã có đợt chấm điểm.`);
  const now = nowIso();
  const round: RoundRow = {
    id: newId(),
    organization_id: owner.id,
    criteria_set_id: setRow.id,
    year: setRow.year,
    name: input.name ?? `Chấm điểm cải cách hành chính năm ${setRow.year}`,
    self_deadline: input.selfDeadline,
    review_deadline: input.reviewDeadline,
    published_at: null,
    published_by: null,
    created_by: ctx.actor.userId,
    created_at: now,
    updated_at: now,
  };
  await inTransaction(ctx, async (tx) => {
    await insertRound(tx.db, round);
    await insertAssessments(tx.db, newAssessments(round.id, bodies, now));
    await replaceReviewers(tx.db, round.id, reviewers);
    await tx.audit({ organization: owner, action: 'assessment.round.open', entityType: 'assessment_round', entityId: round.id, summary: `Mở đợt “${round.name}” cho ${bodies.length} đơn vị`, after: { selfDeadline: round.self_deadline, reviewDeadline: round.review_deadline, bodies: bodies.map((b) => b.name) } });
    await notify(tx, { kind: 'scoring.opened', actor: actorOf(ctx), round: roundRef(round, bodies.map((b) => b.id)) });
  });
  return round.id;
}

async function managedRound(ctx: CommandContext, id: string): Promise<RoundStanding> {
  const standing = await loadRound(ctx.db, ctx.actor, id, async () => (await assessmentsOfRound(ctx.db, id)).map((a) => a.organization_id));
  if (!standing.manages) throw forbidden('Chỉ cán bộ đầu mối CCHC hoặc lãnh đạo của đơn vị mở đợt chấm điểm được thay đổi đợt.');
  return standing;
}

/** Name, deadlines, bodies or review team changed before the result is published; a body with scores or evidence stays. */
export async function editRound(ctx: CommandContext, id: string, input: z.infer<typeof updateRoundSchema>): Promise<void> {
  const { round } = await managedRound(ctx, id);
  if (round.published_at !== null) throw conflict('ROUND_PUBLISHED', 'Kết quả đợt chấm điểm đã công bố, không sửa được nữa.');
  const owner = { id: round.organization_id, path: round.org_path };
  const selfDeadline = input.selfDeadline ?? round.self_deadline;
  const reviewDeadline = input.reviewDeadline ?? round.review_deadline;
  datesChecked(selfDeadline, reviewDeadline);
  const current = await assessmentsOfRound(ctx.db, id);
  const bodies = input.bodyIds ? await bodiesUnder(ctx.db, owner, input.bodyIds) : null;
  const reviewers = input.reviewerIds ? await reviewersIn(ctx.db, owner, input.reviewerIds) : null;
  const kept = new Set(bodies?.map((b) => b.id) ?? current.map((a) => a.organization_id));
  const leaving = current.filter((a) => !kept.has(a.organization_id));
  const withContent = await assessmentsWithContent(ctx.db, leaving.map((a) => a.id));
  const stuck = leaving.find((a) => withContent.has(a.id));
  if (stuck) throw conflict('ASSESSMENT_HAS_SCORES', `${stuck.org_name} đã chấm điểm hoặc thêm tài liệu kiểm chứng: không bỏ ra khỏi đợt được.`);
  const joining = (bodies ?? []).filter((b) => !current.some((a) => a.organization_id === b.id));
  const now = nowIso();
  await inTransaction(ctx, async (tx) => {
    await updateRound(tx.db, id, { name: input.name ?? round.name, self_deadline: selfDeadline, review_deadline: reviewDeadline, updated_at: now });
    await deleteAssessments(tx.db, leaving.map((a) => a.id));
    await insertAssessments(tx.db, newAssessments(id, joining, now));
    if (reviewers) await replaceReviewers(tx.db, id, reviewers);
    await tx.audit({
      organization: placeOf(round),
      action: 'assessment.round.update',
      entityType: 'assessment_round',
      entityId: id,
      summary: `Sửa đợt “${round.name}”`,
      before: { selfDeadline: round.self_deadline, reviewDeadline: round.review_deadline, bodies: current.map((a) => a.org_name) },
      after: { selfDeadline, reviewDeadline, added: joining.map((b) => b.name), removed: leaving.map((a) => a.org_name) },
    });
    if (joining.length > 0) await notify(tx, { kind: 'scoring.opened', actor: actorOf(ctx), round: roundRef(round, joining.map((b) => b.id)) });
  });
}

/** The department of health publishes the result: scores freeze, every body sees the ranking, and is told. */
export async function publishRound(ctx: CommandContext, id: string, today: string): Promise<void> {
  const { round } = await managedRound(ctx, id);
  const refusal = publishRefusal({ selfDeadline: round.self_deadline, reviewDeadline: round.review_deadline, publishedAt: round.published_at }, today);
  if (refusal) throw conflict('NOT_ALLOWED_IN_STATE', refusal);
  const assessments = await assessmentsOfRound(ctx.db, id);
  const now = nowIso();
  await inTransaction(ctx, async (tx: Tx) => {
    await updateRound(tx.db, id, { published_at: now, published_by: ctx.actor.userId, updated_at: now });
    await tx.audit({ organization: placeOf(round), action: 'assessment.round.publish', entityType: 'assessment_round', entityId: id, summary: `Công bố kết quả “${round.name}”` });
    await notify(tx, { kind: 'scoring.published', actor: actorOf(ctx), round: roundRef(round, assessments.map((a) => a.organization_id)) });
  });
}

// ---- Reading ----

const datesOf = (round: RoundRow) => ({ selfDeadline: round.self_deadline, reviewDeadline: round.review_deadline, publishedAt: round.published_at });

async function roundHead(db: Db, round: RoundInContext, standing: Omit<RoundStanding, 'round'>, today: string, bodyCount: number): Promise<Omit<RoundView, 'bodies'>> {
  const { row: setRow, set } = await setOfRound(db, round);
  const phase = roundPhase(datesOf(round), today);
  const reviewers = await reviewersOf(db, [round.id]);
  return {
    id: round.id,
    organization: { id: round.organization_id, name: round.org_name },
    year: round.year,
    name: round.name,
    criteriaSet: { id: setRow.id, name: setRow.name, maxPoints: totalMaxPoints(set), scoredCriteria: leaves(set.areas).length },
    selfDeadline: round.self_deadline,
    reviewDeadline: round.review_deadline,
    phase,
    phaseLabel: PHASE_LABELS[phase],
    publishedAt: round.published_at,
    reviewers: reviewers.map((r) => ({ id: r.user_id, name: r.full_name })),
    bodyCount,
    can: {
      manage: standing.manages && phase !== 'published',
      review: standing.reviews && phase !== 'published',
      publish: standing.manages && publishRefusal(datesOf(round), today) === null,
      seeResults: phase === 'published' || standing.readsAll,
    },
  };
}

/** The rounds a person is concerned with: their department of health's, those scoring their body, those they review. */
export async function listRounds(ctx: CommandContext, today: string) {
  const bodyIds = [...new Set(ctx.actor.grants.map((g) => g.bodyId))];
  const rounds = await listRoundsFor(ctx.db, { ownerIds: bodyIds, bodyIds, reviewerId: ctx.actor.userId });
  const items = [];
  for (const round of rounds) {
    const standing = await loadRound(ctx.db, ctx.actor, round.id, async () => bodyIds);
    const count = (await assessmentsOfRound(ctx.db, round.id)).length;
    items.push(await roundHead(ctx.db, round, standing, today, count));
  }
  return { items };
}

/** A round with the bodies the person may see: every body for its department of health and reviewers, else their own. */
export async function viewRound(ctx: CommandContext, id: string, today: string): Promise<RoundView> {
  const all = await assessmentsOfRound(ctx.db, id);
  const standing = await loadRound(ctx.db, ctx.actor, id, async () => all.map((a) => a.organization_id));
  const { round } = standing;
  const shown = standing.readsAll ? all : all.filter((a) => ctx.actor.grants.some((g) => g.bodyId === a.organization_id));
  const { set } = await setOfRound(ctx.db, round);
  const scores = scoresByAssessment(await scoresOf(ctx.db, shown.map((a) => a.id)));
  const counts = await evidenceCounts(ctx.db, shown.map((a) => a.id));
  const lastYear = await lastYearOf(ctx.db, round);
  const bodies = shown.map((a) => {
    const totals = assessmentTotals(set, scores.get(a.id) ?? []);
    return {
      assessmentId: a.id,
      organization: { id: a.organization_id, name: a.org_name },
      state: a.state as 'draft' | 'submitted',
      submittedAt: a.submitted_at,
      reopened: a.reopened === 1,
      scored: totals.scored,
      evidenceCount: counts.get(a.id) ?? 0,
      selfTotal: totals.self.total,
      finalTotal: totals.final.total,
      className: totals.final.className,
      changedByReview: totals.changedByReview,
      lastYear: lastYear.get(a.organization_id) ?? null,
    };
  });
  return { ...(await roundHead(ctx.db, round, standing, today, all.length)), bodies };
}

/** The ranking: to everyone in the round once published; before, to the department of health and its reviewers as a preview. */
export async function roundResults(ctx: CommandContext, id: string) {
  const standing = await loadRound(ctx.db, ctx.actor, id, async () => (await assessmentsOfRound(ctx.db, id)).map((a) => a.organization_id));
  const { round } = standing;
  if (round.published_at === null && !standing.readsAll) throw conflict('RESULTS_NOT_PUBLISHED', 'Kết quả đợt chấm điểm chưa được công bố.');
  const { set, ranked } = await rankRound(ctx.db, round);
  const lastYear = await lastYearOf(ctx.db, round);
  return {
    round: { id: round.id, name: round.name, year: round.year, organization: { id: round.organization_id, name: round.org_name }, publishedAt: round.published_at },
    published: round.published_at !== null,
    areas: set.areas.map((area) => ({ code: area.code, name: area.name, maxPoints: area.maxPoints })),
    maxPoints: totalMaxPoints(set),
    bands: set.bands,
    rows: ranked.map((body) => ({
      rank: body.rank,
      organization: { id: body.assessment.organization_id, name: body.name },
      areas: body.result.areas.map((area) => ({ code: area.code, points: area.points })),
      total: body.total,
      className: classOf(body.total, set.bands),
      lastYear: lastYear.get(body.assessment.organization_id) ?? null,
    })),
    classCounts: set.bands.map((band) => ({ name: band.name, count: ranked.filter((body) => body.result.className === band.name).length })),
  };
}
