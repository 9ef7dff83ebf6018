import type { AssigneeRef, PlanContent, PlanDetailDto, PlanVersionDocumentDto } from '../../api/types';

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

/** An issued version, for reading as it was signed: the server keeps it in the document's own shape. */
export function modelFromVersion(version: PlanVersionDocumentDto): PlanDocumentModel {
  return {
    bodyId: version.organization.id,
    bodyName: version.organization.name,
    superiorName: version.superiorName,
    numberAndSymbol: version.numberAndSymbol,
    placeName: version.placeName,
    issuedOn: version.issuedOn,
    year: version.year,
    title: version.title,
    signingAuthority: version.signingAuthority,
    signerTitle: version.signerTitle,
    signerName: version.signerName,
    content: version.content,
    tasks: version.tasks.map((task) => ({ ...task, key: task.id })),
  };
}
