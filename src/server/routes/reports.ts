import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/database';
import { findOrganization, type OrganizationRow } from '../../db/repositories/organizations';
import { listReportEvents, listReports, type ReportRow } from '../../db/repositories/reports';
import { errorResponseSchema, idParamsSchema } from '../../shared/schemas/common';
import {
  childReportListSchema,
  createReportSchema,
  listReportsQuerySchema,
  reportListSchema,
  reportSchema,
  transitionReportSchema,
  updateReportTextsSchema,
} from '../../shared/schemas/reports';
import type { Actor } from '../../domain/access/actor';
import { listChildReports } from '../commands/child-reports';
import { compileReport } from '../commands/compile-report';
import { loadReport, parentBodyOf, reportingBody } from '../commands/report-access';
import { transitionReport } from '../commands/transition-report';
import { updateReportTexts } from '../commands/update-report-texts';
import { commandContext } from '../deps';
import { presentReport, presentReportSummary } from '../presenters/report';

const tags = ['reports'];
const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema };

async function present(db: Db, actor: Actor, report: ReportRow, body: OrganizationRow) {
  const parent = report.parent_id ? ((await findOrganization(db, report.parent_id)) ?? null) : null;
  return presentReport(actor, report, body, parent, await listReportEvents(db, report.id));
}

/** Periodic reports upward (SPEC §2.10, issue 6 point 7): compile, write, approve, send, return, follow. */
export const reportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/reports',
    { schema: { tags, summary: 'Lập (hoặc tổng hợp lại) dự thảo báo cáo định kỳ của đơn vị', body: createReportSchema, response: { 200: reportSchema, 201: reportSchema, ...errors } } },
    async (request, reply) => {
      const ctx = commandContext(request);
      // The compiler's own body: compiling it is the right to read it, so the report is not read again to check.
      const { report, body, created } = await compileReport(ctx, request.body);
      return reply.status(created ? 201 : 200).send(await present(ctx.db, ctx.actor, report, body));
    },
  );

  app.get(
    '/api/reports',
    {
      schema: {
        tags,
        summary: 'Báo cáo của đơn vị; với scope=children: các đơn vị trực thuộc đã gửi báo cáo kỳ này hay chưa',
        querystring: listReportsQuerySchema,
        response: { 200: z.union([reportListSchema, childReportListSchema]), ...errors },
      },
    },
    async (request) => {
      const ctx = commandContext(request);
      const { scope, ...filter } = request.query;
      if (scope === 'children') return listChildReports(ctx, filter);
      const body = await reportingBody(ctx.db, ctx.actor, 'report.read');
      const parentBody = await parentBodyOf(ctx.db, body);
      const rows = await listReports(ctx.db, body.id, filter);
      return { items: rows.map((r) => presentReportSummary(r, body, r.parent_id === parentBody?.id ? parentBody : null)) };
    },
  );

  app.get('/api/reports/:id', { schema: { tags, summary: 'Một báo cáo: số liệu, nội dung, lịch sử', params: idParamsSchema, response: { 200: reportSchema, ...errors } } }, async (request) => {
    const ctx = commandContext(request);
    const { report, body } = await loadReport(ctx.db, ctx.actor, request.params.id);
    return present(ctx.db, ctx.actor, report, body);
  });

  app.patch(
    '/api/reports/:id',
    { schema: { tags, summary: 'Sửa phần đánh giá, tồn tại, đề xuất, phương hướng của báo cáo', params: idParamsSchema, body: updateReportTextsSchema, response: { 200: reportSchema, ...errors } } },
    async (request) => {
      const ctx = commandContext(request);
      const report = await updateReportTexts(ctx, request.params.id, request.body);
      const { body } = await loadReport(ctx.db, ctx.actor, report.id);
      return present(ctx.db, ctx.actor, report, body);
    },
  );

  app.post(
    '/api/reports/:id/transition',
    { schema: { tags, summary: 'Phê duyệt, gửi hoặc trả lại báo cáo', params: idParamsSchema, body: transitionReportSchema, response: { 200: reportSchema, ...errors } } },
    async (request) => {
      const ctx = commandContext(request);
      const report = await transitionReport(ctx, request.params.id, request.body.to, request.body.comment);
      const { body } = await loadReport(ctx.db, ctx.actor, report.id);
      return present(ctx.db, ctx.actor, report, body);
    },
  );
};
