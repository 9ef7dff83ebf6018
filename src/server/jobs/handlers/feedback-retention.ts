import { eraseExpiredFeedbackContacts } from '../../commands/erase-feedback-contacts';
import { filesDirOf } from '../../files/staged-files';
import type { JobHandler } from '../job-kinds';

/** The daily erasure of citizens' personal data past retention, on the runner's clock (tests choose it). */
export const feedbackRetention: JobHandler = async (_payload, ctx) => {
  const outcome = await eraseExpiredFeedbackContacts(ctx.db, filesDirOf(ctx.config), ctx.now);
  if (outcome.items > 0) ctx.log.info(outcome, 'Đã xoá thông tin cá nhân của phản ánh quá thời hạn lưu giữ');
  return outcome;
};
