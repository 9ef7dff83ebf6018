import { REMINDER_SCAN_KIND, SEND_EMAIL_KIND, type JobHandler } from '../job-kinds';
import { reminderScan } from './reminder-scan';
import { sendEmail } from './send-email';

/** Every kind of job the runner knows. */
export const JOB_HANDLERS: Readonly<Record<string, JobHandler>> = {
  [REMINDER_SCAN_KIND]: reminderScan,
  [SEND_EMAIL_KIND]: sendEmail,
};
