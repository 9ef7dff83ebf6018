import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Actor } from '../../domain/access/actor';
import { todayInVietnam } from '../../domain/calendar';
import { quarterMatrix, type MatrixOccurrence } from '../../domain/occurrences/quarter-matrix';
import { pathIds } from '../../domain/organizations/tree';
import { formatPlanNumber } from '../../domain/plans/lifecycle';
import type { Db } from '../../db/database';
import { listMatrixOrganizations, listYearPlans } from '../../db/repositories/follow-up';
import { findOrganization, findOrganizationsByIds } from '../../db/repositories/organizations';
import { errorResponseSchema } from '../../shared/schemas/common';
import { matrixQuerySchema, matrixSchema } from '../../shared/schemas/progress-matrix';
import { organizationOf } from '../../shared/schemas/common';
import { ACTIONS } from '../policies/rules';
import { loadWorkOfBodies, yearRange } from '../commands/counted-work';
import { commandContext } from '../deps';
import { notFound } from '../errors';
import { authorize, refusal } from '../policies';

const bodyNotFound = () => notFound('ORGANIZATION_NOT_FOUND', 'Không tìm thấy đơn vị.');

/** The body a person follows by default: the one where they are a director or a coordinator. */
function ownFollowedBody(actor: Actor): string {
  const grant = actor.grants.find((g) => (ACTIONS['progress.follow'] as readonly string[]).includes(g.role));
  if (!grant) throw refusal('progress.follow', 'Chỉ lãnh đạo và đầu mối CCHC của đơn vị xem được bảng theo dõi tiến độ.');
  return grant.bodyId;
}

async function loadBody(db: Db, actor: Actor, bodyId: string) {
  const body = await findOrganization(db, bodyId);
  if (!body || body.body_id !== body.id) throw bodyNotFound();
  authorize(actor, 'progress.follow', { id: body.id, path: body.path, bodyId: body.body_id }, bodyNotFound());
  return body;
}

/** The follow-up views of SPEC §2.13: departments × quarters for a body, bodies × quarters for a department of health. */
export const progressMatrixRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/progress/matrix',
    { config: { viewCache: true },
      schema: {
        tags: ['plans'],
        summary: 'Bảng theo dõi: khoa, phòng (hoặc đơn vị) × quý: đã xong, quá hạn, đến hạn, chưa có thời hạn',
        querystring: matrixQuerySchema,
        response: { 200: matrixSchema, 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema },
      },
    },
    async (request) => {
      const ctx = commandContext(request);
      const { year, scope } = request.query;
      const body = await loadBody(ctx.db, ctx.actor, organizationOf(request.query, 'bodyId') ?? ownFollowedBody(ctx.actor));
      const organizations = await listMatrixOrganizations(ctx.db, body, scope);
      // Each body's own work (commands/counted-work.ts): by department for one body, by body for a department of health.
      const bodyIds = scope === 'units' ? [body.id] : organizations.map((o) => o.id);
      const work = await loadWorkOfBodies(ctx.db, bodyIds, yearRange(year));
      const today = todayInVietnam(new Date());
      const facts: MatrixOccurrence[] = [...work.values()].flat().map((o) => ({
        rowKey: scope === 'units' ? o.organizationId : o.bodyId,
        due: o.due,
        status: o.status,
        submittedOn: o.submittedOn,
        completedOn: o.completedOn,
      }));
      const { rows, totals } = quarterMatrix(facts, year, today, organizations.map((o) => o.id));
      // Work recorded against a department since retired, or a body outside the list, still counts under its name.
      const known = new Set(organizations.map((o) => o.id));
      const others = await findOrganizationsByIds(ctx.db, [...rows.keys()].filter((id) => !known.has(id)));
      const depthBase = pathIds(body.path).length + 1;
      const plans = await listYearPlans(ctx.db, bodyIds, year);
      return {
        year,
        scope,
        today,
        body: { id: body.id, code: body.code, name: body.name },
        rows: [...organizations, ...others].map((o) => ({
          organization: { id: o.id, code: o.code, name: o.name, kind: o.kind },
          depth: Math.max(0, pathIds(o.path).length - depthBase),
          ...rows.get(o.id)!,
        })),
        totals,
        plans: plans.map((p) => ({ id: p.id, organizationId: p.organization_id, numberAndSymbol: formatPlanNumber(p.number, p.symbol), title: p.title, state: p.state })),
      };
    },
  );
};
