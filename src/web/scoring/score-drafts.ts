import type { AssessmentCriterionDto } from '../api/types';
import { sumPoints } from './criteria-model';

/**
 * What the person has typed on the assessment page but not saved yet (issue 16): the body's points and note
 * per criterion, or the review team's points and reason. Only what differs from the saved scores is sent.
 */

export type Leaf = Pick<AssessmentCriterionDto, 'code' | 'maxPoints' | 'selfPoints' | 'selfNote' | 'reviewPoints' | 'reviewReason'>;
export type SelfDraft = { points: number | null; note: string };
export type ReviewDraft = { points: number | null; reason: string };
export type Drafts<T> = Readonly<Record<string, T>>;

export const savedSelf = (leaf: Leaf): SelfDraft => ({ points: leaf.selfPoints, note: leaf.selfNote ?? '' });
export const savedReview = (leaf: Leaf): ReviewDraft => ({ points: leaf.reviewPoints, reason: leaf.reviewReason ?? '' });

export const selfOf = (leaf: Leaf, drafts: Drafts<SelfDraft>): SelfDraft => drafts[leaf.code] ?? savedSelf(leaf);
export const reviewOf = (leaf: Leaf, drafts: Drafts<ReviewDraft>): ReviewDraft => drafts[leaf.code] ?? savedReview(leaf);

/** The body's scores to send: each criterion whose points or note differ from what is saved. */
export function selfChanges(leaves: readonly Leaf[], drafts: Drafts<SelfDraft>): { code: string; points: number | null; note: string | null }[] {
  return leaves.flatMap((leaf) => {
    const draft = drafts[leaf.code];
    if (!draft || (draft.points === leaf.selfPoints && draft.note.trim() === (leaf.selfNote ?? ''))) return [];
    return [{ code: leaf.code, points: draft.points, note: draft.note.trim() || null }];
  });
}

/** A review score differs from the body's own: it then needs the reason the body will read. */
export const needsReason = (leaf: Leaf, draft: ReviewDraft) => draft.points !== null && draft.points !== leaf.selfPoints;

/** The review scores to send: each criterion given points that differ from what is saved (an empty box is not a score). */
export function reviewChanges(leaves: readonly Leaf[], drafts: Drafts<ReviewDraft>): { code: string; points: number; reason: string | null }[] {
  return leaves.flatMap((leaf) => {
    const draft = drafts[leaf.code];
    if (!draft || draft.points === null || (draft.points === leaf.reviewPoints && draft.reason.trim() === (leaf.reviewReason ?? ''))) return [];
    return [{ code: leaf.code, points: draft.points, reason: needsReason(leaf, draft) ? draft.reason.trim() || null : null }];
  });
}

/** Criteria whose changed review score has no reason yet: saving waits until each has one. */
export const reasonsMissing = (leaves: readonly Leaf[], drafts: Drafts<ReviewDraft>) =>
  leaves.filter((leaf) => {
    const draft = drafts[leaf.code];
    return draft !== undefined && needsReason(leaf, draft) && !draft.reason.trim();
  }).map((leaf) => leaf.code);

/** The body's total as the boxes now read, saved or not. */
export const selfTotal = (leaves: readonly Leaf[], drafts: Drafts<SelfDraft>) => sumPoints(leaves.map((leaf) => selfOf(leaf, drafts).points));

/** Criteria the body has not scored yet, counting what it has typed. */
export const unscored = (leaves: readonly Leaf[], drafts: Drafts<SelfDraft>) => leaves.filter((leaf) => selfOf(leaf, drafts).points === null).map((leaf) => leaf.code);

/** The criteria the review team has not looked at yet, each accepted as the body scored it. */
export function acceptRest(leaves: readonly Leaf[], drafts: Drafts<ReviewDraft>): Record<string, ReviewDraft> {
  const next: Record<string, ReviewDraft> = { ...drafts };
  for (const leaf of leaves) {
    if (leaf.reviewPoints === null && !drafts[leaf.code] && leaf.selfPoints !== null) next[leaf.code] = { points: leaf.selfPoints, reason: '' };
  }
  return next;
}
