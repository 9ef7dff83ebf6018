import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { findJob } from '../../db/repositories/jobs';
import { listJobsRequestedBy } from '../../db/repositories/job-results';
import { errorResponseSchema, idParamsSchema, pageSchema } from '../../shared/schemas/common';
import { jobSchema, listJobsQuerySchema, requestExportSchema } from '../../shared/schemas/jobs';
import { requestExport } from '../commands/request-export';
import type { CommandContext } from '../commands/transaction';
import { commandContext } from '../deps';
import { AppError, conflict, notFound } from '../errors';
import { contentDisposition } from '../http/content-disposition';
import { exportsDir } from '../jobs/job-result-files';
import { presentJob, resultAvailable } from '../presenters/job';
import { toPage } from '../presenters/page';

const tags = ['jobs'];
const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema };

const jobNotFound = () => notFound('JOB_NOT_FOUND', 'Không tìm thấy yêu cầu xuất dữ liệu.');
const resultExpired = () => new AppError(410, 'JOB_RESULT_EXPIRED', 'Tệp kết quả đã hết hạn và được xóa; vui lòng yêu cầu xuất lại.');

/** Only the person who asked sees a job: to anyone else it does not exist. */
async function ownJob(ctx: CommandContext, id: string) {
  const job = await findJob(ctx.db, id);
  if (!job || !job.requested_by || job.requested_by !== ctx.actor.userId) throw jobNotFound();
  return job;
}

/** Long work as jobs (issue 6 point 6): ask for an export, follow its progress, download its file. */
export const jobRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/exports',
    { schema: { tags, summary: 'Yêu cầu xuất dữ liệu lớn (chạy nền, theo dõi tiến độ)', body: requestExportSchema, response: { 202: jobSchema, ...errors } }, config: { rateLimit: { max: 20, timeWindow: '1 minute' } } },
    async (request, reply) => {
      const now = new Date();
      const job = await requestExport(commandContext(request), request.body, now);
      return reply.status(202).send(presentJob(job, now));
    },
  );

  app.get('/api/jobs', { schema: { tags, summary: 'Các yêu cầu xuất dữ liệu của tôi, mới nhất trước', querystring: listJobsQuerySchema, response: { 200: pageSchema(jobSchema), ...errors } } }, async (request) => {
    const ctx = commandContext(request);
    const now = new Date();
    const rows = await listJobsRequestedBy(ctx.db, ctx.actor.userId, request.query);
    return toPage(rows, request.query.limit, (job) => presentJob(job, now), (job) => job.id);
  });

  app.get('/api/jobs/:id', { schema: { tags, summary: 'Tiến độ một yêu cầu xuất dữ liệu', params: idParamsSchema, response: { 200: jobSchema, ...errors } } }, async (request) => {
    return presentJob(await ownJob(commandContext(request), request.params.id), new Date());
  });

  app.get(
    '/api/jobs/:id/result',
    { schema: { tags, summary: 'Tải tệp kết quả (chỉ người yêu cầu; 410 khi đã hết hạn)', params: idParamsSchema } },
    async (request, reply) => {
      const job = await ownJob(commandContext(request), request.params.id);
      if (job.state !== 'done') throw conflict('JOB_NOT_DONE', job.state === 'failed' ? 'Yêu cầu này không thành công nên không có tệp kết quả.' : 'Tệp kết quả chưa sẵn sàng; vui lòng chờ.');
      const path = job.result_key && join(exportsDir(app.deps.config), job.result_key);
      if (!resultAvailable(job, new Date()) || !path || !existsSync(path)) throw resultExpired();
      return reply
        .header('content-type', job.result_type ?? 'application/octet-stream')
        .header('content-disposition', contentDisposition(job.result_name ?? job.result_key!))
        .header('cache-control', 'private, no-store')
        .send(createReadStream(path));
    },
  );
};
