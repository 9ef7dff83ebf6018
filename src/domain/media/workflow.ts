import type { MediaState, MediaTransitionTarget } from '../../shared/media-vocabulary';

/**
 * How a person stands towards one item: the one who proposed it (its creator, or a reporter of the
 * department it comes from) or a role they hold in the item's own body. A department of health
 * reads its bodies' items but holds none of these towards them.
 */
export type MediaCapacity = 'proposer' | 'editor' | 'coordinator' | 'director';

type Move = { from: readonly MediaState[]; by: readonly MediaCapacity[] };

/** The editorial workflow of SPEC §2.6 as data: where each move may start and who may make it. */
export const MEDIA_MOVES: Record<MediaTransitionTarget, Move> = {
  submitted: { from: ['draft', 'returned'], by: ['proposer', 'editor', 'coordinator', 'director'] },
  approved: { from: ['submitted'], by: ['editor', 'director'] },
  returned: { from: ['submitted', 'approved'], by: ['editor', 'director'] },
  // Publishing a published item again records it on one more channel.
  published: { from: ['approved', 'unpublished', 'published'], by: ['editor', 'director'] },
  unpublished: { from: ['published'], by: ['editor', 'director'] },
};

/** Who may change the content in which state: a correction to a published item is the editor's or director's. */
export const MEDIA_EDITING: Record<MediaCapacity, readonly MediaState[]> = {
  proposer: ['draft', 'returned'],
  editor: ['draft', 'submitted', 'returned', 'approved', 'published'],
  director: ['draft', 'submitted', 'returned', 'approved', 'published'],
  coordinator: [],
};

export type TransitionRefusal = 'FORBIDDEN' | 'NOT_ALLOWED_IN_STATE' | 'COMMENT_REQUIRED' | 'PUBLICATION_REQUIRED';

export type TransitionRequest = {
  state: MediaState;
  to: MediaTransitionTarget;
  capacities: readonly MediaCapacity[];
  comment?: string | null;
  /** Publishing only: the channel and day it went out, and whether the channel needs a link that is missing. */
  publication?: { channel?: string; publishedAt?: string; linkMissing?: boolean };
};

const holdsAny = (capacities: readonly MediaCapacity[], allowed: readonly MediaCapacity[]) => capacities.some((c) => allowed.includes(c));

/**
 * Whether the move may be made, or why not. Who comes before when: a move the person may never make is
 * refused as forbidden whatever the state, so the answer does not tell an outsider where the item stands.
 */
export function checkTransition(r: TransitionRequest): TransitionRefusal | null {
  const move = MEDIA_MOVES[r.to];
  if (!holdsAny(r.capacities, move.by)) return 'FORBIDDEN';
  if (!move.from.includes(r.state)) return 'NOT_ALLOWED_IN_STATE';
  if (r.to === 'returned' && !r.comment?.trim()) return 'COMMENT_REQUIRED';
  if (r.to === 'published' && (!r.publication?.channel || !r.publication.publishedAt || r.publication.linkMissing)) return 'PUBLICATION_REQUIRED';
  return null;
}

/** The moves open to this person now (what the UI offers; comment and channel are asked for on the way). */
export function openTransitions(state: MediaState, capacities: readonly MediaCapacity[]): MediaTransitionTarget[] {
  return (Object.keys(MEDIA_MOVES) as MediaTransitionTarget[]).filter((to) => MEDIA_MOVES[to].from.includes(state) && holdsAny(capacities, MEDIA_MOVES[to].by));
}

export function canEditMedia(state: MediaState, capacities: readonly MediaCapacity[]): boolean {
  return capacities.some((c) => MEDIA_EDITING[c].includes(state));
}
