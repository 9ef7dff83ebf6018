import type { Migration } from 'kysely';
import * as foundation from './0001-foundation';
import * as legalDocuments from './0002-legal-documents';

/**
 * Every migration, in order. Listed by hand rather than read from the folder so that the set is
 * the same whether the code runs under tsx, Vitest or a bundle.
 */
export const migrations: Record<string, Migration> = {
  '0001-foundation': foundation,
  '0002-legal-documents': legalDocuments,
};

export const LATEST_MIGRATION = Object.keys(migrations).at(-1)!;
