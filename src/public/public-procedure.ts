import type { Fee, ProcessingTime } from '../shared/procedure-text';
import type { OnlineLevel, ProcedureEventKind, ProcedureLevel, ProcedureScope, ProcedureStatus, ReceivingPlace } from '../shared/procedure-vocabulary';

/**
 * A procedure as citizens see it: what to bring, where, how long, how much, on what legal basis. Nothing
 * about staff (who posted it, who recorded a change) and no internal notes.
 */
export type PublicProcedureSummary = {
  code: string;
  name: string;
  field: string;
  level: ProcedureLevel;
  processingTime: ProcessingTime | null;
  fees: Fee[];
  onlineLevel: OnlineLevel;
  version: number;
  /** yyyy-mm-dd: the day its content last changed, the date a posted copy must show. */
  updatedOn: string;
};

export type PublicProcedureChange = { kind: ProcedureEventKind; effectiveOn: string; decidingDocument: string | null; replacedBy: { code: string; name: string } | null };

export type PublicProcedure = PublicProcedureSummary & {
  scope: ProcedureScope;
  status: ProcedureStatus;
  applicants: string | null;
  conditions: string | null;
  steps: { text: string; unitName: string | null; duration: string | null }[];
  dossier: { name: string; copies?: number | null; note?: string | null }[];
  result: string | null;
  legalBasis: string | null;
  legalDocuments: { code: string; summary: string | null; url: string | null }[];
  receivingPlaces: ReceivingPlace[];
  responsibleUnitName: string | null;
  forms: { id: string; name: string; size: number }[];
  /** Newest first. */
  changes: PublicProcedureChange[];
};
