import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Db } from '../../src/db/database';
import { newId, nowIso } from '../../src/db/ids';

/** What the public-page tests add around the items of media-fixtures.ts: files on disk and selected good practices. */

/** A file of an item, on disk where the server keeps files (DATA_DIR/files). */
export async function insertFile(db: Db, dataDir: string, itemId: string, file: { kind: 'image' | 'attachment'; name: string; mediaType: string; bytes: Buffer }): Promise<string> {
  const id = newId();
  const storageKey = `media/${itemId}/${id}`;
  const path = join(dataDir, 'files', storageKey);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, file.bytes);
  await db.insertInto('media_files').values({ id, item_id: itemId, kind: file.kind, name: file.name, media_type: file.mediaType, size: file.bytes.length, storage_key: storageKey, created_by: null, created_at: nowIso() }).execute();
  return id;
}

/** A good practice a body sent to its department of health for the month, selected there or not (yet). */
export async function sendGoodPractice(db: Db, s: { itemId: string; month: string; selected: boolean }): Promise<void> {
  const item = await db.selectFrom('media_items as m').innerJoin('organizations as o', 'o.id', 'm.organization_id').select(['m.organization_id', 'o.parent_id']).where('m.id', '=', s.itemId).executeTakeFirstOrThrow();
  await db
    .insertInto('good_practice_submissions')
    .values({ id: newId(), item_id: s.itemId, organization_id: item.organization_id, parent_id: item.parent_id!, month: s.month, submitted_at: nowIso(), submitted_by: null, selected_at: s.selected ? nowIso() : null, selected_by: null })
    .execute();
}

/** A 1×1 PNG: enough for a browser to draw and for a content-type check. */
export const TINY_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
