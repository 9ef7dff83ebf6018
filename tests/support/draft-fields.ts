import type { PlanDraft } from '../../src/shared/schemas/plan-import';

/**
 * What a draft says, as the person reviewing it reads it: the fields, the codes cited, the section
 * headings and each task's columns. Two drafts read from one plan in two formats must say the same.
 */
export function draftFields(draft: PlanDraft) {
  return {
    issuer: draft.issuer,
    superior: draft.superior,
    number: draft.number,
    symbol: draft.symbol,
    place: draft.place,
    date: draft.date,
    year: draft.year,
    kind: draft.kind,
    title: draft.title,
    bases: draft.bases.length,
    citations: draft.citations.map((citation) => citation.code),
    headings: draft.sections.map((section) => section.heading),
    recipients: draft.recipients,
    signingTitle: draft.signingTitle,
    signerTitle: draft.signerTitle,
    signer: draft.signer,
    tasks: draft.tasks.map((task) => [task.number, task.task, task.lead, task.coordinators.join('; '), task.deadline, task.output]),
  };
}
