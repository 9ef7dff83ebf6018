import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { measureCount, measureShare, recogniseTargetMetric, type PublicationOfYear, type TargetMetric } from '../../domain/media/target-metrics';
import type { Db } from '../../db/database';
import { listMatrixOrganizations } from '../../db/repositories/follow-up';
import { listPublicationFacts } from '../../db/repositories/media-counts';
import type { OrganizationRow } from '../../db/repositories/organizations';
import type { ChannelKind } from '../../shared/media-vocabulary';
import { errorResponseSchema, idParamsSchema } from '../../shared/schemas/common';
import { communicationTargetSchema, type CommunicationTargetDto } from '../../shared/schemas/media-insights';
import type { PlanContent } from '../../shared/schemas/plans';
import { loadPlan } from '../commands/load-plan';
import { commandContext } from '../deps';

const UNTRACKED = 'Chỉ tiêu này không đo bằng số tin bài hay số đơn vị có tin bài đã đăng.';

async function publications(db: Db, bodyIds: string[], year: number): Promise<PublicationOfYear[]> {
  const facts = await listPublicationFacts(db, { bodyIds, from: `${year}-01-01`, to: `${year}-12-31` });
  return facts.map((f) => ({ itemId: f.itemId, bodyId: f.bodyId, unitId: f.unitId, channel: f.channel as ChannelKind, publishedOn: f.publishedOn }));
}

/** A share of bodies is over the bodies under the plan's body; of departments, or where it has no bodies, over its departments. */
async function measure(db: Db, metric: TargetMetric, body: OrganizationRow, year: number) {
  if (metric.kind !== 'body_share') return measureCount(metric, await publications(db, [body.id], year), year);
  const bodies = metric.population === 'auto' ? await listMatrixOrganizations(db, body, 'bodies') : [];
  if (bodies.length > 0) return measureShare(metric, bodies, 'bodies', await publications(db, bodies.map((b) => b.id), year));
  const departments = await listMatrixOrganizations(db, body, 'units');
  return measureShare(metric, departments, 'departments', await publications(db, [body.id], year));
}

/** The plan's targets tracked against what was published in the plan's year (issue 5 point 6). */
export const communicationTargetRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/plans/:id/communication-targets',
    {
      schema: {
        tags: ['plans'],
        summary: 'Chỉ tiêu tuyên truyền của kế hoạch so với số tin bài đã đăng trong năm',
        params: idParamsSchema,
        response: { 200: z.array(communicationTargetSchema), 401: errorResponseSchema, 404: errorResponseSchema },
      },
    },
    async (request) => {
      const ctx = commandContext(request);
      const { plan, body } = await loadPlan(ctx.db, ctx.actor, request.params.id, 'read');
      const content = JSON.parse(plan.content_json) as PlanContent;
      const results: CommunicationTargetDto[] = [];
      for (const target of content.targets) {
        const metric = recogniseTargetMetric(target);
        if (!metric) {
          results.push({ text: target.text, metric: null, target: null, actual: null, met: null, detail: UNTRACKED });
          continue;
        }
        results.push({ text: target.text, metric: metric.kind, ...(await measure(ctx.db, metric, body, plan.year)) });
      }
      return results;
    },
  );
};
