import type { z } from 'zod';
import type { Actor } from '../../domain/access/actor';
import { criteriaProblems, leaves, readGuideRule, totalMaxPoints, type CriteriaSet, type Criterion, type ScoreBand } from '../../domain/assessment';
import type { Db } from '../../db/database';
import { newId, nowIso } from '../../db/ids';
import { findCriteriaSet, findCriteriaSetOfYear, insertCriteriaSet, listCriteriaSets, updateCriteriaSet, type CriteriaSetInContext, type CriteriaSetRow } from '../../db/repositories/assessment-sets';
import { roundOfSet } from '../../db/repositories/assessments';
import type { copyCriteriaSetSchema, createCriteriaSetSchema, CriterionInput, CriterionView, updateCriteriaSetSchema } from '../../shared/schemas/assessment';
import { readCriteriaWorkbook } from '../../documents/xlsx/criteria-workbook';
import { badRequest, conflict, notFound } from '../errors';
import { authorize, can, type Action } from '../policies';
import { readingBody } from './reading-body';
import { refusedAsHttp } from './workbook-refusal';
import { inTransaction, type CommandContext } from './transaction';

const setNotFound = () => notFound('CRITERIA_SET_NOT_FOUND', 'Không tìm thấy bộ chỉ số.');
const placeOf = (row: Pick<CriteriaSetInContext, 'organization_id' | 'org_path' | 'org_body_id'>) => ({ id: row.organization_id, path: row.org_path, bodyId: row.org_body_id });

/** The criteria as the domain reads them, from what a person sent. */
function criteriaOf(input: readonly CriterionInput[]): Criterion[] {
  return input.map((c) => ({ code: c.code, name: c.name, maxPoints: c.maxPoints, guide: c.guide || null, evidence: c.evidence || null, children: criteriaOf('children' in c ? (c.children ?? []) : []) }));
}

/** A set the domain finds wrong is refused whole, every problem said in Vietnamese. */
function checked(set: CriteriaSet): CriteriaSet {
  const problems = criteriaProblems(set);
  if (problems.length > 0) throw badRequest('VALIDATION_FAILED', problems.map((p) => p.message).join(' '), problems.map((p) => ({ field: p.code ?? 'bands', message: p.message })));
  return set;
}

async function loadSet(db: Db, actor: Actor, id: string, action: Action): Promise<CriteriaSetInContext> {
  const row = await findCriteriaSet(db, id);
  if (!row || !can(actor, 'assessment.read', placeOf(row))) throw setNotFound();
  authorize(actor, action, placeOf(row), setNotFound());
  return row;
}

async function refuseTakenYear(db: Db, organizationId: string, year: number): Promise<void> {
  if (await findCriteriaSetOfYear(db, organizationId, year)) throw conflict('CRITERIA_SET_EXISTS', `Đơn vị đã có bộ chỉ số năm ${year}: hãy sửa bộ đó.`, [{ field: 'year', message: 'Đã có' }]);
}

async function insertChecked(ctx: CommandContext, body: { id: string; path: string }, year: number, name: string, set: CriteriaSet, summary: string): Promise<string> {
  await refuseTakenYear(ctx.db, body.id, year);
  const now = nowIso();
  const row: CriteriaSetRow = { id: newId(), organization_id: body.id, year, name, criteria_json: JSON.stringify(set.areas), bands_json: JSON.stringify(set.bands), created_by: ctx.actor.userId, created_at: now, updated_at: now };
  await inTransaction(ctx, async (tx) => {
    await insertCriteriaSet(tx.db, row);
    await tx.audit({ organization: body, action: 'assessment.set.create', entityType: 'criteria_set', entityId: row.id, summary, after: { year, name } });
  });
  return row.id;
}

/** A year's criteria set made by hand (or from a sheet read on the page first). */
export async function createCriteriaSet(ctx: CommandContext, input: z.infer<typeof createCriteriaSetSchema>): Promise<string> {
  const body = await readingBody(ctx.db, ctx.actor, input.organizationId, 'assessment.manage');
  const set = checked({ areas: criteriaOf(input.areas), bands: input.bands });
  return insertChecked(ctx, body, input.year, input.name, set, `Tạo bộ chỉ số chấm điểm CCHC năm ${input.year}`);
}

/** Next year's set from this one, to edit: the criteria and bands as they are. */
export async function copyCriteriaSet(ctx: CommandContext, id: string, input: z.infer<typeof copyCriteriaSetSchema>): Promise<string> {
  const from = await loadSet(ctx.db, ctx.actor, id, 'assessment.manage');
  const set: CriteriaSet = { areas: JSON.parse(from.criteria_json) as Criterion[], bands: JSON.parse(from.bands_json) as ScoreBand[] };
  const name = input.name ?? from.name.replace(String(from.year), String(input.year));
  return insertChecked(ctx, placeOf(from), input.year, name, set, `Tạo bộ chỉ số năm ${input.year} từ bộ năm ${from.year}`);
}

/**
 * A set a round scores with keeps its criteria: the bodies' scores and evidence hang on their codes and
 * maximums. Its name and bands may still change until the result is published; after that, nothing.
 */
async function refuseChangeInUse(ctx: CommandContext, id: string, criteriaChange: boolean, anyChange: boolean): Promise<void> {
  const round = await roundOfSet(ctx.db, id);
  if (!round) return;
  if (round.published_at !== null && anyChange) throw conflict('CRITERIA_SET_IN_USE', `Bộ chỉ số đã dùng cho “${round.name}” đã công bố kết quả: không sửa được nữa. Hãy sao chép thành bộ chỉ số năm sau.`);
  if (criteriaChange) throw conflict('CRITERIA_SET_IN_USE', `Bộ chỉ số đang dùng cho “${round.name}”: các đơn vị chấm theo các tiêu chí này nên không sửa tiêu chí được nữa; tên và thang xếp loại vẫn sửa được đến khi công bố.`);
}

export async function editCriteriaSet(ctx: CommandContext, id: string, input: z.infer<typeof updateCriteriaSetSchema>): Promise<void> {
  const before = await loadSet(ctx.db, ctx.actor, id, 'assessment.manage');
  const set = checked({ areas: input.areas ? criteriaOf(input.areas) : (JSON.parse(before.criteria_json) as Criterion[]), bands: input.bands ?? (JSON.parse(before.bands_json) as ScoreBand[]) });
  const changes = { name: input.name ?? before.name, criteria_json: JSON.stringify(set.areas), bands_json: JSON.stringify(set.bands) };
  if (changes.name === before.name && changes.criteria_json === before.criteria_json && changes.bands_json === before.bands_json) return;
  await refuseChangeInUse(ctx, id, changes.criteria_json !== before.criteria_json, true);
  await inTransaction(ctx, async (tx) => {
    await updateCriteriaSet(tx.db, id, { ...changes, updated_at: nowIso() });
    await tx.audit({ organization: placeOf(before), action: 'assessment.set.update', entityType: 'criteria_set', entityId: id, summary: `Sửa bộ chỉ số chấm điểm CCHC năm ${before.year}`, before: { name: before.name }, after: { name: changes.name } });
  });
}

function criterionView(criterion: Criterion): CriterionView {
  const rule = criterion.children.length === 0 ? readGuideRule(criterion.guide) : null;
  return { ...criterion, children: criterion.children.map(criterionView), rule: rule && { figure: rule.figure, steps: rule.steps.length } };
}

/** The criteria as a form sends them back: a criterion without sub-criteria carries no `children` (the third level may not). */
function asInput(criteria: readonly Criterion[]): CriterionInput[] {
  return criteria.map(({ children, ...fields }) => (children.length === 0 ? fields : { ...fields, children: asInput(children) })) as CriterionInput[];
}

function present(actor: Actor, row: CriteriaSetInContext) {
  const areas = JSON.parse(row.criteria_json) as Criterion[];
  const bands = JSON.parse(row.bands_json) as ScoreBand[];
  return {
    id: row.id,
    organization: { id: row.organization_id, name: row.org_name },
    year: row.year,
    name: row.name,
    areas: areas.map(criterionView),
    bands,
    maxPoints: totalMaxPoints({ areas, bands }),
    scoredCriteria: leaves(areas).length,
    canEdit: can(actor, 'assessment.manage', placeOf(row)),
    updatedAt: row.updated_at,
  };
}

export async function viewCriteriaSet(ctx: CommandContext, id: string) {
  return present(ctx.actor, await loadSet(ctx.db, ctx.actor, id, 'assessment.read'));
}

export async function listCriteriaSetsOf(ctx: CommandContext, organizationId: string | undefined) {
  const body = await readingBody(ctx.db, ctx.actor, organizationId, 'assessment.read');
  return { items: (await listCriteriaSets(ctx.db, body.id)).map((row) => present(ctx.actor, row)) };
}

/**
 * What an uploaded sheet would make of a set, saving nothing: the criteria as read, with every row it
 * could not read and every check the whole set fails (maximums that do not add up), to fix in the form.
 */
export async function previewCriteriaImport(ctx: CommandContext, organizationId: string | undefined, bytes: Buffer) {
  // Who may import is settled before the file is read: reading it is the expensive part.
  await readingBody(ctx.db, ctx.actor, organizationId, 'assessment.manage');
  const read = await refusedAsHttp(readCriteriaWorkbook(bytes));
  const checks = read.problems.length === 0 ? criteriaProblems({ areas: read.areas, bands: [{ name: 'Đạt', minPoints: 0 }] }) : [];
  return { areas: asInput(read.areas), maxPoints: totalMaxPoints({ areas: read.areas, bands: [] }), scoredCriteria: leaves(read.areas).length, problems: [...read.problems, ...checks] };
}
