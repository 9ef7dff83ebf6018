import type { JobRow } from '../../db/repositories/jobs';
import type { JobDto } from '../../shared/schemas/jobs';
import { JOB_STATES } from '../../shared/schemas/jobs';
import { EXPORT_JOB_KINDS } from '../jobs/export-job';

const exportKindOf = (kind: string) => (Object.entries(EXPORT_JOB_KINDS).find(([, jobKind]) => jobKind === kind)?.[0] ?? kind);

/** Whether a finished job's file can still be downloaded. */
export const resultAvailable = (job: JobRow, now: Date) => job.state === 'done' && !!job.result_key && !!job.expires_at && job.expires_at > now.toISOString();

/** A job as its requester sees it: how far it has got, why it failed, where its file is. */
export function presentJob(job: JobRow, now: Date): JobDto {
  const state = (JOB_STATES as readonly string[]).includes(job.state) ? (job.state as JobDto['state']) : 'queued';
  return {
    id: job.id,
    kind: exportKindOf(job.kind),
    state,
    progress: { done: job.progress_done, total: job.progress_total, note: job.progress_note },
    error: state === 'failed' ? job.last_error : null,
    resultUrl: resultAvailable(job, now) ? `/api/jobs/${job.id}/result` : null,
    resultName: job.result_name,
    createdAt: job.created_at,
    finishedAt: job.finished_at,
    expiresAt: job.expires_at,
  };
}
