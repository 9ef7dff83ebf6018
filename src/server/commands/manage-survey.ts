import { todayInVietnam } from '../../domain/calendar/lateness';
import { editConflicts, normaliseSections, sectionsFromTemplate, type Section } from '../../domain/surveys/questionnaire';
import { SIPAS_TEMPLATE } from '../../domain/surveys/sipas-template';
import { newId, nowIso } from '../../db/ids';
import { answeredQuestionIds, insertSurvey, updateSurvey, type SurveyInContext, type SurveyRow } from '../../db/repositories/surveys';
import type { z } from 'zod';
import type { createSurveySchema, updateSurveySchema } from '../../shared/schemas/surveys';
import { badRequest, conflict } from '../errors';
import { loadAuthorizedBody } from './load-organization';
import { loadSurvey } from './survey-access';
import { inTransaction, type CommandContext } from './transaction';

export type CreateSurveyInput = z.infer<typeof createSurveySchema>;
export type UpdateSurveyInput = z.infer<typeof updateSurveySchema>;

const today = () => todayInVietnam(new Date());

function checkDates(opensOn: string | null | undefined, closesOn: string | null | undefined) {
  if (opensOn && closesOn && closesOn < opensOn) throw badRequest('VALIDATION_FAILED', 'Ngày kết thúc không được trước ngày bắt đầu.', [{ field: 'closesOn', message: 'Trước ngày bắt đầu' }]);
}

const audited = (row: Pick<SurveyInContext, 'organization_id' | 'org_path'>) => ({ id: row.organization_id, path: row.org_path });

/** A new survey, a draft until published: from the SIPAS template (its wording, adaptable later) or from the builder's own sections. */
export async function createSurvey(ctx: CommandContext, input: CreateSurveyInput): Promise<string> {
  const body = await loadAuthorizedBody(ctx.db, ctx.actor, input.organizationId, 'survey.manage');
  checkDates(input.opensOn, input.closesOn);
  let sections: Section[];
  if (input.sections) sections = normaliseSections(input.sections);
  else if (input.template === 'sipas') sections = sectionsFromTemplate(SIPAS_TEMPLATE.questions);
  else throw badRequest('VALIDATION_FAILED', 'Hãy chọn mẫu SIPAS hoặc soạn các câu hỏi của phiếu.', [{ field: 'sections', message: 'Bắt buộc khi không dùng mẫu' }]);
  const now = nowIso();
  const row: SurveyRow = {
    id: newId(),
    organization_id: body.id,
    title: input.title,
    description: input.description || null,
    template: input.template ?? null,
    sections_json: JSON.stringify(sections),
    opens_on: input.opensOn ?? null,
    closes_on: input.closesOn ?? null,
    state: 'draft',
    created_by: ctx.actor.userId,
    created_at: now,
    updated_at: now,
  };
  await inTransaction(ctx, async (tx) => {
    await insertSurvey(tx.db, row);
    await tx.audit({ organization: { id: body.id, path: body.path }, action: 'survey.create', entityType: 'survey', entityId: row.id, summary: `Tạo phiếu khảo sát “${row.title}”`, after: { title: row.title, template: row.template } });
  });
  return row.id;
}

/**
 * Edits a survey, published or not. Wording, dates and new questions are fine at any time; a question
 * someone answered keeps its place and kind (409 naming it), so every answer still means what it meant.
 */
export async function updateSurveyContent(ctx: CommandContext, id: string, input: UpdateSurveyInput): Promise<void> {
  const before = await loadSurvey(ctx.db, ctx.actor, id, 'survey.manage');
  const opensOn = input.opensOn === undefined ? before.opens_on : input.opensOn;
  const closesOn = input.closesOn === undefined ? before.closes_on : input.closesOn;
  checkDates(opensOn, closesOn);
  const changes: Partial<SurveyRow> = {};
  if (input.title !== undefined) changes.title = input.title;
  if (input.description !== undefined) changes.description = input.description || null;
  if (input.opensOn !== undefined) changes.opens_on = input.opensOn ?? null;
  if (input.closesOn !== undefined) changes.closes_on = input.closesOn ?? null;
  if (input.sections) {
    const sections = normaliseSections(input.sections);
    const problems = editConflicts(JSON.parse(before.sections_json) as Section[], sections, await answeredQuestionIds(ctx.db, id));
    if (problems.length > 0) throw conflict('SURVEY_QUESTION_ANSWERED', problems.join(' '), problems.map((message) => ({ field: 'sections', message })));
    changes.sections_json = JSON.stringify(sections);
  }
  const changed = Object.fromEntries(Object.entries(changes).filter(([k, v]) => before[k as keyof SurveyRow] !== v));
  if (Object.keys(changed).length === 0) return;
  await inTransaction(ctx, async (tx) => {
    await updateSurvey(tx.db, id, { ...changed, updated_at: nowIso() });
    await tx.audit({
      organization: audited(before),
      action: 'survey.update',
      entityType: 'survey',
      entityId: id,
      summary: `Sửa phiếu khảo sát “${changed.title ?? before.title}”: ${Object.keys(changed).map((k) => k.replace(/_json$/, '')).join(', ')}`,
      before: Object.fromEntries(Object.keys(changed).filter((k) => k !== 'sections_json').map((k) => [k, before[k as keyof SurveyRow]])),
      after: Object.fromEntries(Object.entries(changed).filter(([k]) => k !== 'sections_json')),
    });
  });
}

/** Opens the public link (again, for a closed survey); whether it takes answers today follows from its dates. */
export async function publishSurvey(ctx: CommandContext, id: string): Promise<void> {
  const before = await loadSurvey(ctx.db, ctx.actor, id, 'survey.manage');
  if (before.state === 'published') throw conflict('SURVEY_ALREADY_PUBLISHED', 'Phiếu khảo sát đã được công bố.');
  await inTransaction(ctx, async (tx) => {
    await updateSurvey(tx.db, id, { state: 'published', updated_at: nowIso() });
    await tx.audit({ organization: audited(before), action: 'survey.publish', entityType: 'survey', entityId: id, summary: `Công bố phiếu khảo sát “${before.title}”`, before: { state: before.state }, after: { state: 'published' } });
  });
}

/**
 * Stops taking answers now. The state says it at once (closes_on alone would still take answers until
 * midnight); closes_on becomes today when it was later or open, so the dates tell when it ended.
 */
export async function closeSurvey(ctx: CommandContext, id: string): Promise<void> {
  const before = await loadSurvey(ctx.db, ctx.actor, id, 'survey.manage');
  if (before.state !== 'published') throw conflict('SURVEY_NOT_PUBLISHED', before.state === 'closed' ? 'Phiếu khảo sát đã kết thúc.' : 'Phiếu khảo sát chưa được công bố nên chưa thể kết thúc.');
  const day = today();
  const closesOn = !before.closes_on || before.closes_on > day ? day : before.closes_on;
  await inTransaction(ctx, async (tx) => {
    await updateSurvey(tx.db, id, { state: 'closed', closes_on: closesOn, updated_at: nowIso() });
    await tx.audit({ organization: audited(before), action: 'survey.close', entityType: 'survey', entityId: id, summary: `Kết thúc phiếu khảo sát “${before.title}”`, before: { state: before.state, closes_on: before.closes_on }, after: { state: 'closed', closes_on: closesOn } });
  });
}
