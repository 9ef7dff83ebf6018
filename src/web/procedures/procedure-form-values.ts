import dayjs, { type Dayjs } from 'dayjs';
import type { OnlineLevel, ProcedureLevel, ProcedureScope, ProcessingTimeUnit, ReceivingPlace } from '../../shared/procedure-vocabulary';
import type { ProcedureDto } from '../../shared/schemas/procedures';
import type { ProcedureCreate } from './queries';

/** Everything a procedure says; a PATCH sends it whole, and the server keeps the version when nothing differs. */
type ProcedureContent = Omit<ProcedureCreate, 'issued' | 'organizationId'>;

/** What the procedure form holds: the API's content, with days as pickers' values and optional texts possibly empty. */
export type ProcedureFormValues = {
  scope: ProcedureScope;
  code: string;
  name: string;
  field: string;
  level: ProcedureLevel;
  applicants?: string;
  conditions?: string;
  steps: { text: string; unitId?: string | null; duration?: string }[];
  dossier: { name: string; copies?: number | null; note?: string }[];
  processingTime: { value?: number | null; unit: ProcessingTimeUnit; note?: string };
  fees: { name: string; amountDong?: number | null; note?: string }[];
  result?: string;
  legalBasis?: string;
  receivingPlaces: ReceivingPlace[];
  onlineLevel: OnlineLevel;
  responsibleUnitId?: string | null;
  /** Only when adding: the decision that issues it. */
  issued?: { effectiveOn?: Dayjs | null; decidingDocument?: string; note?: string };
};

/** Fields the server may name in a refusal, so its message lands under the right input. */
export const PROCEDURE_FORM_FIELDS = ['scope', 'code', 'name', 'field', 'level', 'applicants', 'conditions', 'steps', 'dossier', 'processingTime', 'fees', 'result', 'legalBasis', 'receivingPlaces', 'onlineLevel', 'responsibleUnitId', 'issued'] as const;

const text = (value: string | null | undefined) => value?.trim() || null;
const number = (value: number | null | undefined) => (value === undefined || value === null ? null : value);

/** The form's starting values: the procedure as it stands, or a new public procedure of the body. */
export function procedureFormValues(p: ProcedureDto | null): Partial<ProcedureFormValues> {
  if (!p) {
    return { scope: 'public', level: 'body', steps: [], dossier: [], fees: [], processingTime: { unit: 'working_days' }, receivingPlaces: ['one_stop'], onlineLevel: 'none', issued: { effectiveOn: dayjs() } };
  }
  return {
    scope: p.scope,
    code: p.code,
    name: p.name,
    field: p.field,
    level: p.level,
    applicants: p.applicants ?? undefined,
    conditions: p.conditions ?? undefined,
    steps: p.steps.map((s) => ({ text: s.text, unitId: s.unit?.id ?? null, duration: s.duration ?? undefined })),
    dossier: p.dossier.map((d) => ({ name: d.name, copies: d.copies, note: d.note ?? undefined })),
    processingTime: p.processingTime ? { value: p.processingTime.value, unit: p.processingTime.unit, note: p.processingTime.note ?? undefined } : { unit: 'working_days' },
    fees: p.fees.map((f) => ({ name: f.name, amountDong: f.amountDong, note: f.note ?? undefined })),
    result: p.result ?? undefined,
    legalBasis: p.legalBasis ?? undefined,
    receivingPlaces: p.receivingPlaces,
    onlineLevel: p.onlineLevel,
    responsibleUnitId: p.responsibleUnit?.id ?? null,
  };
}

/**
 * The API's body: texts trimmed, empty ones sent as null so that editing can clear them, and a
 * processing time with neither a number nor a note left out as "not set".
 */
export function procedureContent(v: ProcedureFormValues): ProcedureContent {
  const time = v.processingTime;
  return {
    scope: v.scope,
    code: v.code.trim(),
    name: v.name.trim(),
    field: v.field.trim(),
    level: v.level,
    applicants: text(v.applicants),
    conditions: text(v.conditions),
    steps: (v.steps ?? []).map((s) => ({ text: s.text.trim(), unitId: s.unitId ?? null, duration: text(s.duration) })),
    dossier: (v.dossier ?? []).map((d) => ({ name: d.name.trim(), copies: number(d.copies), note: text(d.note) })),
    processingTime: number(time?.value) === null && !text(time?.note) ? null : { value: number(time?.value), unit: time!.unit, note: text(time?.note) },
    fees: (v.fees ?? []).map((f) => ({ name: f.name.trim(), amountDong: number(f.amountDong), note: text(f.note) })),
    result: text(v.result),
    legalBasis: text(v.legalBasis),
    receivingPlaces: v.receivingPlaces ?? [],
    onlineLevel: v.onlineLevel,
    responsibleUnitId: v.responsibleUnitId ?? null,
  };
}

/** A new procedure: its content and the decision that issues it. */
export function newProcedure(v: ProcedureFormValues): ProcedureCreate {
  return {
    ...procedureContent(v),
    issued: { effectiveOn: v.issued!.effectiveOn!.format('YYYY-MM-DD'), decidingDocument: text(v.issued?.decidingDocument), note: text(v.issued?.note) },
  };
}
