import type { LatenessInput } from '../calendar';
import { isInForce } from '../plans/lifecycle';

/** A period of work with where it comes from: its plan (body, state), its task, and the body that answers for it. */
export type SourcedOccurrence = LatenessInput & {
  taskId: string;
  planState: string;
  planBodyId: string;
  /** The body of the department (or the body itself) responsible for the period. */
  bodyId: string;
};

/**
 * The one rule of what counts as a body's work, used by every count in the product:
 * - only plans in force (issued or closed);
 * - the periods the body or one of its departments is responsible for — of its own plans and of
 *   the plans above it that assign work to it;
 * - each task once: a task of a plan above that the body's own plan carries out (a task made from
 *   its parent) is counted through the body's own plan, not a second time as the parent's period.
 * Work a department of health assigns to a hospital is the hospital's work; the department follows
 * it through the hospital's row, so across a province every period counts once.
 * `carriedTaskIds` are the parent tasks that this body's own plans in force carry out.
 */
export function countsForBody(o: SourcedOccurrence, bodyId: string, carriedTaskIds: ReadonlySet<string>): boolean {
  if (!isInForce(o.planState) || o.bodyId !== bodyId) return false;
  return o.planBodyId === bodyId || !carriedTaskIds.has(o.taskId);
}

/** The work of each body, by the rule above: every occurrence goes to the body that answers for it, or nowhere. */
export function workByBody<T extends SourcedOccurrence>(items: readonly T[], carriedByBody: ReadonlyMap<string, ReadonlySet<string>>): Map<string, T[]> {
  const none = new Set<string>();
  const byBody = new Map<string, T[]>();
  for (const o of items) {
    if (!countsForBody(o, o.bodyId, carriedByBody.get(o.bodyId) ?? none)) continue;
    const list = byBody.get(o.bodyId);
    if (list) list.push(o);
    else byBody.set(o.bodyId, [o]);
  }
  return byBody;
}
