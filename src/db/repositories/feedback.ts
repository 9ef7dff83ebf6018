import type { Selectable } from 'kysely';
import { displayTrackingCode } from '../../domain/feedback/tracking-code';
import { DEFAULT_ANSWER_WORKING_DAYS, DEFAULT_RETENTION_MONTHS } from '../../shared/feedback-vocabulary';
import { foldText } from '../../shared/fold';
import type { Db } from '../database';
import { searchTerms } from './public-media';
import type { FeedbackEventsTable, FeedbackFilesTable, FeedbackItemsTable } from '../schema';

/**
 * Citizens' feedback (SPEC §2.8). The contact columns (`contact_*`, `consent_at`) are personal data
 * (decision 0026): every query here names its columns, none of them but `findFeedbackContact` reads
 * those, and only the retention job and the insert write them.
 */

export type FeedbackItemRow = Selectable<FeedbackItemsTable>;
export type FeedbackEventRow = Selectable<FeedbackEventsTable>;
export type FeedbackFileRow = Selectable<FeedbackFilesTable>;

type ContactColumn = 'contact_name' | 'contact_phone' | 'contact_email' | 'contact_ip' | 'consent_at';

/** A feedback item without its contact, with where its body and assigned department sit, for the policies. */
export type FeedbackInContext = Omit<FeedbackItemRow, ContactColumn> & {
  has_contact: boolean;
  org_path: string;
  org_code: string;
  org_name: string;
  assigned_unit_name: string | null;
  assigned_unit_path: string | null;
  assigned_user_name: string | null;
};

export type FeedbackContact = { name: string | null; phone: string | null; email: string | null; ip: string | null; consentAt: string | null };

/** The explicit column list of every read but the contact's own. */
const ITEM_COLUMNS = [
  'f.id',
  'f.organization_id',
  'f.tracking_code',
  'f.channel',
  'f.subject',
  'f.content',
  'f.procedure_id',
  'f.concerns_unit_id',
  'f.state',
  'f.received_at',
  'f.received_on',
  'f.due_on',
  'f.assigned_unit_id',
  'f.assigned_user_id',
  'f.answer',
  'f.answered_on',
  'f.answered_by_name',
  'f.answer_published_at',
  'f.refusal_reason',
  'f.closed_at',
  'f.personal_data_erased_at',
  'f.reminded_on',
  'f.search_folded',
  'f.created_at',
  'f.updated_at',
] as const;

const inContext = (db: Db) =>
  db
    .selectFrom('feedback_items as f')
    .innerJoin('organizations as org', 'org.id', 'f.organization_id')
    .leftJoin('organizations as au', 'au.id', 'f.assigned_unit_id')
    .leftJoin('users as u', 'u.id', 'f.assigned_user_id')
    .select(ITEM_COLUMNS)
    // Whether there is a contact, without reading it: enough for a list's "has contact" mark.
    .select((eb) =>
      eb
        .case()
        .when(eb.or([eb('f.contact_name', 'is not', null), eb('f.contact_phone', 'is not', null), eb('f.contact_email', 'is not', null)]))
        .then(1)
        .else(0)
        .end()
        .as('contact_flag'),
    )
    .select(['org.path as org_path', 'org.code as org_code', 'org.name as org_name', 'au.name as assigned_unit_name', 'au.path as assigned_unit_path', 'u.full_name as assigned_user_name']);

type ContextRow = Omit<FeedbackInContext, 'has_contact'> & { contact_flag: number | string };
const withFlag = ({ contact_flag, ...row }: ContextRow): FeedbackInContext => ({ ...row, has_contact: Number(contact_flag) === 1 });

/** What a search reads of an item: its code (as typed either way) and the citizen's words, never their contact — a search must not find people. */
export const feedbackSearchText = (f: { trackingCode: string; subject: string; content: string }) =>
  foldText([f.trackingCode, displayTrackingCode(f.trackingCode), f.subject, f.content].join(' '));

export async function insertFeedback(db: Db, row: FeedbackItemRow): Promise<void> {
  await db.insertInto('feedback_items').values(row).execute();
}

export async function trackingCodeTaken(db: Db, code: string): Promise<boolean> {
  return (await db.selectFrom('feedback_items').select('id').where('tracking_code', '=', code).executeTakeFirst()) !== undefined;
}

/** The columns a handling step changes; never the contact (the retention job has its own function). */
export type FeedbackChanges = Partial<
  Pick<FeedbackItemRow, 'state' | 'assigned_unit_id' | 'assigned_user_id' | 'answer' | 'answered_on' | 'answered_by_name' | 'answer_published_at' | 'refusal_reason' | 'closed_at' | 'reminded_on' | 'updated_at'>
>;

export async function updateFeedback(db: Db, id: string, changes: FeedbackChanges): Promise<void> {
  await db.updateTable('feedback_items').set(changes).where('id', '=', id).execute();
}

export async function findFeedback(db: Db, id: string): Promise<FeedbackInContext | undefined> {
  const row = await inContext(db).where('f.id', '=', id).executeTakeFirst();
  return row && withFlag(row as ContextRow);
}

export async function findFeedbackByCode(db: Db, organizationId: string, trackingCode: string): Promise<FeedbackInContext | undefined> {
  const row = await inContext(db).where('f.organization_id', '=', organizationId).where('f.tracking_code', '=', trackingCode).executeTakeFirst();
  return row && withFlag(row as ContextRow);
}

/**
 * The one read of a citizen's contact (decision 0026). Only commands that have checked the reader
 * handles the item, or is its body's coordinator or director, and the citizen's own e-mail job call it.
 */
export async function findFeedbackContact(db: Db, id: string): Promise<FeedbackContact | undefined> {
  const row = await db
    .selectFrom('feedback_items')
    .select(['contact_name', 'contact_phone', 'contact_email', 'contact_ip', 'consent_at'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row && { name: row.contact_name, phone: row.contact_phone, email: row.contact_email, ip: row.contact_ip, consentAt: row.consent_at };
}

export type FeedbackFilter = {
  organizationId: string;
  /** Only items assigned under these department paths (a reporter's reach); every item of the body when left out. */
  assignedWithin?: readonly string[];
  state?: string;
  overdueOn?: string;
  assignedUnitId?: string;
  year?: number;
  q?: string;
};

function filtered(db: Db, f: FeedbackFilter) {
  let query = inContext(db).where('f.organization_id', '=', f.organizationId);
  if (f.assignedWithin) {
    const roots = f.assignedWithin;
    if (roots.length === 0) return null;
    query = query.where((eb) => eb.or(roots.map((root) => eb('au.path', 'like', `${root}%`))));
  }
  if (f.assignedUnitId) query = query.where('f.assigned_unit_id', '=', f.assignedUnitId);
  if (f.year) query = query.where('f.received_on', '>=', `${f.year}-01-01`).where('f.received_on', '<=', `${f.year}-12-31`);
  // Every word, folded: "phong kham" finds "Phòng khám".
  for (const term of searchTerms(f.q)) query = query.where('f.search_folded', 'like', `%${term}%`);
  return query;
}

/** One page of a body's feedback, newest first (ids are time-ordered), one past the limit. */
export async function listFeedback(db: Db, f: FeedbackFilter & { cursor?: string; limit: number }): Promise<FeedbackInContext[]> {
  let query = filtered(db, f);
  if (!query) return [];
  if (f.state) query = query.where('f.state', '=', f.state);
  if (f.overdueOn) query = query.where('f.state', 'in', ['received', 'assigned']).where('f.due_on', '<', f.overdueOn);
  if (f.cursor) query = query.where('f.id', '<', f.cursor);
  const rows = await query.orderBy('f.id', 'desc').limit(f.limit + 1).execute();
  return rows.map((r) => withFlag(r as ContextRow));
}

/** What counting reads of each item matching a list's filters (state and overdue aside). */
export async function listCountedFeedback(db: Db, f: FeedbackFilter): Promise<{ state: string; due_on: string; answered_on: string | null }[]> {
  const query = filtered(db, f);
  if (!query) return [];
  return query.clearSelect().select(['f.state', 'f.due_on', 'f.answered_on']).execute();
}

/** What counting reads of each item some bodies received in a period, with its body. */
export async function listFeedbackReceivedIn(db: Db, organizationIds: readonly string[], period: { from: string; to: string }) {
  if (organizationIds.length === 0) return [];
  return db
    .selectFrom('feedback_items')
    .select(['organization_id', 'state', 'due_on', 'answered_on'])
    .where('organization_id', 'in', [...organizationIds])
    .where('received_on', '>=', period.from)
    .where('received_on', '<=', period.to)
    .execute();
}

export type FeedbackSettings = { answerWorkingDays: number; retentionMonths: number };

export async function findFeedbackSettings(db: Db, organizationId: string): Promise<FeedbackSettings> {
  const row = await db.selectFrom('feedback_settings').select(['answer_working_days', 'retention_months']).where('organization_id', '=', organizationId).executeTakeFirst();
  return { answerWorkingDays: row?.answer_working_days ?? DEFAULT_ANSWER_WORKING_DAYS, retentionMonths: row?.retention_months ?? DEFAULT_RETENTION_MONTHS };
}

export async function upsertFeedbackSettings(db: Db, organizationId: string, settings: FeedbackSettings, by: { userId: string; at: string }): Promise<void> {
  const values = { answer_working_days: settings.answerWorkingDays, retention_months: settings.retentionMonths, updated_by: by.userId, updated_at: by.at };
  await db
    .insertInto('feedback_settings')
    .values({ organization_id: organizationId, ...values })
    .onConflict((oc) => oc.column('organization_id').doUpdateSet(values))
    .execute();
}

/** Every body's own retention, for the bodies that set one (the others keep the default). */
export async function listRetentionSettings(db: Db): Promise<Map<string, number>> {
  const rows = await db.selectFrom('feedback_settings').select(['organization_id', 'retention_months']).execute();
  return new Map(rows.map((r) => [r.organization_id, r.retention_months]));
}

export async function insertFeedbackEvent(db: Db, row: FeedbackEventRow): Promise<void> {
  await db.insertInto('feedback_events').values(row).execute();
}

export async function eventsOfFeedback(db: Db, feedbackId: string): Promise<FeedbackEventRow[]> {
  return db.selectFrom('feedback_events').selectAll().where('feedback_id', '=', feedbackId).orderBy('at').orderBy('id').execute();
}

export async function insertFeedbackFile(db: Db, row: FeedbackFileRow): Promise<void> {
  await db.insertInto('feedback_files').values(row).execute();
}

export async function filesOfFeedback(db: Db, feedbackId: string): Promise<FeedbackFileRow[]> {
  return db.selectFrom('feedback_files').selectAll().where('feedback_id', '=', feedbackId).orderBy('created_at').execute();
}

export async function findFeedbackFile(db: Db, feedbackId: string, fileId: string): Promise<FeedbackFileRow | undefined> {
  return db.selectFrom('feedback_files').selectAll().where('feedback_id', '=', feedbackId).where('id', '=', fileId).executeTakeFirst();
}

/** Items settled before `closedBefore` whose personal data is still kept, with their body. */
export async function listErasableFeedback(db: Db, closedBefore: string): Promise<{ id: string; organization_id: string; closed_at: string }[]> {
  const rows = await db
    .selectFrom('feedback_items')
    .select(['id', 'organization_id', 'closed_at'])
    .where('state', 'in', ['closed', 'refused'])
    .where('closed_at', 'is not', null)
    .where('closed_at', '<', closedBefore)
    .where('personal_data_erased_at', 'is', null)
    .execute();
  return rows.map((r) => ({ id: r.id, organization_id: r.organization_id, closed_at: r.closed_at! }));
}

/** Blanks the contact and consent of items and says when; their attachments go with `deleteFeedbackFiles`. */
export async function eraseFeedbackContacts(db: Db, ids: readonly string[], at: string): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('feedback_items')
    .set({ contact_name: null, contact_phone: null, contact_email: null, contact_ip: null, consent_at: null, personal_data_erased_at: at, updated_at: at })
    .where('id', 'in', [...ids])
    .execute();
}

/** Removes the file rows of items and answers them, so the caller deletes their bytes once committed. */
export async function deleteFeedbackFiles(db: Db, feedbackIds: readonly string[]): Promise<FeedbackFileRow[]> {
  if (feedbackIds.length === 0) return [];
  const files = await db.selectFrom('feedback_files').selectAll().where('feedback_id', 'in', [...feedbackIds]).execute();
  if (files.length > 0) await db.deleteFrom('feedback_files').where('feedback_id', 'in', [...feedbackIds]).execute();
  return files;
}

/** Open items of every body due by `dueBy` and not yet reminded on `today`, for the daily scan. */
export async function listFeedbackToRemind(db: Db, f: { dueBy: string; today: string }) {
  return db
    .selectFrom('feedback_items as f')
    .select(['f.id', 'f.organization_id', 'f.tracking_code', 'f.subject', 'f.due_on', 'f.assigned_unit_id', 'f.assigned_user_id'])
    .where('f.state', 'in', ['received', 'assigned'])
    .where('f.due_on', '<=', f.dueBy)
    .where((eb) => eb.or([eb('f.reminded_on', 'is', null), eb('f.reminded_on', '<', f.today)]))
    .orderBy('f.due_on')
    .execute();
}

export async function markFeedbackReminded(db: Db, ids: readonly string[], today: string): Promise<void> {
  if (ids.length > 0) await db.updateTable('feedback_items').set({ reminded_on: today }).where('id', 'in', [...ids]).execute();
}

/** Whether an active account holds a role in the department (or a unit under it): the person an item may be assigned to. */
export async function worksIn(db: Db, userId: string, unitPath: string): Promise<{ full_name: string } | undefined> {
  return db
    .selectFrom('user_roles as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .innerJoin('organizations as o', 'o.id', 'r.organization_id')
    .select('u.full_name')
    .where('u.id', '=', userId)
    .where('u.disabled_at', 'is', null)
    .where('o.path', 'like', `${unitPath}%`)
    .executeTakeFirst();
}
