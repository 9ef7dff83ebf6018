import type { Actor } from '../../domain/access/actor';
import { canEditMedia, openTransitions, type MediaCapacity } from '../../domain/media/workflow';
import type { Db } from '../../db/database';
import { findMediaItem, type MediaItemInContext } from '../../db/repositories/media-items';
import type { MediaState, MediaTransitionTarget } from '../../shared/media-vocabulary';
import { notFound } from '../errors';
import { authorize, can, type Action } from '../policies';

export const mediaItemNotFound = () => notFound('MEDIA_ITEM_NOT_FOUND', 'Không tìm thấy tin bài.');

export const placeOfItem = (item: MediaItemInContext) => ({ id: item.organization_id, path: item.org_path, bodyId: item.org_body_id });

/** The policy action behind each move: the roles of rules.ts must allow it before the workflow is asked. */
export const ACTION_FOR_MOVE: Record<MediaTransitionTarget, Action> = {
  submitted: 'media.propose',
  approved: 'media.approve',
  returned: 'media.return',
  published: 'media.publish',
  unpublished: 'media.publish',
};

/** Loads an item the actor may read; one they may not read is answered as not existing. */
export async function loadReadableItem(db: Db, actor: Actor, id: string): Promise<MediaItemInContext> {
  const item = await findMediaItem(db, id);
  if (!item) throw mediaItemNotFound();
  authorize(actor, 'media.read', placeOfItem(item), mediaItemNotFound());
  return item;
}

/**
 * How the actor stands towards the item: roles held in its own body (a department of health holds
 * none towards its hospitals' items), and "proposer" for its creator or a reporter of its department.
 */
export function mediaCapacities(actor: Actor, item: Pick<MediaItemInContext, 'organization_id' | 'org_path' | 'org_body_id' | 'unit_id' | 'created_by'>): MediaCapacity[] {
  const place = { id: item.organization_id, path: item.org_path, bodyId: item.org_body_id };
  const inBody = actor.grants.filter((g) => g.bodyId === item.organization_id);
  const capacities = (['editor', 'coordinator', 'director'] as const).filter((role) => inBody.some((g) => g.role === role));
  const proposer = (item.created_by === actor.userId && can(actor, 'media.propose', place)) || inBody.some((g) => g.role === 'reporter' && g.organizationId === item.unit_id);
  return proposer ? ['proposer', ...capacities] : capacities;
}

/** What the actor may do with the item now: shown on it so the UI offers only that; the server still decides. */
export function mediaAbilities(actor: Actor, item: MediaItemInContext) {
  const capacities = mediaCapacities(actor, item);
  const place = placeOfItem(item);
  const state = item.state as MediaState;
  return {
    edit: can(actor, 'media.edit', place) && canEditMedia(state, capacities),
    transitions: openTransitions(state, capacities).filter((to) => can(actor, ACTION_FOR_MOVE[to], place)),
  };
}
