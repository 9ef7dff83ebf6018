import { previewBulkUpdate, type BulkPreview, type CurrentOccurrence } from '../../domain/occurrences/bulk-update';
import type { OccurrenceStatus } from '../../domain/calendar';
import { findOccurrenceInContext } from '../../db/repositories/occurrences';
import { readOccurrenceWorkbook } from '../../documents/xlsx/occurrence-workbook';
import type { ApplyBulkUpdate } from '../../shared/schemas/occurrence-workbook';
import { AppError, badRequest, conflict } from '../errors';
import { can } from '../policies';
import { canUpdateOccurrence, coordinatorResolver } from './occurrence-access';
import { refusedAsHttp } from './workbook-refusal';
import { inTransaction, type CommandContext } from './transaction';
import { updateOccurrenceWorkIn } from './update-occurrence';

/** What saving an uploaded workbook would change, and which rows cannot be saved and why. Saves nothing. */
export async function previewOccurrenceWorkbook(ctx: CommandContext, bytes: Buffer): Promise<BulkPreview> {
  const read = await refusedAsHttp(readOccurrenceWorkbook(bytes));
  const current = await currentOccurrences(ctx, [...new Set(read.rows.map((r) => r.occurrenceId))]);
  return previewBulkUpdate(current, read.rows, read.problems);
}

/** Occurrences the caller may read; another body's ids stay unknown, as they do everywhere else. */
async function currentOccurrences(ctx: CommandContext, ids: string[]): Promise<CurrentOccurrence[]> {
  const coordinating = coordinatorResolver(ctx.db);
  const found: CurrentOccurrence[] = [];
  for (const id of ids) {
    const o = await findOccurrenceInContext(ctx.db, id);
    if (!o || !can(ctx.actor, 'plan.read', { id: o.organization_id, path: o.org_path, bodyId: o.org_body_id })) continue;
    found.push({
      id: o.id,
      taskTitle: o.task_title,
      status: o.status as OccurrenceStatus,
      progress: o.progress,
      note: o.note,
      detached: !!o.detached_at,
      updatable: canUpdateOccurrence(ctx.actor, o, await coordinating(o)),
      updatedAt: o.updated_at,
    });
  }
  return found;
}

type Refusal = { row: number | null; occurrenceId: string; code: string; message: string };

/**
 * Saves the changes a person confirmed after the preview: each through the single-occurrence update
 * (its rules, history event and audit entry), all in one transaction. One refused change saves none;
 * one changed by someone else since the preview makes the whole preview stale (409).
 */
export async function applyBulkUpdate(ctx: CommandContext, { changes }: ApplyBulkUpdate): Promise<{ saved: number }> {
  const ids = changes.map((c) => c.occurrenceId);
  const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (repeated.length) {
    throw badRequest('DUPLICATE_CHANGE', 'Một kỳ thực hiện chỉ được có một thay đổi trong mỗi lần lưu.', [...new Set(repeated)].map((occurrenceId) => ({ occurrenceId })));
  }
  return inTransaction(ctx, async (tx) => {
    const refused: Refusal[] = [];
    for (const { occurrenceId, updatedAt, row, ...work } of changes) {
      try {
        await updateOccurrenceWorkIn(tx, ctx, occurrenceId, work, updatedAt);
      } catch (error) {
        // Every refusal is raised before its occurrence is written, so the transaction stays usable.
        if (!(error instanceof AppError)) throw error;
        refused.push({ row: row ?? null, occurrenceId, code: error.code, message: error.message });
      }
    }
    if (refused.some((r) => r.code === 'OCCURRENCE_CHANGED')) {
      throw conflict('OCCURRENCE_CHANGED', 'Có kỳ thực hiện vừa được cập nhật sau khi bạn xem trước; chưa lưu thay đổi nào. Hãy tải lại tệp lên để xem trước lần nữa.', refused);
    }
    if (refused.length) throw badRequest('BULK_UPDATE_REFUSED', `${refused.length} thay đổi không lưu được nên chưa lưu thay đổi nào; hãy sửa các dòng này rồi thử lại.`, refused);
    return { saved: changes.length };
  });
}
