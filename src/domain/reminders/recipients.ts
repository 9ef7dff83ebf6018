/**
 * Who is told about a piece of work: the reporters of the department responsible for it. Late work
 * also goes to the coordinators of that department's body, who chase it; so does work the body
 * does itself, since no department stands between it and them.
 */
import type { DueItem } from './due-items';

/** User ids by organisation: reporters by the department they report for, coordinators by their body. */
export type Directory = {
  reporters: ReadonlyMap<string, readonly string[]>;
  coordinators: ReadonlyMap<string, readonly string[]>;
};

export function recipientsOf(item: Pick<DueItem, 'organizationId' | 'bodyId' | 'reason'>, directory: Directory): string[] {
  const users = [...(directory.reporters.get(item.organizationId) ?? [])];
  const bodyItself = item.organizationId === item.bodyId;
  if (item.reason === 'overdue' || bodyItself) users.push(...(directory.coordinators.get(item.bodyId) ?? []));
  return [...new Set(users)];
}
