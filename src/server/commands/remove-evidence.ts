import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { OccurrenceStatus } from '../../domain/calendar';
import { UPDATE_PROBLEM_MESSAGES } from '../../domain/occurrences/update-messages';
import { unitUpdateProblem } from '../../domain/occurrences/updates';
import { deleteEvidence, findEvidence } from '../../db/repositories/evidence';
import { findOccurrenceInContext } from '../../db/repositories/occurrences';
import { conflict, forbidden, notFound } from '../errors';
import { can } from '../policies';
import { canUpdateOccurrence, coordinatingOrganizations } from './occurrence-access';
import { inTransaction, type CommandContext } from './transaction';

export const evidenceNotFound = () => notFound('EVIDENCE_NOT_FOUND', 'Không tìm thấy tài liệu kiểm chứng.');

/**
 * Takes a file or link off an occurrence, for those who may record its work, until the work is
 * accepted: what the coordinator accepted stays as it was. The stored bytes go once the removal is
 * committed, so a failed removal leaves the record and its file together.
 */
export async function removeEvidence(ctx: CommandContext, filesDir: string, evidenceId: string): Promise<void> {
  const removed = await inTransaction(ctx, async (tx) => {
    const evidence = await findEvidence(tx.db, evidenceId);
    const o = evidence && (await findOccurrenceInContext(tx.db, evidence.occurrence_id));
    if (!evidence || !o || !can(ctx.actor, 'plan.read', { id: o.organization_id, path: o.org_path, bodyId: o.org_body_id })) throw evidenceNotFound();
    if (!canUpdateOccurrence(ctx.actor, o, await coordinatingOrganizations(tx.db, o))) throw forbidden('Chỉ khoa, phòng chủ trì hoặc phối hợp mới gỡ được tài liệu kiểm chứng.');
    const locked = unitUpdateProblem({ status: o.status as OccurrenceStatus, detached: !!o.detached_at }, undefined);
    if (locked) throw conflict(locked, UPDATE_PROBLEM_MESSAGES[locked]);
    await deleteEvidence(tx.db, evidence.id);
    await tx.audit({
      organization: { id: o.organization_id, path: o.org_path },
      action: 'evidence.remove',
      entityType: 'occurrence',
      entityId: o.id,
      summary: `Gỡ ${evidence.kind === 'file' ? 'tài liệu' : 'liên kết'} kiểm chứng "${evidence.name}" của "${o.task_title.slice(0, 80)}"`,
      before: { name: evidence.name, size: evidence.size, url: evidence.url },
    });
    return evidence;
  });
  if (removed.storage_key) await rm(join(filesDir, removed.storage_key), { force: true });
}
