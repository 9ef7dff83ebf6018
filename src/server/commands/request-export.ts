import { enqueueJob, type JobRow } from '../../db/repositories/jobs';
import type { RequestExport } from '../../shared/schemas/jobs';
import { EXPORT_JOB_KINDS, EXPORT_MAX_ATTEMPTS, type ExportPayload } from '../jobs/export-job';
import { unauthenticated } from '../errors';
import { exportScope } from './export-scope';
import { loadPlan } from './load-plan';
import { inTransaction, type CommandContext } from './transaction';

const WHAT: Record<RequestExport['kind'], string> = { occurrences: 'kết quả thực hiện (Excel)', 'plan-pdfs': 'PDF các kế hoạch' };

/**
 * Queues an export for the requester, once they may read what it covers; the job checks again with
 * their roles when it runs. Audited like any write: a province's data leaving the system is worth a trace.
 */
export async function requestExport(ctx: CommandContext, filters: RequestExport, now: Date): Promise<JobRow> {
  const requestedBy = ctx.audit.actor;
  if (!requestedBy) throw unauthenticated();
  const scope = await exportScope(ctx, filters.bodyId);
  // Plans named must be ones the person reads: another body's plan is "not found", as an unknown id is,
  // and no job (nor audit line carrying its id) is written for it.
  const planIds = filters.kind === 'occurrences' ? (filters.planId ? [filters.planId] : []) : (filters.planIds ?? []);
  for (const planId of new Set(planIds)) await loadPlan(ctx.db, ctx.actor, planId, 'read');
  const home = scope.organization ?? ctx.actor.grants.map((g) => ({ id: g.organizationId, path: g.organizationPath }))[0] ?? null;
  const payload: ExportPayload = { filters, requestedBy, requestId: ctx.audit.requestId };
  return inTransaction(ctx, async (tx) => {
    const { job } = await enqueueJob(tx.db, { kind: EXPORT_JOB_KINDS[filters.kind], payload, maxAttempts: EXPORT_MAX_ATTEMPTS, requestedBy: requestedBy.id, organizationId: home?.id }, now);
    await tx.audit({
      organization: home && { id: home.id, path: home.path },
      action: 'export.request',
      entityType: 'job',
      entityId: job.id,
      summary: `Yêu cầu xuất ${WHAT[filters.kind]}: ${scope.name}${'year' in filters && filters.year ? `, năm ${filters.year}` : ''}`,
      after: filters,
    });
    return job;
  });
}
