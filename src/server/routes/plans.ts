import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { findPlanVersion, listPlans, listPlanVersions, type PlanListRow, type PlanRow } from '../../db/repositories/plans';
import { listOccurrencesOfPlan, listTasks, type OccurrenceRow, type TaskRow } from '../../db/repositories/tasks';
import { errorResponseSchema, idParamsSchema, pageSchema, paginationQuerySchema } from '../../shared/schemas/common';
import { listPlansQuerySchema } from '../../shared/schemas/plans';
import { PLAN_STATES, type PlanState } from '../../shared/plan-vocabulary';
import { createPlanSchema, planDetailSchema, planSummarySchema, planVersionSchema, transitionPlanSchema, updatePlanSchema, type PlanVersionDto } from '../../shared/schemas/plans-api';
import { createPlan } from '../commands/create-plan';
import { loadPlan } from '../commands/load-plan';
import { transitionPlan } from '../commands/transition-plan';
import { updatePlanDetails } from '../commands/update-plan';
import type { CommandContext } from '../commands/transaction';
import { commandContext } from '../deps';
import { notFound } from '../errors';
import { rootsFor } from '../policies';
import { toPage } from '../presenters/page';
import { presentPlanDetail, presentPlanSummary, type LinkedCitation } from '../presenters/plan';
import { recognizeCitations, uniqueCitations } from '../../domain/citations';
import { findLegalDocumentsByCodes } from '../../db/repositories/legal-documents';
import type { AssigneeRef, PlanContent, Section } from '../../shared/schemas/plans';
import { assigneeNames } from '../../db/repositories/assignee-names';
import { pathIds } from '../../domain/organizations/tree';

const tags = ['plans'];

const listedBody = (r: PlanListRow) => ({ id: r.organization_id, code: r.org_code, name: r.org_name, path: r.org_path, body_id: r.organization_id });
const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema };

async function detail(ctx: CommandContext, id: string) {
  const { plan, body } = await loadPlan(ctx.db, ctx.actor, id, 'read');
  const tasks = await listTasks(ctx.db, id);
  const occurrences = await listOccurrencesOfPlan(ctx.db, id);
  const names = await assigneeNames(ctx.db, referencesOf(plan, tasks, occurrences));
  return presentPlanDetail(ctx.actor, plan, body, tasks, occurrences, await citationsOf(ctx, plan), names);
}

/** Every assignee a plan mentions: task leads and coordinators, responsible bodies, section addressees. */
function referencesOf(plan: PlanRow, tasks: TaskRow[], occurrences: OccurrenceRow[]): AssigneeRef[] {
  const refs: AssigneeRef[] = occurrences.map((o) => ({ type: 'organization', id: o.organization_id }));
  for (const t of tasks) {
    if (t.lead_json) refs.push(JSON.parse(t.lead_json) as AssigneeRef);
    refs.push(...(JSON.parse(t.coordinators_json) as AssigneeRef[]));
  }
  const walk = (sections: Section[]): void => {
    for (const s of sections) {
      if (s.assignee) refs.push(s.assignee);
      walk(s.children);
    }
  };
  walk((JSON.parse(plan.content_json) as PlanContent).sections);
  return refs;
}

/** The documents a plan's bases and opening cite, each linked to its registry entry when there is one. */
async function citationsOf(ctx: CommandContext, plan: PlanRow): Promise<LinkedCitation[]> {
  const content = JSON.parse(plan.content_json) as PlanContent;
  const cited = uniqueCitations(recognizeCitations([...content.bases, content.introduction ?? ''].join('\n')));
  const known = new Map((await findLegalDocumentsByCodes(ctx.db, cited.map((c) => c.code))).map((d) => [d.code, d.id]));
  return cited.map(({ kind, code, date, issuer }) => ({ kind, code, date, issuer, documentId: known.get(code) ?? null }));
}

/** Plans (SPEC §2.3): a body's own, those of the bodies under it, and the issued plans of the bodies above it. */
export const planRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/plans', { config: { viewCache: true }, schema: { tags, summary: 'Danh sách kế hoạch', querystring: listPlansQuerySchema, response: { 200: pageSchema(planSummarySchema), ...errors } } }, async (request) => {
    const ctx = commandContext(request);
    const q = request.query;
    // The bodies above the reader's own bodies: their issued plans are what the reader carries out.
    const ancestorBodyIds = [...new Set(ctx.actor.grants.flatMap((g) => pathIds(g.bodyPath).filter((id) => id !== g.bodyId)))];
    const rows = await listPlans(ctx.db, { ...q, roots: rootsFor(ctx.actor, 'plan.read'), ancestorBodyIds });
    return toPage(rows, q.limit, (r) => presentPlanSummary(ctx.actor, r, listedBody(r), r.task_count), (r) => r.id);
  });

  app.get('/api/plans/:id', { config: { viewCache: true }, schema: { tags, summary: 'Toàn văn kế hoạch và bảng nhiệm vụ', params: idParamsSchema, response: { 200: planDetailSchema, ...errors } } }, async (request) =>
    detail(commandContext(request), request.params.id),
  );

  app.get(
    '/api/plans/:id/children',
    {
      schema: {
        tags,
        summary: 'Kế hoạch của các đơn vị thực hiện kế hoạch này',
        params: idParamsSchema,
        // A department of health's plan has one child a body: a province's sixty fit one page of the default.
        querystring: paginationQuerySchema.extend({ limit: paginationQuerySchema.shape.limit.unwrap().default(1000) }),
        response: { 200: pageSchema(planSummarySchema), ...errors },
      },
    },
    async (request) => {
      const ctx = commandContext(request);
      const { limit, cursor } = request.query;
      await loadPlan(ctx.db, ctx.actor, request.params.id, 'read');
      const rows = await listPlans(ctx.db, { roots: rootsFor(ctx.actor, 'plan.read'), ancestorBodyIds: [], parentPlanId: request.params.id, limit, cursor });
      return toPage(rows, limit, (r) => presentPlanSummary(ctx.actor, r, listedBody(r), r.task_count), (r) => r.id);
    },
  );

  app.post('/api/plans', { schema: { tags, summary: 'Soạn kế hoạch mới', body: createPlanSchema, response: { 201: planDetailSchema, ...errors } } }, async (request, reply) => {
    const ctx = commandContext(request);
    const plan = await createPlan(ctx, request.body);
    return reply.status(201).send(await detail(ctx, plan.id));
  });

  app.patch('/api/plans/:id', { schema: { tags, summary: 'Sửa kế hoạch và bảng nhiệm vụ', params: idParamsSchema, body: updatePlanSchema, response: { 200: planDetailSchema, ...errors } } }, async (request) => {
    const ctx = commandContext(request);
    await updatePlanDetails(ctx, request.params.id, request.body);
    return detail(ctx, request.params.id);
  });

  app.post(
    '/api/plans/:id/transition',
    { schema: { tags, summary: 'Trình, trả lại, ban hành, kết thúc hoặc mở lại kế hoạch', params: idParamsSchema, body: transitionPlanSchema, response: { 200: planDetailSchema, ...errors } } },
    async (request) => {
      const ctx = commandContext(request);
      await transitionPlan(ctx, request.params.id, request.body.to, request.body);
      return detail(ctx, request.params.id);
    },
  );

  app.get(
    '/api/plans/:id/versions',
    {
      schema: {
        tags,
        summary: 'Các phiên bản đã lưu của kế hoạch: khi ban hành và mỗi lần sửa sau khi ban hành',
        params: idParamsSchema,
        response: { 200: z.object({ items: z.array(z.object({ version: z.number(), state: z.enum(PLAN_STATES), createdAt: z.string() })) }), ...errors },
      },
    },
    async (request) => {
      const ctx = commandContext(request);
      await loadPlan(ctx.db, ctx.actor, request.params.id, 'read');
      const versions = await listPlanVersions(ctx.db, request.params.id);
      return { items: versions.map((v) => ({ version: v.version, state: v.state as PlanState, createdAt: v.created_at })) };
    },
  );

  app.get(
    '/api/plans/:id/versions/:version',
    { schema: { tags, summary: 'Một phiên bản của kế hoạch, đúng như khi được lưu', params: idParamsSchema.extend({ version: z.coerce.number().int().min(1) }), response: { 200: planVersionSchema, ...errors } } },
    async (request) => {
      const ctx = commandContext(request);
      await loadPlan(ctx.db, ctx.actor, request.params.id, 'read');
      const version = await findPlanVersion(ctx.db, request.params.id, request.params.version);
      if (!version) throw notFound('PLAN_VERSION_NOT_FOUND', 'Không có phiên bản này của kế hoạch.');
      return JSON.parse(version.snapshot_json) as PlanVersionDto;
    },
  );
};

