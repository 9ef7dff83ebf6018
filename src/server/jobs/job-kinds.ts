import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/database';
import type { Config } from '../config';
import type { MailMessage } from '../mail/mailer';

export { DAILY_SCAN_KIND as REMINDER_SCAN_KIND } from '../../domain/reminders/daily-scan';
export const SEND_EMAIL_KIND = 'send-email';
/** A letter is tried this many times (30 s, 1, 2, 4… minutes apart) before it is given up. */
export const SEND_EMAIL_MAX_ATTEMPTS = 8;
/** Gathers a person's workflow notifications waiting for a letter into one e-mail. */
export const NOTIFICATION_EMAIL_KIND = 'notification-email';

/** A letter to a citizen about their feedback; it carries the item, never the address (read when sent, gone once erased). */
export const FEEDBACK_EMAIL_KIND = 'feedback-email';
/** The daily erasure of citizens' personal data past its body's retention (decision 0026). */
export { FEEDBACK_RETENTION_JOB as FEEDBACK_RETENTION_KIND } from '../../domain/feedback/retention';

export type SendEmailPayload = MailMessage;
/** `digestDay`: the morning digest of that day; left out, the letter of a ten-minute window. */
export type NotificationEmailPayload = { userId: string; digestDay?: string };

/** The job in hand, for handlers that report progress or attach a result while they run. */
export type RunningJob = { id: string; workerId: string; leaseMs: number };

/** What a job handler works with; `now` is the runner's clock, so tests can fix the day. */
export type JobContext = { db: Db; config: Config; log: Pick<FastifyBaseLogger, 'info' | 'warn' | 'error'>; now: Date; job?: RunningJob };

/** A failure no retry can mend (nothing to export, no right to it any more): the job fails at once with this Vietnamese message. */
export class JobFailure extends Error {}

/** Runs one job from its stored payload; throwing sends it back to the queue for another try. */
export type JobHandler = (payload: unknown, ctx: JobContext) => Promise<unknown>;
