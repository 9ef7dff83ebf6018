import { isInForce } from '../plans/lifecycle';

/**
 * Which work an item of a body may be shown as fulfilling: tasks of the body's own plans, or tasks of a
 * plan above it (the department of health's) that the body carries out — those only once that plan is
 * issued, since a draft above is not yet anyone's work.
 */

export type LinkableTask = { id: string; plan_body_id: string; plan_state: string; carrier_body_ids: string[] };
export type LinkableOccurrence = { id: string; plan_body_id: string; plan_state: string; carrier_body_id: string };

export function taskLinkable(bodyId: string, t: LinkableTask): boolean {
  return t.plan_body_id === bodyId || (isInForce(t.plan_state) && t.carrier_body_ids.includes(bodyId));
}

export function occurrenceLinkable(bodyId: string, o: LinkableOccurrence): boolean {
  return o.plan_body_id === bodyId || (isInForce(o.plan_state) && o.carrier_body_id === bodyId);
}

/** The ids asked for that may not be linked (unknown ones included), in the order they were asked. */
export function unlinkableIds<T extends { id: string }>(asked: readonly string[], found: readonly T[], linkable: (row: T) => boolean): string[] {
  return asked.filter((id) => {
    const row = found.find((f) => f.id === id);
    return !row || !linkable(row);
  });
}
