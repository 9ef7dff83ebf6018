import { occurrenceLinkable, taskLinkable, unlinkableIds } from '../../domain/media/links';
import type { Actor } from '../../domain/access/actor';
import type { Db } from '../../db/database';
import { occurrencesForLinking, tasksForLinking, type MediaLink } from '../../db/repositories/media-items';
import { findOrganization } from '../../db/repositories/organizations';
import { foldText } from '../../shared/fold';
import { badRequest } from '../errors';
import { richTextWords, sanitizeRichText, toPlainText } from '../html/sanitize-rich-text';

/** Title and summary as text, body through the allow-list: what is stored is already safe to show. */
export function cleanContent(input: { title?: string; summary?: string | null; bodyHtml?: string }) {
  const title = input.title === undefined ? undefined : toPlainText(input.title);
  if (title !== undefined && !title) throw badRequest('TITLE_REQUIRED', 'Tiêu đề tin bài không được để trống.', [{ field: 'title', message: 'Bắt buộc' }]);
  const summary = input.summary === undefined ? undefined : input.summary === null ? null : toPlainText(input.summary) || null;
  const bodyHtml = input.bodyHtml === undefined ? undefined : sanitizeRichText(input.bodyHtml);
  return { title, summary, bodyHtml };
}

export const searchTextOf = (item: { title: string; summary: string | null; body_html: string }) => foldText([item.title, item.summary ?? '', richTextWords(item.body_html)].join(' '));

/**
 * The department an item comes from. A reporter proposes for their own department; the body's editor,
 * coordinator or director may name any department of the body, or none.
 */
export async function resolveUnit(db: Db, actor: Actor, bodyId: string, unitId: string | null | undefined): Promise<string | null> {
  const ownUnits = actor.grants.filter((g) => g.role === 'reporter' && g.bodyId === bodyId).map((g) => g.organizationId);
  const bodyRole = actor.grants.some((g) => g.bodyId === bodyId && ['editor', 'coordinator', 'director'].includes(g.role));
  if (unitId === undefined || unitId === null) return bodyRole ? null : (ownUnits[0] ?? null);
  if (ownUnits.includes(unitId)) return unitId;
  const unit = await findOrganization(db, unitId);
  if (!bodyRole || !unit || unit.body_id !== bodyId || unit.id === bodyId) {
    throw badRequest('UNIT_NOT_ALLOWED', bodyRole ? 'Khoa, phòng đề xuất phải thuộc đơn vị.' : 'Chỉ đề xuất được tin bài của khoa, phòng mình.', [{ field: 'unitId', message: 'Không hợp lệ' }]);
  }
  return unitId;
}

/**
 * The tasks and occurrences an item fulfils, checked against its body: its own plans, or the plans above
 * it that it carries out. An occurrence brings its task along.
 */
export async function resolveLinks(db: Db, bodyId: string, taskIds: readonly string[], occurrenceIds: readonly string[]): Promise<MediaLink[]> {
  const tasks = [...new Set(taskIds)];
  const occurrences = [...new Set(occurrenceIds)];
  const badTasks = unlinkableIds(tasks, await tasksForLinking(db, tasks), (t) => taskLinkable(bodyId, t));
  const foundOccurrences = await occurrencesForLinking(db, occurrences);
  const badOccurrences = unlinkableIds(occurrences, foundOccurrences, (o) => occurrenceLinkable(bodyId, o));
  if (badTasks.length || badOccurrences.length) {
    throw badRequest('LINK_NOT_ALLOWED', 'Chỉ liên kết được với nhiệm vụ, kỳ thực hiện trong kế hoạch của đơn vị hoặc kế hoạch cấp trên mà đơn vị thực hiện.', [
      ...badTasks.map((id) => ({ field: 'taskIds', message: id })),
      ...badOccurrences.map((id) => ({ field: 'occurrenceIds', message: id })),
    ]);
  }
  const viaOccurrence = foundOccurrences.map((o) => ({ task_id: o.task_id, occurrence_id: o.id }));
  const taskOnly = tasks.filter((t) => !viaOccurrence.some((l) => l.task_id === t)).map((t) => ({ task_id: t, occurrence_id: null }));
  return [...taskOnly, ...viaOccurrence];
}
