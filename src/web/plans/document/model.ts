import type { AssigneeRef, PlanContent, PlanDetailDto } from '../../api/types';
import { formatNumberAndSymbol } from './documentText';

export type DocumentTask = {
  key: string;
  number: string;
  title: string;
  lead: AssigneeRef | null;
  coordinators: AssigneeRef[];
  deadlineText: string;
  outputText: string | null;
  note: string | null;
};

/** What the document view prints: the plan as it is now, or one of its issued versions. */
export type PlanDocumentModel = {
  bodyId: string;
  bodyName: string;
  /** Line above the body in the heading; from the plan, since a reader below may not see the body. */
  superiorName: string | null;
  numberAndSymbol: string;
  placeName: string | null;
  issuedOn: string | null;
  year: number;
  title: string;
  signingAuthority: string | null;
  signerTitle: string | null;
  signerName: string | null;
  content: PlanContent;
  tasks: DocumentTask[];
};

export function modelFromPlan(plan: PlanDetailDto): PlanDocumentModel {
  return {
    bodyId: plan.organization.id,
    bodyName: plan.organization.name,
    superiorName: plan.superiorName,
    numberAndSymbol: plan.numberAndSymbol,
    placeName: plan.placeName,
    issuedOn: plan.issuedOn,
    year: plan.year,
    title: plan.title,
    signingAuthority: plan.signingAuthority,
    signerTitle: plan.signerTitle,
    signerName: plan.signerName,
    content: plan.content,
    tasks: plan.tasks.map((task) => ({ ...task, key: task.id })),
  };
}

/** A version is kept as the stored rows (snake_case, assignees as JSON text). */
type SnapshotTask = {
  id: string;
  number: string;
  title: string;
  lead_json: string | null;
  coordinators_json: string;
  deadline_text: string;
  output_text: string | null;
  note: string | null;
};
type Snapshot = {
  number: number | null;
  symbol: string;
  place_name: string | null;
  issued_on: string | null;
  year: number;
  title: string;
  signing_authority: string | null;
  signer_title: string | null;
  signer_name: string | null;
  content: PlanContent;
  tasks: SnapshotTask[];
};

/** An issued version, for reading as it was signed; the body is the plan's, which never changes. */
export function modelFromSnapshot(snapshot: unknown, plan: Pick<PlanDetailDto, 'organization' | 'superiorName'>): PlanDocumentModel {
  const s = snapshot as Snapshot;
  return {
    bodyId: plan.organization.id,
    bodyName: plan.organization.name,
    superiorName: plan.superiorName,
    numberAndSymbol: formatNumberAndSymbol(s.number, s.symbol),
    placeName: s.place_name,
    issuedOn: s.issued_on,
    year: s.year,
    title: s.title,
    signingAuthority: s.signing_authority,
    signerTitle: s.signer_title,
    signerName: s.signer_name,
    content: s.content,
    tasks: (s.tasks ?? []).map((task) => ({
      key: task.id,
      number: task.number,
      title: task.title,
      lead: task.lead_json ? (JSON.parse(task.lead_json) as AssigneeRef) : null,
      coordinators: JSON.parse(task.coordinators_json) as AssigneeRef[],
      deadlineText: task.deadline_text,
      outputText: task.output_text,
      note: task.note,
    })),
  };
}
