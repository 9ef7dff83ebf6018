import type { Actor } from '../../domain/access/actor';
import type { Db } from '../../db/database';
import { findLegalDocumentsByCodes } from '../../db/repositories/legal-documents';
import { findOrganizationsByIds } from '../../db/repositories/organizations';
import { filesOf, findProcedure, type ProcedureEventRow, type ProcedureFileRow, type ProcedureInContext, type ProcedurePostingRow, type ProcedureRow } from '../../db/repositories/procedures';
import { procedurePath } from '../../shared/public-urls';
import type { OnlineLevel, PostingPlace, ProcedureEventKind, ProcedureLevel, ProcedureScope, ReceivingPlace } from '../../shared/procedure-vocabulary';
import type { PostingDto, ProcedureDto, ProcedureEventDto, ProcedureSummaryDto } from '../../shared/schemas/procedures';
import { procedureAbilities } from '../commands/procedure-access';
import type { StandingProcedure } from '../commands/procedure-standing';

export const procedureFileUrl = (file: Pick<ProcedureFileRow, 'id'>) => `/api/procedure-files/${file.id}`;

export function presentProcedureSummary(actor: Actor, p: StandingProcedure): ProcedureSummaryDto {
  const { row } = p;
  return {
    id: row.id,
    organization: { id: row.organization_id, code: row.org_code, name: row.org_name },
    scope: row.scope as ProcedureScope,
    code: row.code,
    name: row.name,
    field: row.field,
    level: row.level as ProcedureLevel,
    version: row.version,
    contentChangedAt: row.content_changed_at,
    status: p.status,
    standing: p.standing,
    lastPosting: p.lastPosting && { place: p.lastPosting.place as PostingPlace, postedOn: p.lastPosting.posted_on, version: p.lastPosting.version },
    publicUrl: procedurePath(row.org_code, row.code),
    can: procedureAbilities(actor, row),
  };
}

/** A dated event, with the procedure that replaced it when it did. */
export function presentProcedureEvent(e: ProcedureEventRow, successor: Pick<ProcedureRow, 'id' | 'code' | 'name'> | undefined): ProcedureEventDto {
  return {
    id: e.id,
    kind: e.kind as ProcedureEventKind,
    effectiveOn: e.effective_on,
    decidingDocument: e.deciding_document,
    replacedBy: successor ? { id: successor.id, code: successor.code, name: successor.name } : null,
    note: e.note,
    createdByName: e.created_by_name,
    createdAt: e.created_at,
  };
}

/** A posting, with its photo or scan when it has one. */
export function presentPosting(x: ProcedurePostingRow, proof: ProcedureFileRow | undefined): PostingDto {
  return {
    id: x.id,
    place: x.place as PostingPlace,
    postedOn: x.posted_on,
    version: x.version,
    proofUrl: x.proof_url,
    proofFile: proof ? { id: proof.id, name: proof.name, mediaType: proof.media_type, url: procedureFileUrl(proof) } : null,
    note: x.note,
    postedByName: x.posted_by_name,
    createdAt: x.created_at,
  };
}

type Step = { text: string; unitId: string | null; duration: string | null };

/** The whole procedure: its summary, content, cited documents, forms, events and postings. */
export async function presentProcedure(db: Db, actor: Actor, p: StandingProcedure): Promise<ProcedureDto> {
  const { row } = p;
  const steps = JSON.parse(row.steps_json) as Step[];
  const codes = JSON.parse(row.legal_basis_codes_json) as string[];
  const successorIds = p.events.map((e) => e.replaced_by_id).filter((id): id is string => !!id);
  const unitIds = [...new Set([...steps.map((s) => s.unitId), row.responsible_unit_id].filter((id): id is string => !!id))];
  const [units, documents, files, successors] = await Promise.all([
    findOrganizationsByIds(db, unitIds),
    findLegalDocumentsByCodes(db, codes),
    filesOf(db, [row.id]),
    Promise.all(successorIds.map((id) => findProcedure(db, id))),
  ]);
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const unit = (id: string | null) => (id && unitName.has(id) ? { id, name: unitName.get(id)! } : null);
  const documentByCode = new Map(documents.map((d) => [d.code, d]));
  const own = files.get(row.id) ?? [];
  const fileById = new Map(own.map((f) => [f.id, f]));
  const successorById = new Map(successors.filter((s): s is ProcedureInContext => !!s).map((s) => [s.id, s]));
  return {
    ...presentProcedureSummary(actor, p),
    applicants: row.applicants,
    conditions: row.conditions,
    steps: steps.map((s) => ({ text: s.text, unit: unit(s.unitId), duration: s.duration })),
    dossier: JSON.parse(row.dossier_json),
    processingTime: row.processing_time_json ? JSON.parse(row.processing_time_json) : null,
    fees: JSON.parse(row.fees_json),
    result: row.result,
    legalBasis: row.legal_basis,
    legalDocuments: codes.map((code) => {
      const d = documentByCode.get(code);
      return { code, id: d?.id ?? null, summary: d?.summary ?? null, url: d?.url ?? null };
    }),
    receivingPlaces: JSON.parse(row.receiving_places_json) as ReceivingPlace[],
    onlineLevel: row.online_level as OnlineLevel,
    responsibleUnit: unit(row.responsible_unit_id),
    forms: own.filter((f) => f.purpose === 'form').map((f) => ({ id: f.id, name: f.name, mediaType: f.media_type, size: f.size, url: procedureFileUrl(f) })),
    events: p.events.map((e) => presentProcedureEvent(e, e.replaced_by_id ? successorById.get(e.replaced_by_id) : undefined)),
    postings: p.postings.map((x) => presentPosting(x, x.proof_file_id ? fileById.get(x.proof_file_id) : undefined)),
  };
}
