import { Readable } from 'node:stream';
import { z } from 'zod';
import { todayInVietnam } from '../../domain/calendar';
import { ATTACHMENT_EXTENSIONS, attachmentTypeOf } from '../../domain/feedback/attachment';
import { maskAddress } from '../../domain/feedback/personal-data';
import { displayTrackingCode, readTrackingCode } from '../../domain/feedback/tracking-code';
import { IMAGE_TYPES, DOCUMENT_TYPES, extensionOf, type UploadRule } from '../../domain/files/upload-rules';
import type { Db } from '../../db/database';
import { eventsOfFeedback, findFeedbackByCode, findFeedbackSettings, type FeedbackItemRow } from '../../db/repositories/feedback';
import { listMatrixOrganizations } from '../../db/repositories/follow-up';
import { findProcedureByCode } from '../../db/repositories/procedures';
import type { PublicBody } from '../../db/repositories/public-media';
import { FEEDBACK_TEXT as T, STEP_LABELS_VI } from '../../public/feedback-text';
import { EMPTY_FEEDBACK_FORM, type FeedbackFormErrors, type FeedbackFormValues } from '../../public/FeedbackFormPage';
import type { PublicFeedback } from '../../public/FeedbackTrackingPage';
import { FEEDBACK_ATTACHMENT_MAX_BYTES, FEEDBACK_STATE_LABELS_VI, type FeedbackState } from '../../shared/feedback-vocabulary';
import { contactPhoneSchema, FEEDBACK_LIMITS } from '../../shared/schemas/feedback';
import { withStoredUpload } from '../files/store-upload';
import { unsafeSystemActor } from '../policies';
import { listPublicProcedures } from './public-procedures';
import { insertNewFeedback } from './receive-feedback';
import { inTransaction } from './transaction';

/**
 * The citizen's side of feedback (SPEC §2.8, decision 0026): the form's choices, reading what was sent,
 * storing it, and the page a tracking code leads to — which says nothing of the sender.
 */

/** What the form offers: the body's procedures in force and its departments, and how many days it has to answer. */
export async function feedbackFormChoices(db: Db, body: PublicBody, today: string) {
  const [{ procedures }, units, settings] = await Promise.all([listPublicProcedures(db, body, {}, today), listMatrixOrganizations(db, body, 'units'), findFeedbackSettings(db, body.id)]);
  return {
    procedures: procedures.map((p) => ({ code: p.code, name: p.name })),
    units: units.map((u) => ({ id: u.id, name: u.name })),
    answerWorkingDays: settings.answerWorkingDays,
  };
}

export type FeedbackChoices = Awaited<ReturnType<typeof feedbackFormChoices>>;

/** The form read and checked: the values to show again, the errors by field, or what to store. */
export type ReadForm = { values: FeedbackFormValues; errors: FeedbackFormErrors; honeypot: boolean };

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
const emailSchema = z.email();

/** Checks the fields as a person would be told: every problem at once, in Vietnamese, by field. */
export function readFeedbackForm(fields: Record<string, unknown>, choices: FeedbackChoices): ReadForm {
  const values: FeedbackFormValues = {
    ...EMPTY_FEEDBACK_FORM,
    subject: text(fields.subject),
    content: text(fields.content),
    procedure: text(fields.procedure),
    unit: text(fields.unit),
    name: text(fields.name),
    phone: text(fields.phone),
    email: text(fields.email),
    consent: ['1', 'on', 'true'].includes(text(fields.consent)),
  };
  const errors: FeedbackFormErrors = {};
  const limit = (key: 'subject' | 'content' | 'name' | 'phone' | 'email', required: boolean) => {
    if (required && !values[key]) errors[key] = T.required;
    else if (values[key].length > FEEDBACK_LIMITS[key]) errors[key] = T.tooLong(FEEDBACK_LIMITS[key]);
  };
  limit('subject', true);
  limit('content', true);
  limit('name', false);
  limit('phone', false);
  limit('email', false);
  if (values.phone && !errors.phone && !contactPhoneSchema.safeParse(values.phone).success) errors.phone = T.badPhone;
  if (values.email && !errors.email && !emailSchema.safeParse(values.email).success) errors.email = T.badEmail;
  if (values.procedure && !choices.procedures.some((p) => p.code === values.procedure)) errors.procedure = T.badChoice;
  if (values.unit && !choices.units.some((u) => u.id === values.unit)) errors.unit = T.badChoice;
  // Decision 0026: a contact is kept only with consent; without it the feedback is still welcome, anonymously.
  if ((values.name || values.phone || values.email) && !values.consent) errors.consent = T.consentNeeded;
  return { values, errors, honeypot: text(fields.website) !== '' };
}

/** Stored as a JPEG, PNG, WebP or PDF by what its bytes are, under a name ending as they say. */
const ATTACHMENT_RULE: UploadRule = {
  maxBytes: FEEDBACK_ATTACHMENT_MAX_BYTES,
  types: { jpg: IMAGE_TYPES.jpg!, png: IMAGE_TYPES.png!, webp: IMAGE_TYPES.webp!, pdf: DOCUMENT_TYPES.pdf! },
  acceptedText: T.badFile,
};

export type Attachment = { filename: string; bytes: Buffer };

/** The attachment's problem, read from its bytes (not its name or declared type); null when it may be kept. */
export function attachmentProblem(file: Attachment): string | null {
  if (file.bytes.length === 0) return T.emptyFile;
  return attachmentTypeOf(file.bytes.subarray(0, 16)) ? null : T.badFile;
}

function storedName(file: Attachment): string {
  const type = attachmentTypeOf(file.bytes.subarray(0, 16))!;
  const ext = ATTACHMENT_EXTENSIONS[type];
  const base = file.filename.trim() || 'tep-dinh-kem';
  const known = extensionOf(base);
  return known === ext || (ext === 'jpg' && known === 'jpeg') ? base.replace(/\.jpeg$/i, '.jpg') : `${base}.${ext}`;
}

/**
 * Stores what a citizen sent through the form: the contact only with consent (the form refused it
 * otherwise), the sender's address, the attachment on disk. The audit entry carries the masked
 * address, not the clear one a signed-in request would record.
 */
export async function submitPublicFeedback(
  db: Db,
  body: PublicBody,
  sent: { values: FeedbackFormValues; attachment: Attachment | null; ip: string; requestId: string; filesDir: string },
): Promise<FeedbackItemRow> {
  const { values } = sent;
  const procedure = values.procedure ? await findProcedureByCode(db, body.id, values.procedure) : undefined;
  const ctx = { db, actor: unsafeSystemActor, audit: { actor: null, requestId: sent.requestId, ip: maskAddress(sent.ip) } };
  const contact = values.consent ? { name: values.name || null, phone: values.phone || null, email: values.email || null } : null;
  const item = {
    body: { id: body.id, path: body.path },
    channel: 'web' as const,
    subject: values.subject,
    content: values.content,
    procedureId: procedure?.id ?? null,
    concernsUnitId: values.unit || null,
    contact,
    ip: sent.ip,
    recordedBy: null,
  };
  if (!sent.attachment) return inTransaction(ctx, (tx) => insertNewFeedback(tx, item));
  const upload = { filename: storedName(sent.attachment), stream: Readable.from([sent.attachment.bytes]) };
  return withStoredUpload(sent.filesDir, upload, ATTACHMENT_RULE, (stored) => inTransaction(ctx, (tx) => insertNewFeedback(tx, item, stored)));
}

/** The item behind a code as the citizen may read it, or null when the code is no item of this body's. */
export async function publicFeedbackOf(db: Db, body: PublicBody, typedCode: string): Promise<PublicFeedback | null> {
  const code = readTrackingCode(typedCode);
  const item = code ? await findFeedbackByCode(db, body.id, code) : undefined;
  if (!item) return null;
  const events = await eventsOfFeedback(db, item.id);
  const published = item.answer_published_at !== null && item.answer !== null;
  const state = item.state as FeedbackState;
  return {
    trackingCode: displayTrackingCode(item.tracking_code),
    subject: item.subject,
    stateLabel: FEEDBACK_STATE_LABELS_VI[state],
    receivedOn: item.received_on,
    dueOn: item.due_on,
    answeredOn: state === 'answered' || state === 'closed' ? item.answered_on : null,
    // Only the steps a citizen can follow, by day: no staff names, no internal notes.
    steps: events.filter((e) => STEP_LABELS_VI[e.step]).map((e) => ({ label: STEP_LABELS_VI[e.step]!, on: todayInVietnam(new Date(e.at)) })),
    answer: published ? item.answer : null,
    answeredPrivately: !published && (state === 'answered' || state === 'closed'),
    refusalReason: state === 'refused' ? item.refusal_reason : null,
  };
}
