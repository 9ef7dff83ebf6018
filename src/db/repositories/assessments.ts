import type { Selectable } from 'kysely';
import type { Db } from '../database';
import type { AssessmentEvidenceTable, AssessmentRoundsTable, AssessmentScoreChangesTable, AssessmentScoresTable, AssessmentsTable } from '../schema';

/** CCHC scoring rounds, each body's assessment in them, its scores, evidence and score history (migration 0018). */

export type RoundRow = Selectable<AssessmentRoundsTable>;
export type AssessmentRow = Selectable<AssessmentsTable>;
export type ScoreRow = Selectable<AssessmentScoresTable>;
export type ScoringEvidenceRow = Selectable<AssessmentEvidenceTable>;
export type ScoreChangeRow = Selectable<AssessmentScoreChangesTable>;

/** Points to the stored whole hundredths and back (see migration 0018). */
export const toCenti = (points: number | null): number | null => (points === null ? null : Math.round(points * 100));
export const fromCenti = (centi: number | string | null): number | null => (centi === null ? null : Number(centi) / 100);

/** A round with where its department of health sits in the tree, for the policies. */
export type RoundInContext = RoundRow & { org_path: string; org_body_id: string; org_name: string };

const roundsInContext = (db: Db) =>
  db
    .selectFrom('assessment_rounds as r')
    .innerJoin('organizations as org', 'org.id', 'r.organization_id')
    .selectAll('r')
    .select(['org.path as org_path', 'org.body_id as org_body_id', 'org.name as org_name']);

export async function insertRound(db: Db, row: RoundRow): Promise<void> {
  await db.insertInto('assessment_rounds').values(row).execute();
}

export async function updateRound(db: Db, id: string, changes: Partial<Pick<RoundRow, 'name' | 'self_deadline' | 'review_deadline' | 'published_at' | 'published_by' | 'updated_at'>>): Promise<void> {
  await db.updateTable('assessment_rounds').set(changes).where('id', '=', id).execute();
}

export async function findRound(db: Db, id: string): Promise<RoundInContext | undefined> {
  return roundsInContext(db).where('r.id', '=', id).executeTakeFirst();
}

export async function roundOfSet(db: Db, criteriaSetId: string): Promise<RoundRow | undefined> {
  return db.selectFrom('assessment_rounds').selectAll().where('criteria_set_id', '=', criteriaSetId).executeTakeFirst();
}

/** The rounds a person is concerned with: opened by their department of health, assessing their body, or reviewed by them. Newest year first. */
export async function listRoundsFor(db: Db, f: { ownerIds: readonly string[]; bodyIds: readonly string[]; reviewerId: string }): Promise<RoundInContext[]> {
  return roundsInContext(db)
    .where((eb) =>
      eb.or([
        ...(f.ownerIds.length > 0 ? [eb('r.organization_id', 'in', f.ownerIds)] : []),
        ...(f.bodyIds.length > 0 ? [eb('r.id', 'in', eb.selectFrom('assessments').select('round_id').where('organization_id', 'in', f.bodyIds))] : []),
        eb('r.id', 'in', eb.selectFrom('assessment_round_reviewers').select('round_id').where('user_id', '=', f.reviewerId)),
      ]),
    )
    .orderBy('r.year', 'desc')
    .orderBy('r.created_at', 'desc')
    .execute();
}

/** The published round of the same department of health a year before, if any: last year's scores beside this year's. */
export async function previousPublishedRound(db: Db, organizationId: string, year: number): Promise<RoundRow | undefined> {
  return db.selectFrom('assessment_rounds').selectAll().where('organization_id', '=', organizationId).where('year', '=', year - 1).where('published_at', 'is not', null).orderBy('published_at', 'desc').executeTakeFirst();
}

// ---- Reviewers ----

export type ReviewerRow = { round_id: string; user_id: string; full_name: string; username: string };

export async function reviewersOf(db: Db, roundIds: readonly string[]): Promise<ReviewerRow[]> {
  if (roundIds.length === 0) return [];
  return db
    .selectFrom('assessment_round_reviewers as rr')
    .innerJoin('users as u', 'u.id', 'rr.user_id')
    .select(['rr.round_id', 'rr.user_id', 'u.full_name', 'u.username'])
    .where('rr.round_id', 'in', roundIds)
    .orderBy('u.full_name')
    .execute();
}

export async function replaceReviewers(db: Db, roundId: string, userIds: readonly string[]): Promise<void> {
  await db.deleteFrom('assessment_round_reviewers').where('round_id', '=', roundId).execute();
  if (userIds.length > 0) await db.insertInto('assessment_round_reviewers').values(userIds.map((user_id) => ({ round_id: roundId, user_id }))).execute();
}

export async function isReviewer(db: Db, roundId: string, userId: string): Promise<boolean> {
  return !!(await db.selectFrom('assessment_round_reviewers').select('user_id').where('round_id', '=', roundId).where('user_id', '=', userId).executeTakeFirst());
}

// ---- Assessments ----

/** A body's assessment with its round and where the body sits in the tree. */
export type AssessmentInContext = AssessmentRow & { org_path: string; org_body_id: string; org_name: string };

const assessmentsInContext = (db: Db) =>
  db
    .selectFrom('assessments as a')
    .innerJoin('organizations as org', 'org.id', 'a.organization_id')
    .selectAll('a')
    .select(['org.path as org_path', 'org.body_id as org_body_id', 'org.name as org_name']);

export async function insertAssessments(db: Db, rows: readonly AssessmentRow[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('assessments').values([...rows]).execute();
}

export async function deleteAssessments(db: Db, ids: readonly string[]): Promise<void> {
  if (ids.length > 0) await db.deleteFrom('assessments').where('id', 'in', ids).execute();
}

export async function updateAssessment(db: Db, id: string, changes: Partial<Pick<AssessmentRow, 'state' | 'submitted_at' | 'submitted_by' | 'reopened' | 'updated_at'>>): Promise<void> {
  await db.updateTable('assessments').set(changes).where('id', '=', id).execute();
}

export async function findAssessment(db: Db, id: string): Promise<AssessmentInContext | undefined> {
  return assessmentsInContext(db).where('a.id', '=', id).executeTakeFirst();
}

export async function assessmentsOfRound(db: Db, roundId: string): Promise<AssessmentInContext[]> {
  return assessmentsInContext(db).where('a.round_id', '=', roundId).orderBy('org.name').execute();
}

/** Which assessments have anything in them (a score, a piece of evidence): a body with some cannot leave the round. */
export async function assessmentsWithContent(db: Db, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const scored = await db.selectFrom('assessment_scores').select('assessment_id').where('assessment_id', 'in', ids).execute();
  const evidenced = await db.selectFrom('assessment_evidence').select('assessment_id').where('assessment_id', 'in', ids).execute();
  return new Set([...scored, ...evidenced].map((r) => r.assessment_id));
}

// ---- Scores ----

export async function scoresOf(db: Db, assessmentIds: readonly string[]): Promise<ScoreRow[]> {
  if (assessmentIds.length === 0) return [];
  return db.selectFrom('assessment_scores').selectAll().where('assessment_id', 'in', assessmentIds).execute();
}

export async function findScore(db: Db, assessmentId: string, code: string): Promise<ScoreRow | undefined> {
  return db.selectFrom('assessment_scores').selectAll().where('assessment_id', '=', assessmentId).where('criterion_code', '=', code).executeTakeFirst();
}

export async function saveScore(db: Db, row: ScoreRow): Promise<void> {
  const { assessment_id: _a, criterion_code: _c, ...rest } = row;
  await db
    .insertInto('assessment_scores')
    .values(row)
    .onConflict((oc) => oc.columns(['assessment_id', 'criterion_code']).doUpdateSet(rest))
    .execute();
}

// ---- Evidence ----

export async function insertScoringEvidence(db: Db, row: ScoringEvidenceRow): Promise<void> {
  await db.insertInto('assessment_evidence').values(row).execute();
}

export async function evidenceOfAssessment(db: Db, assessmentId: string): Promise<ScoringEvidenceRow[]> {
  return db.selectFrom('assessment_evidence').selectAll().where('assessment_id', '=', assessmentId).orderBy('created_at').orderBy('id').execute();
}

export async function findScoringEvidence(db: Db, id: string): Promise<ScoringEvidenceRow | undefined> {
  return db.selectFrom('assessment_evidence').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function deleteScoringEvidence(db: Db, id: string): Promise<void> {
  await db.deleteFrom('assessment_evidence').where('id', '=', id).execute();
}

/** How many pieces of evidence each assessment has (the round's table shows it). */
export async function evidenceCounts(db: Db, assessmentIds: readonly string[]): Promise<Map<string, number>> {
  if (assessmentIds.length === 0) return new Map();
  const rows = await db.selectFrom('assessment_evidence').select(['assessment_id', (eb) => eb.fn.countAll<number | string>().as('n')]).where('assessment_id', 'in', assessmentIds).groupBy('assessment_id').execute();
  return new Map(rows.map((r) => [r.assessment_id, Number(r.n)]));
}

// ---- History ----

export async function insertScoreChange(db: Db, row: ScoreChangeRow): Promise<void> {
  await db.insertInto('assessment_score_changes').values(row).execute();
}

export async function scoreChangesOf(db: Db, assessmentId: string): Promise<ScoreChangeRow[]> {
  return db.selectFrom('assessment_score_changes').selectAll().where('assessment_id', '=', assessmentId).orderBy('changed_at', 'desc').orderBy('id', 'desc').execute();
}
