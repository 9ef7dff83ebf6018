import { addWorkingDays } from '../../../domain/calendar';
import { addDays, type IsoDate } from '../../../domain/calendar/iso-day';
import { answerDueOn } from '../../../domain/feedback/deadline';
import { TRACKING_ALPHABET, TRACKING_CODE_LENGTH } from '../../../domain/feedback/tracking-code';
import type { Insertable } from 'kysely';
import type { Db } from '../../../db/database';
import type { FeedbackEventsTable, FeedbackItemsTable } from '../../../db/schema';
import { newId } from '../../../db/ids';
import { feedbackSearchText } from '../../../db/repositories/feedback';
import { DEFAULT_ANSWER_WORKING_DAYS, type FeedbackState } from '../../../shared/feedback-vocabulary';
import { DEMO_FEEDBACK, type DemoFeedback } from './demo-feedback';
import { unitInterval } from './outcomes';

export type Person = { id: string; name: string };

/** A tracking code drawn from the item's key: the same demo gives the same codes on every machine. */
function demoTrackingCode(key: string): string {
  // A linear congruential step per character from the key's hash: varied letters, always the same ones.
  let x = Math.floor(unitInterval(key) * 0x1_0000_0000);
  let code = '';
  while (code.length < TRACKING_CODE_LENGTH) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    code += TRACKING_ALPHABET[(x >>> 16) % TRACKING_ALPHABET.length];
  }
  return code;
}

const at = (day: IsoDate, hour: number) => `${day}T${String(hour).padStart(2, '0')}:15:00.000Z`;
const notAfter = (day: IsoDate, limit: IsoDate) => (day > limit ? limit : day);

async function personOf(db: Db, organizationId: string, role: string): Promise<Person | undefined> {
  const row = await db
    .selectFrom('user_roles as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .select(['u.id', 'u.full_name'])
    .where('r.organization_id', '=', organizationId)
    .where('r.role', '=', role)
    .orderBy('u.username')
    .executeTakeFirst();
  return row ? { id: row.id, name: row.full_name } : undefined;
}

/**
 * Writes each demo body's feedback as it went up to today: received, assigned to the department the
 * next working day, answered (on time or late), published or not, closed a few working days later, or
 * refused. Written as history with each step's day, like the work history, not through today's commands.
 */
export async function writeFeedbackHistory(db: Db, today: IsoDate): Promise<void> {
  for (const [bodyCode, items] of Object.entries(DEMO_FEEDBACK)) {
    const body = await db.selectFrom('organizations').select(['id']).where('code_scope', '=', '*').where('code', '=', bodyCode).executeTakeFirst();
    if (!body) continue;
    const coordinator = await personOf(db, body.id, 'coordinator');
    for (const [index, item] of items.entries()) await writeItem(db, body.id, `${bodyCode}|${index}`, item, today, coordinator);
  }
}

async function writeItem(db: Db, bodyId: string, key: string, item: DemoFeedback, today: IsoDate, coordinator: Person | undefined): Promise<void> {
  const unit = await db.selectFrom('organizations').select(['id']).where('code_scope', '=', bodyId).where('code', '=', item.unit).executeTakeFirst();
  const handler = unit ? await personOf(db, unit.id, 'reporter') : undefined;
  const rows = feedbackHistoryRows({ bodyId, key, item, today, unitId: unit?.id ?? null, handler, coordinator });
  await db.insertInto('feedback_items').values(rows.item).execute();
  await db.insertInto('feedback_events').values(rows.events).execute();
}

/**
 * The rows of one item of feedback as it went up to today (the item and its steps), for the demo and
 * the dataset generator: the same lifecycle, days and deadlines in both.
 */
export function feedbackHistoryRows(f: { bodyId: string; key: string; trackingCode?: string; item: DemoFeedback; today: IsoDate; unitId: string | null; handler: Person | undefined; coordinator: Person | undefined }): {
  item: Insertable<FeedbackItemsTable>;
  events: Insertable<FeedbackEventsTable>[];
} {
  const { bodyId, key, item, today, handler, coordinator } = f;
  const unit = f.unitId ? { id: f.unitId } : undefined;
  const receivedOn = addDays(today, -item.ageDays);
  const dueOn = answerDueOn(receivedOn, DEFAULT_ANSWER_WORKING_DAYS);
  const assignedOn = notAfter(addWorkingDays(receivedOn, 1), today);
  const answeredOn = item.answeredAfter === undefined ? null : notAfter(addWorkingDays(receivedOn, item.answeredAfter), today);
  // A refusal settles and ends the item on its day (retention counts from it); an answer is closed a few working days later.
  const closedOn = item.outcome === 'refused' ? answeredOn : item.outcome === 'closed' && answeredOn ? notAfter(addWorkingDays(answeredOn, 3), today) : null;
  const id = newId();
  const trackingCode = f.trackingCode ?? demoTrackingCode(key);
  const events: { step: string; from: FeedbackState | null; to: FeedbackState; on: IsoDate; by: Person | undefined; note: string | null }[] = [{ step: 'receive', from: null, to: 'received', on: receivedOn, by: undefined, note: null }];
  const assigned = item.outcome !== 'received' && item.outcome !== 'refused';
  if (assigned) events.push({ step: 'assign', from: 'received', to: 'assigned', on: assignedOn, by: coordinator, note: null });
  if (item.outcome === 'refused') events.push({ step: 'refuse', from: 'received', to: 'refused', on: answeredOn ?? assignedOn, by: coordinator, note: item.refusal ?? null });
  if (answeredOn && item.answer) {
    events.push({ step: 'answer', from: 'assigned', to: 'answered', on: answeredOn, by: handler ?? coordinator, note: null });
    if (item.published) events.push({ step: 'publish', from: 'answered', to: 'answered', on: answeredOn, by: coordinator, note: null });
  }
  if (closedOn && item.outcome === 'closed') events.push({ step: 'close', from: 'answered', to: 'closed', on: closedOn, by: coordinator, note: null });
  const answerer = handler ?? coordinator;
  const contact = item.contact;
  const row: Insertable<FeedbackItemsTable> = {
      id,
      organization_id: bodyId,
      tracking_code: trackingCode,
      channel: item.channel,
      subject: item.subject,
      content: item.content,
      procedure_id: null,
      concerns_unit_id: unit?.id ?? null,
      state: item.outcome,
      received_at: at(receivedOn, 2),
      received_on: receivedOn,
      due_on: dueOn,
      assigned_unit_id: assigned ? (unit?.id ?? null) : null,
      assigned_user_id: null,
      answer: item.answer && answeredOn ? item.answer : null,
      answered_on: answeredOn,
      answered_by_name: item.answer && answeredOn ? (answerer?.name ?? null) : item.outcome === 'refused' ? (coordinator?.name ?? null) : null,
      answer_published_at: item.published && answeredOn ? at(answeredOn, 8) : null,
      refusal_reason: item.refusal ?? null,
      closed_at: closedOn ? at(closedOn, 9) : null,
      contact_name: contact?.name ?? null,
      contact_phone: contact?.phone ?? null,
      contact_email: contact?.email ?? null,
      contact_ip: item.channel === 'web' && contact ? '203.0.113.24' : null,
      consent_at: contact ? at(receivedOn, 2) : null,
      personal_data_erased_at: null,
      reminded_on: null,
      search_folded: feedbackSearchText({ trackingCode, subject: item.subject, content: item.content }),
      created_at: at(receivedOn, 2),
      updated_at: at(closedOn ?? answeredOn ?? assignedOn, 9),
  };
  return {
    item: row,
    events: events.map((e, order) => ({ id: newId(), feedback_id: id, step: e.step, from_state: e.from, to_state: e.to, note: e.note, actor_id: e.by?.id ?? null, actor_name: e.by?.name ?? null, at: at(e.on, 2 + order) })),
  };
}
