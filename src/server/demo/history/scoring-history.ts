import { addDays } from '../../../domain/calendar/iso-day';
import { leaves, type Criterion } from '../../../domain/assessment';
import type { Db } from '../../../db/database';
import { assessmentsOfRound, scoresOf } from '../../../db/repositories/assessments';
import { doneWorkOfBody, postedProceduresOfBody, publishedItemsOfBody, sentReportsOfBody } from '../../../db/repositories/scoring-evidence-sources';
import { copyCriteriaSet, createCriteriaSet } from '../../commands/assessment-sets';
import { viewAssessment } from '../../commands/assessment-view';
import { saveReviewScores } from '../../commands/score-review';
import { addScoringEvidence } from '../../commands/scoring-evidence';
import { openRound, publishRound } from '../../commands/scoring-rounds';
import { answerReview, saveSelfScores, submitAssessment } from '../../commands/self-assessment';
import { contextOf } from '../demo-actor';
import { DEMO_BANDS, DEMO_CRITERIA } from '../demo-criteria-set';

/**
 * CCHC scoring as a department of health lives it (issue 16): last year's round self-assessed, reviewed
 * (a few scores changed with reasons, one answered) and published; this year's open, one body's
 * self-assessment sent with evidence picked from what the system holds, the other's still being filled.
 * Every step goes through the commands, as the people would take it, on the day it would have happened.
 */

/** What share of each criterion's maximum a body gives itself, criterion by criterion (fixed, so the demo is the same each day). */
const SELF_SHARE: Record<string, readonly number[]> = {
  BVSN: [1, 1, 0.5, 1, 1, 1, 0.5, 1, 0.8, 1, 0.6, 1, 1, 0.6, 1, 1, 0.5, 1, 1, 1, 0.5, 1, 0.8],
  'TTYT-LCCD': [1, 0.67, 0.5, 1, 0.5, 1, 0.67, 0.5, 0.4, 1, 0.6, 1, 0.6, 1, 0.4, 0.5, 1, 0.5, 1, 0.6, 0.5, 1, 0.6],
};
const BODIES = ['BVSN', 'TTYT-LCCD'] as const;

const pointsFor = (code: (typeof BODIES)[number], leaf: Criterion, index: number) => Math.round(leaf.maxPoints * SELF_SHARE[code]![index % 23]! * 2) / 2;

/** The review team's changes, with the reasons the bodies read. */
const REVIEW_CHANGES: Record<(typeof BODIES)[number], { code: string; points: number; reason: string }[]> = {
  BVSN: [{ code: '1.4.2', points: 2, reason: 'Chỉ có 9 tin bài về CCHC đăng trong năm (tài liệu kiểm chứng kèm theo), chưa đủ 12 tin bài.' }],
  'TTYT-LCCD': [
    { code: '1.1.1', points: 0, reason: 'Kế hoạch CCHC năm ban hành ngày 05/01, sau thời hạn 31/12 của năm trước.' },
    { code: '5.1', points: 3, reason: 'Trong năm có 01 viên chức bị kỷ luật khiển trách theo báo cáo của Phòng Tổ chức cán bộ.' },
  ],
};

async function rewriteStamps(db: Db, roundId: string, days: { opened: string; submitted: string; reviewed: string; answered: string; published: string | null }): Promise<void> {
  const at = (day: string, hour = 3) => `${day}T0${hour}:00:00.000Z`;
  const assessments = await assessmentsOfRound(db, roundId);
  const ids = assessments.map((a) => a.id);
  await db.updateTable('assessment_rounds').set({ created_at: at(days.opened), updated_at: at(days.published ?? days.opened), ...(days.published ? { published_at: at(days.published) } : {}) }).where('id', '=', roundId).execute();
  if (ids.length === 0) return;
  await db.updateTable('assessments').set({ submitted_at: at(days.submitted) }).where('id', 'in', ids).where('submitted_at', 'is not', null).execute();
  await db.updateTable('assessment_score_changes').set({ changed_at: at(days.submitted, 2) }).where('assessment_id', 'in', ids).where('stage', '=', 'self').execute();
  await db.updateTable('assessment_score_changes').set({ changed_at: at(days.reviewed) }).where('assessment_id', 'in', ids).where('stage', '=', 'review').execute();
  await db.updateTable('assessment_scores').set({ reviewed_at: at(days.reviewed) }).where('assessment_id', 'in', ids).where('reviewed_at', 'is not', null).execute();
  await db.updateTable('assessment_scores').set({ answered_at: at(days.answered) }).where('assessment_id', 'in', ids).where('answered_at', 'is not', null).execute();
  await db.updateTable('assessment_evidence').set({ created_at: at(days.submitted, 1) }).where('assessment_id', 'in', ids).execute();
}

/** Evidence a body picks from the system for the criteria it fits, and a link where a document is kept elsewhere. */
async function pickEvidence(db: Db, username: string, assessmentId: string, bodyId: string, year: number, today: string): Promise<void> {
  const coordinator = await contextOf(db, username);
  const add = (input: Parameters<typeof addScoringEvidence>[2]) => addScoringEvidence(coordinator, assessmentId, input, today);
  await add({ source: 'figure', criterionCode: '1.1.2', figure: 'tasks_on_time' });
  for (const work of (await doneWorkOfBody(db, bodyId, year)).slice(0, 2)) await add({ source: 'occurrence', criterionCode: '1.1.2', occurrenceId: work.id });
  for (const report of (await sentReportsOfBody(db, bodyId, year)).slice(0, 3)) await add({ source: 'report', criterionCode: '1.2.1', reportId: report.id });
  for (const item of (await publishedItemsOfBody(db, bodyId, year)).slice(0, 3)) await add({ source: 'media_item', criterionCode: '1.4.2', mediaItemId: item.id });
  for (const procedure of (await postedProceduresOfBody(db, bodyId)).slice(0, 2)) await add({ source: 'procedure', criterionCode: '3.1', procedureId: procedure.id });
  await add({ source: 'figure', criterionCode: '3.2', figure: 'feedback_on_time' });
  await add({ source: 'figure', criterionCode: '8.1', figure: 'survey_satisfaction' });
  await add({ source: 'link', criterionCode: '6.1', url: 'https://vanban.laocai.example.vn/quy-che-chi-tieu-noi-bo', name: 'Quy chế chi tiêu nội bộ (hệ thống quản lý văn bản)' });
}

/** A body scores itself: the system's proposal where a guide is a rule on its figures, its own judgement elsewhere. */
async function selfScore(db: Db, code: (typeof BODIES)[number], assessmentId: string, set: Criterion[], today: string, only?: number): Promise<void> {
  const coordinator = await contextOf(db, `${code.toLowerCase()}.coordinator`);
  const view = await viewAssessment(coordinator, assessmentId, today);
  const proposals = new Map(view.criteria.filter((c) => c.proposal?.points != null).map((c) => [c.code, c.proposal!.points!]));
  const scores = leaves(set)
    .map((leaf, i) => ({ code: leaf.code, points: proposals.get(leaf.code) ?? pointsFor(code, leaf, i), note: proposals.has(leaf.code) ? 'Theo số liệu hệ thống tính.' : null }))
    .slice(0, only);
  await saveSelfScores(coordinator, assessmentId, { scores }, today);
}

export async function writeScoringHistory(db: Db, today: string): Promise<void> {
  const year = Number(today.slice(0, 4));
  const coordinator = await contextOf(db, 'syt-lc.coordinator');
  const director = await contextOf(db, 'syt-lc.director');
  const bodyIds = new Map<string, string>();
  for (const code of BODIES) bodyIds.set(code, (await db.selectFrom('organizations').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id);
  const reviewerIds = await db.selectFrom('users').select('id').where('username', 'in', ['syt-lc.tccb', 'syt-lc.vp']).execute();

  // Last year's set, made by hand; this year's copied from it.
  const lastSetId = await createCriteriaSet(coordinator, { year: year - 1, name: `Bộ chỉ số đánh giá, xếp loại kết quả thực hiện nhiệm vụ CCHC năm ${year - 1}`, areas: DEMO_CRITERIA, bands: DEMO_BANDS });
  const setId = await copyCriteriaSet(coordinator, lastSetId, { year });
  const areas = (await db.selectFrom('assessment_criteria_sets').select('criteria_json').where('id', '=', setId).executeTakeFirstOrThrow()).criteria_json;
  const set = JSON.parse(areas) as Criterion[];

  // Last year: opened in November, self-assessed by mid-December, reviewed in early January, published mid-January.
  const opened = `${year - 1}-11-20`;
  const last = await openRound(coordinator, { criteriaSetId: lastSetId, bodyIds: [...bodyIds.values()], selfDeadline: `${year - 1}-12-15`, reviewDeadline: `${year}-01-10`, reviewerIds: reviewerIds.map((r) => r.id) }, opened);
  const lastAssessments = await assessmentsOfRound(db, last);
  for (const code of BODIES) {
    const assessment = lastAssessments.find((a) => a.organization_id === bodyIds.get(code))!;
    await selfScore(db, code, assessment.id, set, `${year - 1}-12-10`);
    const body = await contextOf(db, `${code.toLowerCase()}.coordinator`);
    await addScoringEvidence(body, assessment.id, { source: 'link', criterionCode: '1.1.1', url: `https://vanban.laocai.example.vn/${code.toLowerCase()}/ke-hoach-cchc-${year - 1}`, name: `Kế hoạch CCHC năm ${year - 1}` }, `${year - 1}-12-10`);
    await submitAssessment(body, assessment.id, `${year - 1}-12-12`);
    const reviewer = await contextOf(db, 'syt-lc.tccb');
    const scores = await scoresOf(db, [assessment.id]);
    const changes = REVIEW_CHANGES[code];
    // Every score looked at: accepted as it is, or changed with the reason.
    await saveReviewScores(reviewer, assessment.id, { scores: scores.map((s) => changes.find((c) => c.code === s.criterion_code) ?? { code: s.criterion_code, points: s.self_centi! / 100 }) }, `${year}-01-05`);
  }
  const ttyt = lastAssessments.find((a) => a.organization_id === bodyIds.get('TTYT-LCCD'))!;
  await answerReview(await contextOf(db, 'ttyt-lccd.coordinator'), ttyt.id, { code: '1.1.1', text: 'Kế hoạch được ký ngày 29/12 và gửi lên hệ thống ngày 05/01 do nghỉ lễ; đề nghị tổ thẩm định xem xét văn bản gốc kèm theo.' }, `${year}-01-07`);
  await publishRound(director, last, `${year}-01-15`);
  await rewriteStamps(db, last, { opened, submitted: `${year - 1}-12-12`, reviewed: `${year}-01-05`, answered: `${year}-01-07`, published: `${year}-01-15` });

  // This year: opened two weeks ago, the self-assessment due in ten days; the hospital has sent its own, the centre is still filling it.
  const openedNow = addDays(today, -14);
  const current = await openRound(coordinator, { criteriaSetId: setId, bodyIds: [...bodyIds.values()], selfDeadline: addDays(today, 10), reviewDeadline: addDays(today, 30), reviewerIds: reviewerIds.map((r) => r.id) }, openedNow);
  const assessments = await assessmentsOfRound(db, current);
  const bvsn = assessments.find((a) => a.organization_id === bodyIds.get('BVSN'))!;
  await pickEvidence(db, 'bvsn.coordinator', bvsn.id, bodyIds.get('BVSN')!, year, addDays(today, -3));
  await selfScore(db, 'BVSN', bvsn.id, set, addDays(today, -2));
  await submitAssessment(await contextOf(db, 'bvsn.coordinator'), bvsn.id, addDays(today, -1));
  const centre = assessments.find((a) => a.organization_id === bodyIds.get('TTYT-LCCD'))!;
  await selfScore(db, 'TTYT-LCCD', centre.id, set, addDays(today, -1), 12);
  await rewriteStamps(db, current, { opened: openedNow, submitted: addDays(today, -1), reviewed: today, answered: today, published: null });
}
