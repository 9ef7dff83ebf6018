import { FEEDBACK_EMAIL_KIND, FEEDBACK_RETENTION_KIND, NOTIFICATION_EMAIL_KIND, REMINDER_SCAN_KIND, SEND_EMAIL_KIND, type JobHandler } from '../job-kinds';
import { EXPORT_JOB_KINDS } from '../export-job';
import { DAILY_BACKUP_KIND } from '../../../domain/backups/daily-backup';
import { dailyBackup } from '../../backup/backup-job';
import { exportOccurrences } from './export-occurrences';
import { feedbackEmail } from './feedback-email';
import { feedbackRetention } from './feedback-retention';
import { exportPlanPdfs } from './export-plan-pdfs';
import { notificationEmailJob } from './notification-email';
import { reminderScan } from './reminder-scan';
import { sendEmail } from './send-email';

/** Every kind of job the runner knows. */
export const JOB_HANDLERS: Readonly<Record<string, JobHandler>> = {
  [REMINDER_SCAN_KIND]: reminderScan,
  [SEND_EMAIL_KIND]: sendEmail,
  [NOTIFICATION_EMAIL_KIND]: notificationEmailJob,
  [EXPORT_JOB_KINDS.occurrences]: exportOccurrences,
  [EXPORT_JOB_KINDS['plan-pdfs']]: exportPlanPdfs,
  [DAILY_BACKUP_KIND]: dailyBackup,
  [FEEDBACK_EMAIL_KIND]: feedbackEmail,
  [FEEDBACK_RETENTION_KIND]: feedbackRetention,
};
