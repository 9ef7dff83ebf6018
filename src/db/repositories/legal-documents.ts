import type { Selectable } from 'kysely';
import { foldText } from '../../shared/fold';
import type { Db } from '../database';
import { nowIso } from '../ids';
import type { LegalDocumentsTable } from '../schema';

export type LegalDocumentRow = Selectable<LegalDocumentsTable>;

export const legalDocumentSearchText = (d: Pick<LegalDocumentRow, 'code' | 'issuer' | 'summary'>) => foldText([d.code, d.issuer, d.summary].filter(Boolean).join(' '));

export async function insertLegalDocument(db: Db, row: LegalDocumentRow): Promise<void> {
  await db.insertInto('legal_documents').values(row).execute();
}

export async function findLegalDocument(db: Db, id: string): Promise<LegalDocumentRow | undefined> {
  return db.selectFrom('legal_documents').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findLegalDocumentsByCodes(db: Db, codes: string[]): Promise<LegalDocumentRow[]> {
  if (codes.length === 0) return [];
  return db.selectFrom('legal_documents').selectAll().where('code', 'in', codes).execute();
}

export async function listLegalDocuments(db: Db, f: { kind?: string; q?: string; limit: number; cursor?: string }): Promise<LegalDocumentRow[]> {
  let query = db.selectFrom('legal_documents').selectAll();
  if (f.kind) query = query.where('kind', '=', f.kind);
  if (f.q) query = query.where('search_folded', 'like', `%${foldText(f.q)}%`);
  if (f.cursor) query = query.where('id', '<', f.cursor);
  return query.orderBy('id', 'desc').limit(f.limit + 1).execute();
}

export type LegalDocumentChanges = Partial<Pick<LegalDocumentRow, 'kind' | 'code' | 'issued_on' | 'issuer' | 'summary' | 'url'>>;

/**
 * Saves the fields given; a field left undefined keeps its stored value. The folded search text is rebuilt
 * from the whole document after the change, so a summary-only correction still finds it by code and issuer.
 */
export async function updateLegalDocument(db: Db, before: LegalDocumentRow, changes: LegalDocumentChanges): Promise<void> {
  const given = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as LegalDocumentChanges;
  const after = { ...before, ...given };
  await db
    .updateTable('legal_documents')
    .set({ ...given, search_folded: legalDocumentSearchText(after), updated_at: nowIso() })
    .where('id', '=', before.id)
    .execute();
}
