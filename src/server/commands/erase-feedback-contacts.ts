import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { retentionCutoff } from '../../domain/feedback/retention';
import type { Db } from '../../db/database';
import { deleteFeedbackFiles, eraseFeedbackContacts, listErasableFeedback, listRetentionSettings } from '../../db/repositories/feedback';
import { findOrganizationsByIds } from '../../db/repositories/organizations';
import { DEFAULT_RETENTION_MONTHS } from '../../shared/feedback-vocabulary';
import { unsafeSystemActor } from '../policies';
import { inTransaction } from './transaction';

export type ErasureOutcome = { bodies: number; items: number; files: number };

/**
 * Erases what a citizen left with their feedback once its purpose is served (decision 0026): the contact,
 * consent and sender's address of items closed or refused more than their body's retention ago, and
 * their attachments, row and bytes. Each body's erasure is one transaction with one audit entry that
 * counts, never names; the bytes go once it has committed.
 */
export async function eraseExpiredFeedbackContacts(db: Db, filesDir: string, now: Date): Promise<ErasureOutcome> {
  const [months, settled] = await Promise.all([listRetentionSettings(db), listErasableFeedback(db, now.toISOString())]);
  const byBody = new Map<string, string[]>();
  for (const item of settled) {
    if (item.closed_at >= retentionCutoff(now, months.get(item.organization_id) ?? DEFAULT_RETENTION_MONTHS)) continue;
    byBody.set(item.organization_id, [...(byBody.get(item.organization_id) ?? []), item.id]);
  }
  const bodies = await findOrganizationsByIds(db, [...byBody.keys()]);
  const outcome: ErasureOutcome = { bodies: 0, items: 0, files: 0 };
  const at = now.toISOString();
  for (const body of bodies) {
    const ids = byBody.get(body.id)!;
    const retention = months.get(body.id) ?? DEFAULT_RETENTION_MONTHS;
    const ctx = { db, actor: unsafeSystemActor, audit: { actor: null, requestId: null, ip: null } };
    const files = await inTransaction(ctx, async (tx) => {
      await eraseFeedbackContacts(tx.db, ids, at);
      const removed = await deleteFeedbackFiles(tx.db, ids);
      await tx.audit({
        organization: { id: body.id, path: body.path },
        action: 'feedback.erase_personal_data',
        entityType: 'organization',
        entityId: body.id,
        summary: `Xoá thông tin cá nhân của ${ids.length} phản ánh đã kết thúc quá ${retention} tháng (${removed.length} tệp đính kèm)`,
        after: { items: ids.length, files: removed.length, retentionMonths: retention },
      });
      return removed;
    });
    await Promise.all(files.map((f) => rm(join(filesDir, f.storage_key), { force: true })));
    outcome.bodies++;
    outcome.items += ids.length;
    outcome.files += files.length;
  }
  return outcome;
}
