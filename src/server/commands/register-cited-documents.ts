import { recognizeCitations, uniqueCitations } from '../../domain/citations';
import type { Db } from '../../db/database';
import { newId, nowIso } from '../../db/ids';
import { findLegalDocumentsByCodes, insertLegalDocument, legalDocumentSearchText, type LegalDocumentRow } from '../../db/repositories/legal-documents';

/**
 * Adds to the registry every document a text cites that the registry does not hold yet, with the
 * date and issuer the text gives; entries already there are left as their owners wrote them.
 */
export async function registerCitedDocuments(db: Db, text: string, addedBy: string): Promise<number> {
  const cited = uniqueCitations(recognizeCitations(text));
  const known = new Set((await findLegalDocumentsByCodes(db, cited.map((c) => c.code))).map((d) => d.code));
  let added = 0;
  for (const c of cited.filter((c) => !known.has(c.code))) {
    const now = nowIso();
    const row: LegalDocumentRow = { id: newId(), kind: c.kind, code: c.code, issued_on: c.date, issuer: c.issuer, summary: null, url: null, search_folded: '', created_by_org_id: addedBy, created_at: now, updated_at: now };
    row.search_folded = legalDocumentSearchText(row);
    await insertLegalDocument(db, row);
    known.add(c.code);
    added++;
  }
  return added;
}
