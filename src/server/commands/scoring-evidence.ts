import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import { EVIDENCE_FILES } from '../../domain/occurrences/evidence-files';
import { todayInVietnam } from '../../domain/calendar';
import { formatDateVi } from '../../domain/schedule/calendar';
import { periodPhrase } from '../../domain/reports/periods';
import type { ReportPeriod } from '../../shared/report-vocabulary';
import { newId, nowIso } from '../../db/ids';
import { deleteScoringEvidence, findScoringEvidence, insertScoringEvidence, type ScoringEvidenceRow } from '../../db/repositories/assessments';
import { findOrganization } from '../../db/repositories/organizations';
import { doneWorkOfBody, postedProceduresOfBody, publishedItemsOfBody, sentReportsOfBody, type DoneWork, type PostedProcedure, type PublishedItem, type SentReport } from '../../db/repositories/scoring-evidence-sources';
import { percentText } from '../../shared/percent';
import { FIGURE_LABELS } from '../../shared/scoring-vocabulary';
import type { addEvidenceSchema } from '../../shared/schemas/scoring-assessments';
import { notFound } from '../errors';
import { withStoredUpload, type Upload } from '../files/store-upload';
import { evidenceView, selfAssessesNow, yearBegun } from './assessment-view';
import { bodyFigures, figurePercent } from './body-figures';
import { loadAssessment, placeOf, type AssessmentStanding } from './scoring-access';
import { criterionOf, openForSelfAssessment, scoredCriteria } from './self-assessment';
import { inTransaction, type CommandContext } from './transaction';

/**
 * Evidence for a body's score (issue 16): a file, a link, or — the point of having it all in one system —
 * something the system already holds of the body in the round's year, picked from a list: work done with
 * its files, reports sent, items published, procedures posted, a figure it computes. Only the body's own
 * things can be picked: another body's id is answered as one that does not exist.
 */
export const scoringEvidenceNotFound = () => notFound('EVIDENCE_NOT_FOUND', 'Không tìm thấy tài liệu kiểm chứng.');
const sourceNotFound = () => notFound('EVIDENCE_SOURCE_NOT_FOUND', 'Không tìm thấy mục này trong dữ liệu của đơn vị năm được chấm.');

const dayVi = (iso: string | null) => (iso ? formatDateVi(iso.slice(0, 10)) : '');

const workOption = (w: DoneWork) => ({
  id: w.id,
  label: `${w.task_title} (${w.unit_name})`,
  detail: `Hoàn thành${w.completed_on ? ` ${dayVi(w.completed_on)}` : ''}${w.due ? `, hạn ${dayVi(w.due)}` : ''} · ${Number(w.files)} tài liệu kiểm chứng`,
  href: `/nhiem-vu/${encodeURIComponent(w.task_id)}?ky=${encodeURIComponent(w.id)}`,
});
const reportOption = (r: SentReport) => {
  const sentOn = r.submitted_at ? todayInVietnam(new Date(r.submitted_at)) : null;
  return {
    id: r.id,
    label: `Báo cáo kết quả CCHC ${periodPhrase(r.period as ReportPeriod, r.year, { from: r.from_date, to: r.to_date })}`,
    detail: `Gửi ${sentOn ? dayVi(sentOn) : '—'}, hạn ${dayVi(r.due_on)} · ${sentOn !== null && sentOn <= r.due_on ? 'đúng hạn' : 'trễ hạn'}`,
    href: `/bao-cao/${r.id}`,
  };
};
const itemOption = (i: PublishedItem) => ({ id: i.id, label: i.title, detail: `Đăng ngày ${dayVi(i.first_published_on)}`, href: `/truyen-thong/${i.id}` });
const procedureOption = (p: PostedProcedure) => ({
  id: p.id,
  label: `${p.code} — ${p.name}`,
  detail: `Niêm yết ngày ${dayVi(p.last_posted_on)}${Number(p.last_posted_version) === Number(p.version) ? ', đúng bản hiện hành' : ', bản cũ: cần niêm yết lại'}`,
  href: `/thu-tuc/${p.id}`,
});

async function figureOptions(ctx: CommandContext, standing: AssessmentStanding, today: string) {
  const year = standing.round.year;
  const body = (await findOrganization(ctx.db, standing.assessment.organization_id))!;
  const figures = yearBegun(year, today) ? await bodyFigures(ctx.db, body, year, today) : null;
  return (Object.keys(FIGURE_LABELS) as (keyof typeof FIGURE_LABELS)[]).map((figure) => {
    if (!figures) return { figure, label: FIGURE_LABELS[figure], percent: null, detail: `Năm ${year} chưa bắt đầu: chưa có số liệu` };
    const percent = figurePercent(figures, figure);
    return { figure, label: FIGURE_LABELS[figure], percent, detail: percent === null ? `Chưa có số liệu năm ${standing.round.year}` : `${percentText(percent)} (tính đến ${dayVi(figures.asOf)})` };
  });
}

/** What the body may pick as evidence: its own things of the round's year. */
export async function evidenceOptions(ctx: CommandContext, id: string, today: string) {
  const standing = await loadAssessment(ctx.db, ctx.actor, id);
  const bodyId = standing.assessment.organization_id;
  const year = standing.round.year;
  const strip = <T extends { href: string }>({ href: _href, ...rest }: T) => rest;
  return {
    occurrences: (await doneWorkOfBody(ctx.db, bodyId, year)).map(workOption).map(strip),
    reports: (await sentReportsOfBody(ctx.db, bodyId, year)).map(reportOption).map(strip),
    mediaItems: (await publishedItemsOfBody(ctx.db, bodyId, year)).map(itemOption).map(strip),
    procedures: (await postedProceduresOfBody(ctx.db, bodyId)).map(procedureOption).map(strip),
    figures: await figureOptions(ctx, standing, today),
  };
}

type Picked = { source: ScoringEvidenceRow['source']; refId: string | null; figure: string | null; label: string; detail: string | null; url: string | null };

/** The thing picked, read as the body's own, with what it shows now; anything else is not found. */
async function picked(ctx: CommandContext, standing: AssessmentStanding, input: z.infer<typeof addEvidenceSchema>, today: string): Promise<Picked> {
  const bodyId = standing.assessment.organization_id;
  const year = standing.round.year;
  const one = <T,>(rows: T[]): T => {
    if (rows.length === 0) throw sourceNotFound();
    return rows[0]!;
  };
  switch (input.source) {
    case 'occurrence': {
      const o = workOption(one(await doneWorkOfBody(ctx.db, bodyId, year, input.occurrenceId)));
      return { source: 'occurrence', refId: o.id, figure: null, label: o.label, detail: o.detail, url: o.href };
    }
    case 'report': {
      const o = reportOption(one(await sentReportsOfBody(ctx.db, bodyId, year, input.reportId)));
      return { source: 'report', refId: o.id, figure: null, label: o.label, detail: o.detail, url: o.href };
    }
    case 'media_item': {
      const o = itemOption(one(await publishedItemsOfBody(ctx.db, bodyId, year, input.mediaItemId)));
      return { source: 'media_item', refId: o.id, figure: null, label: o.label, detail: o.detail, url: o.href };
    }
    case 'procedure': {
      const o = procedureOption(one(await postedProceduresOfBody(ctx.db, bodyId, input.procedureId)));
      return { source: 'procedure', refId: o.id, figure: null, label: o.label, detail: o.detail, url: o.href };
    }
    case 'figure': {
      const o = (await figureOptions(ctx, standing, today)).find((f) => f.figure === input.figure)!;
      return { source: 'figure', refId: null, figure: o.figure, label: o.label, detail: o.detail, url: null };
    }
    case 'link':
      return { source: 'link', refId: null, figure: null, label: input.name, detail: null, url: input.url };
  }
}

const evidenceRow = (ctx: CommandContext, assessmentId: string, code: string, p: Omit<ScoringEvidenceRow, 'id' | 'assessment_id' | 'criterion_code' | 'created_by' | 'created_at'>, id = newId()): ScoringEvidenceRow => ({
  id,
  assessment_id: assessmentId,
  criterion_code: code,
  ...p,
  created_by: ctx.actor.userId,
  created_at: nowIso(),
});

export async function addScoringEvidence(ctx: CommandContext, id: string, input: z.infer<typeof addEvidenceSchema>, today: string) {
  const standing = await openForSelfAssessment(ctx, id, today);
  criterionOf(await scoredCriteria(standing, ctx.db), input.criterionCode, 'criterionCode');
  const p = await picked(ctx, standing, input, today);
  const row = evidenceRow(ctx, id, input.criterionCode, { source: p.source, ref_id: p.refId, figure: p.figure, label: p.label, detail: p.detail, url: p.url, storage_key: null, media_type: null, size: null });
  await inTransaction(ctx, async (tx) => {
    await insertScoringEvidence(tx.db, row);
    await tx.audit({ organization: placeOf(standing.assessment), action: 'assessment.evidence.add', entityType: 'assessment', entityId: id, summary: `Thêm tài liệu kiểm chứng cho tiêu chí ${input.criterionCode}: “${row.label}”` });
  });
  return evidenceView(row, true);
}

/** An uploaded file: stored and recorded in one go, the file removed if the record fails. */
export async function addScoringEvidenceFile(ctx: CommandContext, filesDir: string, id: string, criterionCode: string | undefined, file: Upload, today: string) {
  const standing = await openForSelfAssessment(ctx, id, today);
  criterionOf(await scoredCriteria(standing, ctx.db), criterionCode ?? '', 'criterionCode');
  return withStoredUpload(filesDir, file, EVIDENCE_FILES, (stored) =>
    inTransaction(ctx, async (tx) => {
      const row = evidenceRow(ctx, id, criterionCode!, { source: 'file', ref_id: null, figure: null, label: stored.name, detail: null, url: null, storage_key: stored.storageKey, media_type: stored.mediaType, size: stored.size }, stored.id);
      await insertScoringEvidence(tx.db, row);
      await tx.audit({ organization: placeOf(standing.assessment), action: 'assessment.evidence.add', entityType: 'assessment', entityId: id, summary: `Tải lên tài liệu kiểm chứng cho tiêu chí ${criterionCode}: “${row.label}”`, after: { size: row.size } });
      return evidenceView(row, true);
    }),
  );
}

async function readableEvidence(ctx: CommandContext, evidenceId: string) {
  const evidence = await findScoringEvidence(ctx.db, evidenceId);
  if (!evidence) throw scoringEvidenceNotFound();
  // Someone who may not read the assessment is told the evidence does not exist, not that its assessment does not.
  const standing = await loadAssessment(ctx.db, ctx.actor, evidence.assessment_id).catch(() => {
    throw scoringEvidenceNotFound();
  });
  return { evidence, standing };
}

/** One piece of evidence as its assessment shows it, for those who may read the assessment. */
export async function viewScoringEvidence(ctx: CommandContext, evidenceId: string, today: string) {
  const { evidence, standing } = await readableEvidence(ctx, evidenceId);
  return evidenceView(evidence, selfAssessesNow(standing, today));
}

/** The body takes a piece of evidence off while it may still change its self-assessment; a file's bytes go once that is committed. */
export async function removeScoringEvidence(ctx: CommandContext, filesDir: string, evidenceId: string, today: string): Promise<void> {
  const { evidence } = await readableEvidence(ctx, evidenceId);
  const standing = await openForSelfAssessment(ctx, evidence.assessment_id, today);
  await inTransaction(ctx, async (tx) => {
    await deleteScoringEvidence(tx.db, evidence.id);
    await tx.audit({ organization: placeOf(standing.assessment), action: 'assessment.evidence.remove', entityType: 'assessment', entityId: evidence.assessment_id, summary: `Gỡ tài liệu kiểm chứng của tiêu chí ${evidence.criterion_code}: “${evidence.label}”` });
  });
  if (evidence.storage_key) await rm(join(filesDir, evidence.storage_key), { force: true });
}

/** An uploaded evidence file, for those who may read the assessment. */
export async function scoringEvidenceFile(ctx: CommandContext, evidenceId: string) {
  const { evidence } = await readableEvidence(ctx, evidenceId);
  if (!evidence.storage_key) throw scoringEvidenceNotFound();
  return evidence;
}
