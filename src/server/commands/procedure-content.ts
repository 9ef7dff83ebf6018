import { recognizeCitations, uniqueCitations } from '../../domain/citations';
import type { Db } from '../../db/database';
import { findOrganizationsByIds } from '../../db/repositories/organizations';
import type { ProcedureRow } from '../../db/repositories/procedures';
import type { UpdateProcedureInput } from '../../shared/schemas/procedures';
import { badRequest } from '../errors';

type ContentColumns = Partial<
  Pick<
    ProcedureRow,
    | 'scope' | 'code' | 'name' | 'field' | 'level' | 'applicants' | 'conditions' | 'steps_json' | 'dossier_json' | 'processing_time_json'
    | 'fees_json' | 'result' | 'legal_basis' | 'legal_basis_codes_json' | 'receiving_places_json' | 'online_level' | 'responsible_unit_id'
  >
>;

const json = (value: unknown) => JSON.stringify(value);

/** The codes of the documents a legal basis cites, in the order first cited. */
export const citedCodes = (text: string | null | undefined): string[] => (text ? uniqueCitations(recognizeCitations(text)).map((c) => c.code) : []);

/** The columns a content change writes; a field not given is left out, so it keeps its stored value. */
export function contentColumns(input: UpdateProcedureInput): ContentColumns {
  const c: ContentColumns = {};
  if (input.scope !== undefined) c.scope = input.scope;
  if (input.code !== undefined) c.code = input.code;
  if (input.name !== undefined) c.name = input.name;
  if (input.field !== undefined) c.field = input.field;
  if (input.level !== undefined) c.level = input.level;
  if (input.applicants !== undefined) c.applicants = input.applicants || null;
  if (input.conditions !== undefined) c.conditions = input.conditions || null;
  if (input.steps !== undefined) c.steps_json = json(input.steps.map((s) => ({ text: s.text, unitId: s.unitId ?? null, duration: s.duration || null })));
  if (input.dossier !== undefined) c.dossier_json = json(input.dossier.map((d) => ({ name: d.name, copies: d.copies ?? null, note: d.note || null })));
  if (input.processingTime !== undefined) c.processing_time_json = input.processingTime ? json({ value: input.processingTime.value ?? null, unit: input.processingTime.unit, note: input.processingTime.note || null }) : null;
  if (input.fees !== undefined) c.fees_json = json(input.fees.map((f) => ({ name: f.name, amountDong: f.amountDong ?? null, note: f.note || null })));
  if (input.result !== undefined) c.result = input.result || null;
  if (input.legalBasis !== undefined) {
    c.legal_basis = input.legalBasis || null;
    c.legal_basis_codes_json = json(citedCodes(input.legalBasis));
  }
  if (input.receivingPlaces !== undefined) c.receiving_places_json = json([...new Set(input.receivingPlaces)]);
  if (input.onlineLevel !== undefined) c.online_level = input.onlineLevel;
  if (input.responsibleUnitId !== undefined) c.responsible_unit_id = input.responsibleUnitId ?? null;
  return c;
}

/** Every department a procedure names (its steps, its responsible one) must be a department of its body. */
export async function checkUnitsOfBody(db: Db, bodyId: string, input: UpdateProcedureInput): Promise<void> {
  const named = [...(input.steps ?? []).map((s) => s.unitId), input.responsibleUnitId].filter((id): id is string => !!id);
  if (named.length === 0) return;
  const found = await findOrganizationsByIds(db, [...new Set(named)]);
  const ours = new Set(found.filter((o) => o.body_id === bodyId && o.id !== bodyId && !o.retired_at).map((o) => o.id));
  const problems = [
    ...(input.steps ?? []).flatMap((s, i) => (s.unitId && !ours.has(s.unitId) ? [{ field: `steps.${i}.unitId`, message: 'Không phải khoa, phòng đang hoạt động của đơn vị' }] : [])),
    ...(input.responsibleUnitId && !ours.has(input.responsibleUnitId) ? [{ field: 'responsibleUnitId', message: 'Không phải khoa, phòng đang hoạt động của đơn vị' }] : []),
  ];
  if (problems.length > 0) throw badRequest('VALIDATION_FAILED', 'Khoa, phòng được chọn không thuộc đơn vị của thủ tục.', problems);
}
