import type { Db } from '../../db/database';
import { todayInVietnam } from '../../domain/calendar';
import { findLegalDocumentsByCodes } from '../../db/repositories/legal-documents';
import { findOrganizationsByIds } from '../../db/repositories/organizations';
import { filesOf, findProcedure, findProcedureByCode, findProcedureFile, listProcedures, type ProcedureFileRow, type ProcedureRow } from '../../db/repositories/procedures';
import { searchTerms, type PublicBody } from '../../db/repositories/public-media';
import type { PublicProcedure, PublicProcedureSummary } from '../../public/public-procedure';
import type { Fee, ProcessingTime } from '../../shared/procedure-text';
import type { OnlineLevel, ProcedureEventKind, ProcedureLevel, ProcedureScope, ReceivingPlace } from '../../shared/procedure-vocabulary';
import { standingOf, type StandingProcedure } from './procedure-standing';

/**
 * The citizen's side of the registry (SPEC §2.7): a body's administrative procedures in force today.
 * Internal procedures stay with staff; one not yet in force is not shown; one replaced or abolished
 * still answers, so an old QR code on a board explains what took its place.
 */

function summaryOf(row: ProcedureRow): PublicProcedureSummary {
  return {
    code: row.code,
    name: row.name,
    field: row.field,
    level: row.level as ProcedureLevel,
    processingTime: row.processing_time_json ? (JSON.parse(row.processing_time_json) as ProcessingTime) : null,
    fees: JSON.parse(row.fees_json) as Fee[],
    onlineLevel: row.online_level as OnlineLevel,
    version: row.version,
    // The day in Vietnam: a change made at 00:30 on the 5th is stored as the 4th in UTC.
    updatedOn: todayInVietnam(new Date(row.content_changed_at)),
  };
}

/** The procedures in force, matching the words and field, by field then code; with every field in force for the filter. */
export async function listPublicProcedures(db: Db, body: PublicBody, filter: { q?: string; field?: string }, day: string) {
  const inForce = (await standingOf(db, await listProcedures(db, { organizationIds: [body.id], scope: 'public' }), day)).filter((p) => p.status === 'in_force');
  // A body publishes tens of procedures: the words and the field are matched here, on the one read the field list also needs.
  const terms = searchTerms(filter.q);
  const procedures = inForce
    .filter((p) => (!filter.field || p.row.field === filter.field) && terms.every((term) => p.row.search_folded.includes(term)))
    .map((p) => summaryOf(p.row))
    .sort((a, b) => a.field.localeCompare(b.field, 'vi') || a.code.localeCompare(b.code));
  const fields = [...new Set(inForce.map((p) => p.row.field))].sort((a, b) => a.localeCompare(b, 'vi'));
  return { procedures, fields };
}

/** One procedure by its code, or null when there is none a citizen may see. */
export async function loadPublicProcedure(db: Db, body: PublicBody, code: string, day: string): Promise<PublicProcedure | null> {
  const row = await findProcedureByCode(db, body.id, code);
  if (!row || (row.scope as ProcedureScope) !== 'public') return null;
  const [standing] = await standingOf(db, [row], day);
  if (!standing || standing.status === 'not_yet_in_force') return null;
  return citizenView(db, standing);
}

/** A procedure as a citizen reads it, whatever its scope: the public page and every posting sheet show this. */
export async function citizenView(db: Db, p: StandingProcedure<ProcedureRow>): Promise<PublicProcedure> {
  const { row } = p;
  const steps = JSON.parse(row.steps_json) as { text: string; unitId: string | null; duration: string | null }[];
  const codes = JSON.parse(row.legal_basis_codes_json) as string[];
  const unitIds = [...new Set([...steps.map((s) => s.unitId), row.responsible_unit_id].filter((id): id is string => !!id))];
  const successorIds = [...new Set(p.events.map((e) => e.replaced_by_id).filter((id): id is string => !!id))];
  const [units, documents, files, successors] = await Promise.all([
    findOrganizationsByIds(db, unitIds),
    findLegalDocumentsByCodes(db, codes),
    filesOf(db, [row.id]),
    Promise.all(successorIds.map((id) => findProcedure(db, id))),
  ]);
  const unitName = (id: string | null) => units.find((u) => u.id === id)?.name ?? null;
  const documentByCode = new Map(documents.map((d) => [d.code, d]));
  const successorById = new Map(successors.filter((s) => !!s).map((s) => [s!.id, s!]));
  return {
    ...summaryOf(row),
    scope: row.scope as ProcedureScope,
    status: p.status,
    applicants: row.applicants,
    conditions: row.conditions,
    steps: steps.map((s) => ({ text: s.text, unitName: unitName(s.unitId), duration: s.duration })),
    dossier: JSON.parse(row.dossier_json),
    result: row.result,
    legalBasis: row.legal_basis,
    legalDocuments: codes.map((c) => ({ code: c, summary: documentByCode.get(c)?.summary ?? null, url: documentByCode.get(c)?.url ?? null })),
    receivingPlaces: JSON.parse(row.receiving_places_json) as ReceivingPlace[],
    responsibleUnitName: unitName(row.responsible_unit_id),
    forms: (files.get(row.id) ?? []).filter((f) => f.purpose === 'form').map((f) => ({ id: f.id, name: f.name, size: f.size })),
    changes: [...p.events].reverse().map((e) => {
      const successor = e.replaced_by_id ? successorById.get(e.replaced_by_id) : undefined;
      return {
        kind: e.kind as ProcedureEventKind,
        effectiveOn: e.effective_on,
        decidingDocument: e.deciding_document,
        replacedBy: successor && successor.organization_id === row.organization_id ? { code: successor.code, name: successor.name } : null,
      };
    }),
  };
}

/** A form of a public procedure, for download; null for anything else (a posting's photo is staff evidence). */
export async function findPublicProcedureForm(db: Db, body: PublicBody, code: string, fileId: string): Promise<ProcedureFileRow | null> {
  const row = await findProcedureByCode(db, body.id, code);
  if (!row || row.scope !== 'public') return null;
  const file = await findProcedureFile(db, fileId);
  return file && file.procedure_id === row.id && file.purpose === 'form' ? file : null;
}
