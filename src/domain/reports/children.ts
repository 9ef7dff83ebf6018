import { isWithin } from '../organizations/tree';

type PlacedBody = { id: string; path: string };

/**
 * The bodies a body's reports come from: those under it with no other body between them (a hospital
 * placed under a unit of the department of health still reports to the department). A body further
 * down reports to the body directly above it, whose tổng hợp carries its numbers up.
 */
export function directChildBodies<T extends PlacedBody>(parent: PlacedBody, bodiesUnder: readonly T[]): T[] {
  const below = bodiesUnder.filter((b) => b.id !== parent.id && isWithin(b.path, parent.path));
  return below.filter((b) => !below.some((other) => other.id !== b.id && isWithin(b.path, other.path)));
}
