import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listAudit } from '../../db/repositories/audit';
import { auditEntrySchema, listAuditQuerySchema } from '../../shared/schemas/audit';
import { errorResponseSchema, pageSchema } from '../../shared/schemas/common';
import { loadAuthorizedOrganization } from '../commands/load-organization';
import { commandContext } from '../deps';
import { refusal, rootsFor } from '../policies';
import { presentAuditEntry } from '../presenters/audit';
import { toPage } from '../presenters/page';

/** Vietnam is UTC+7 all year: a day typed in the filter starts at 00:00 there. */
const startOfVietnamDay = (isoDate: string) => new Date(`${isoDate}T00:00:00+07:00`).toISOString();
const endOfVietnamDay = (isoDate: string) => new Date(new Date(`${isoDate}T00:00:00+07:00`).getTime() + 86_400_000).toISOString();

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/audit-log',
    {
      schema: {
        tags: ['audit'],
        summary: 'Nhật ký thay đổi',
        querystring: listAuditQuerySchema,
        response: { 200: pageSchema(auditEntrySchema), 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema },
      },
    },
    async (request) => {
      const ctx = commandContext(request);
      const q = request.query;
      const roots = rootsFor(ctx.actor, 'audit.read');
      // Someone whose roles read no audit trail anywhere is told so (403, naming the roles that do), not shown an empty one.
      if (roots.length === 0) throw refusal('audit.read');
      if (q.organizationId) await loadAuthorizedOrganization(ctx.db, ctx.actor, q.organizationId, 'audit.read');
      const rows = await listAudit(ctx.db, {
        ...q,
        from: q.from ? startOfVietnamDay(q.from) : undefined,
        to: q.to ? endOfVietnamDay(q.to) : undefined,
        roots,
      });
      return toPage(rows, q.limit, presentAuditEntry, (r) => r.id);
    },
  );
};
