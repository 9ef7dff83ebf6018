import { todayInVietnam } from '../../domain/calendar';
import { answerDueOn } from '../../domain/feedback/deadline';
import { maskAddress, maskEmail, maskName, maskPhone } from '../../domain/feedback/personal-data';
import { displayTrackingCode, newTrackingCode } from '../../domain/feedback/tracking-code';
import { newId } from '../../db/ids';
import { feedbackSearchText, findFeedbackSettings, insertFeedback, insertFeedbackEvent, insertFeedbackFile, trackingCodeTaken, type FeedbackItemRow } from '../../db/repositories/feedback';
import { findOrganizationsByIds } from '../../db/repositories/organizations';
import { findProcedure } from '../../db/repositories/procedures';
import type { FeedbackChannel } from '../../shared/feedback-vocabulary';
import { FEEDBACK_CHANNEL_LABELS_VI } from '../../shared/feedback-vocabulary';
import { badRequest } from '../errors';
import type { StoredUpload } from '../files/store-upload';
import { notifyFeedbackStep, queueCitizenMail } from './feedback-notices';
import type { Tx } from './transaction';

/** What a new item holds, from the public form or recorded by staff. */
export type NewFeedback = {
  body: { id: string; path: string };
  channel: FeedbackChannel;
  subject: string;
  content: string;
  procedureId: string | null;
  concernsUnitId: string | null;
  /** Kept only with the citizen's consent (the callers refuse a contact without it). */
  contact: { name: string | null; phone: string | null; email: string | null } | null;
  ip: string | null;
  receivedOn?: string;
  /** Who recorded it; null for the public form. */
  recordedBy: { userId: string; name: string | null } | null;
};

const ATTEMPTS = 5;

/** A code no item holds yet; with 31⁸ codes a second draw is already rare, five in a row means something is wrong. */
async function freshTrackingCode(tx: Tx): Promise<string> {
  for (let i = 0; i < ATTEMPTS; i++) {
    const code = newTrackingCode();
    if (!(await trackingCodeTaken(tx.db, code))) return code;
  }
  throw new Error('no free tracking code after several draws');
}

/** The procedure and department named must be the body's own, or the item would point into another body. */
export async function checkFeedbackTargets(db: Tx['db'], bodyId: string, t: { procedureId: string | null; concernsUnitId: string | null }): Promise<void> {
  if (t.procedureId) {
    const p = await findProcedure(db, t.procedureId);
    if (!p || p.organization_id !== bodyId) throw badRequest('VALIDATION_FAILED', 'Thủ tục không thuộc đơn vị này.', [{ field: 'procedureId', message: 'Không thuộc đơn vị' }]);
  }
  if (t.concernsUnitId) {
    const [unit] = await findOrganizationsByIds(db, [t.concernsUnitId]);
    if (!unit || unit.body_id !== bodyId || unit.id === bodyId || unit.retired_at) throw badRequest('VALIDATION_FAILED', 'Khoa, phòng không thuộc đơn vị này.', [{ field: 'concernsUnitId', message: 'Không thuộc đơn vị' }]);
  }
}

/** The contact as the audit trail and logs may carry it (decision 0026). */
export function maskedContact(c: NewFeedback['contact'], ip: string | null) {
  return {
    name: c?.name ? maskName(c.name) : null,
    phone: c?.phone ? maskPhone(c.phone) : null,
    email: c?.email ? maskEmail(c.email) : null,
    ip: ip ? maskAddress(ip) : null,
  };
}

/**
 * Writes a new item inside the caller's transaction: a fresh tracking code, the due day from the body's
 * working-day setting, the "received" step, the audit entry with the contact masked, the coordinators'
 * notification and, when the citizen left an address, the letter with their code. The caller has
 * checked who may record it and what it points at.
 */
export async function insertNewFeedback(tx: Tx, item: NewFeedback, attachment?: StoredUpload, now = new Date()): Promise<FeedbackItemRow> {
  const at = now.toISOString();
  const receivedOn = item.receivedOn ?? todayInVietnam(now);
  const settings = await findFeedbackSettings(tx.db, item.body.id);
  const code = await freshTrackingCode(tx);
  const contact = item.contact && (item.contact.name || item.contact.phone || item.contact.email) ? item.contact : null;
  const row: FeedbackItemRow = {
    id: newId(),
    organization_id: item.body.id,
    tracking_code: code,
    channel: item.channel,
    subject: item.subject,
    content: item.content,
    procedure_id: item.procedureId,
    concerns_unit_id: item.concernsUnitId,
    state: 'received',
    received_at: at,
    received_on: receivedOn,
    due_on: answerDueOn(receivedOn, settings.answerWorkingDays),
    assigned_unit_id: null,
    assigned_user_id: null,
    answer: null,
    answered_on: null,
    answered_by_name: null,
    answer_published_at: null,
    refusal_reason: null,
    closed_at: null,
    contact_name: contact?.name || null,
    contact_phone: contact?.phone || null,
    contact_email: contact?.email || null,
    contact_ip: item.ip,
    consent_at: contact ? at : null,
    personal_data_erased_at: null,
    reminded_on: null,
    search_folded: feedbackSearchText({ trackingCode: code, subject: item.subject, content: item.content }),
    created_at: at,
    updated_at: at,
  };
  await insertFeedback(tx.db, row);
  if (attachment) {
    await insertFeedbackFile(tx.db, { id: attachment.id, feedback_id: row.id, name: attachment.name, media_type: attachment.mediaType, size: attachment.size, storage_key: attachment.storageKey, sha256: attachment.sha256, created_at: at });
  }
  const channel = FEEDBACK_CHANNEL_LABELS_VI[item.channel];
  await insertFeedbackEvent(tx.db, { id: newId(), feedback_id: row.id, step: 'receive', from_state: null, to_state: 'received', note: channel, actor_id: item.recordedBy?.userId ?? null, actor_name: item.recordedBy?.name ?? null, at });
  await tx.audit({
    organization: item.body,
    action: 'feedback.receive',
    entityType: 'feedback',
    entityId: row.id,
    summary: `Tiếp nhận phản ánh ${displayTrackingCode(code)} (${channel}): ${row.subject}`,
    after: { trackingCode: code, channel: item.channel, subject: row.subject, dueOn: row.due_on, attachment: attachment ? { name: attachment.name, size: attachment.size } : null, contact: maskedContact(contact, item.ip) },
  });
  await notifyFeedbackStep(tx, 'received', item.recordedBy ?? { userId: 'citizen', name: null }, { ...row, assigned_unit_name: null });
  if (row.contact_email) await queueCitizenMail(tx, row.id, 'received', receivedOn, now);
  return row;
}

