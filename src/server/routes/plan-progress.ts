import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { todayInVietnam } from '../../domain/calendar';
import { formatPlanNumber } from '../../domain/plans/lifecycle';
import { combine } from '../../domain/occurrences/rollup';
import { listPlans } from '../../db/repositories/plans';
import { errorResponseSchema, idParamsSchema } from '../../shared/schemas/common';
import { REFORM_AREAS, type ReformArea } from '../../shared/plan-vocabulary';
import { loadPlan } from '../commands/load-plan';
import { planProgress } from '../commands/plan-progress';
import { commandContext } from '../deps';
import { rootsFor } from '../policies';

const tallySchema = z.object({ total: z.number(), done: z.number(), notApplicable: z.number(), late: z.number(), shareDone: z.number(), weightedShareDone: z.number() });
const progressSchema = z.object({
  plan: tallySchema,
  areas: z.array(tallySchema.extend({ reformArea: z.enum(REFORM_AREAS) })),
  tasks: z.array(tallySchema.extend({ taskId: z.string() })),
  children: z.array(z.object({ planId: z.string(), organization: z.object({ id: z.string(), code: z.string(), name: z.string() }), numberAndSymbol: z.string(), state: z.string(), progress: tallySchema })),
  /** The plan's own work and its children's, added up: what the department of health follows. */
  total: tallySchema,
});

/** Progress that rolls up (SPEC §2.13): occurrence → task → reform area → plan → the parent plan. */
export const planProgressRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/plans/:id/progress',
    {
      schema: {
        tags: ['plans'],
        summary: 'Tiến độ tổng hợp theo nhiệm vụ, lĩnh vực, kế hoạch và kế hoạch của các đơn vị',
        params: idParamsSchema,
        response: { 200: progressSchema, 401: errorResponseSchema, 404: errorResponseSchema },
      },
    },
    async (request) => {
      const ctx = commandContext(request);
      const { plan } = await loadPlan(ctx.db, ctx.actor, request.params.id, 'read');
      const today = todayInVietnam(new Date());
      const own = await planProgress(ctx.db, plan.id, today);
      const childPlans = await listPlans(ctx.db, { roots: rootsFor(ctx.actor, 'plan.read'), ancestorBodyIds: [], parentPlanId: plan.id, limit: 1000 });
      const children = [];
      for (const child of childPlans) {
        const progress = (await planProgress(ctx.db, child.id, today)).plan;
        children.push({ planId: child.id, organization: { id: child.organization_id, code: child.org_code, name: child.org_name }, numberAndSymbol: formatPlanNumber(child.number, child.symbol), state: child.state, progress });
      }
      return {
        plan: own.plan,
        areas: own.areas.map((a) => ({ ...a, reformArea: a.reformArea as ReformArea })),
        tasks: own.tasks,
        children,
        total: combine([own.plan, ...children.map((c) => c.progress)]),
      };
    },
  );
};
