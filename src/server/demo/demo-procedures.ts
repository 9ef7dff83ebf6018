import type { PostingPlace, ProcedureEventKind } from '../../shared/procedure-vocabulary';
import type { CreateProcedureInput } from '../../shared/schemas/procedures';
import { BVSN_PROCEDURES } from './demo-procedures-bvsn';
import { SYT_LC_PROCEDURES } from './demo-procedures-syt';

/**
 * The demo's administrative procedures (SPEC §2.7): what Bệnh viện Sản - Nhi and Sở Y tế Lào Cai have on
 * their books on 2026-12-04, with the history of each one and where it was posted.
 *
 * The national documents in `legalBasis` are real. The numbers of the body's and the province's own
 * decisions ("68/QĐ-BVSN", "645/QĐ-UBND") and the national-style codes of provincial procedures are
 * illustrative: they are not documents or codes to look up.
 */
export type DemoProcedureEvent = {
  kind: ProcedureEventKind;
  /** yyyy-mm-dd */
  effectiveOn: string;
  decidingDocument?: string | null;
  /** For "replaced": the code of the procedure of the same body that takes its place, issued that day. */
  replacedByCode?: string | null;
  note?: string | null;
};

export type DemoProcedurePosting = {
  place: PostingPlace;
  /** yyyy-mm-dd, not before the event it follows. */
  postedOn: string;
  /** Index in `events` of the last event before this posting: a posting older than a later amending event makes the procedure stale. */
  afterEvent: number;
  proofUrl?: string | null;
  note?: string | null;
};

export type DemoProcedure = Omit<CreateProcedureInput, 'organizationId' | 'steps' | 'responsibleUnitId' | 'issued'> & {
  /** The demo body's code, e.g. 'BVSN'. */
  body: string;
  /** A unit code of that body, e.g. 'KHTH'. */
  responsibleUnit: string | null;
  steps: { text: string; unit: string | null; duration?: string | null }[];
  /** Dated events in order; the first is 'issued'. */
  events: DemoProcedureEvent[];
  postings: DemoProcedurePosting[];
};

export const DEMO_PROCEDURES: DemoProcedure[] = [...BVSN_PROCEDURES, ...SYT_LC_PROCEDURES];
