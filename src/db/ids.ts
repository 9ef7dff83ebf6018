import { v7 } from 'uuid';

/** UUID v7: unique across processes and ordered by creation time, so lists can page by id. */
export function newId(): string {
  return v7();
}

export function nowIso(): string {
  return new Date().toISOString();
}
