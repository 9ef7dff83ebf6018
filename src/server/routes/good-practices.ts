import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Actor } from '../../domain/access/actor';
import { isMonth } from '../../domain/media/good-practices';
import { listCandidates, listSubmissions, type GoodPracticeView } from '../../db/repositories/good-practices';
import type { OrganizationRow } from '../../db/repositories/organizations';
import type { MediaKind } from '../../shared/media-vocabulary';
import { errorResponseSchema, idParamsSchema } from '../../shared/schemas/common';
import { goodPracticeListSchema, goodPracticeSchema, goodPracticeSelectionSchema, goodPracticesQuerySchema, submitGoodPracticesSchema, type GoodPracticeDto } from '../../shared/schemas/media-insights';
import { placed } from '../commands/load-organization';
import { readingBody } from '../commands/reading-body';
import { loadReadableSubmission, selectGoodPractice } from '../commands/select-good-practice';
import { badMonth, submitGoodPractices } from '../commands/submit-good-practices';
import { commandContext } from '../deps';
import { can } from '../policies';

const tags = ['media'];
const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema };

function present(actor: Actor, v: GoodPracticeView): GoodPracticeDto {
  return {
    id: v.id,
    month: v.month,
    organization: { id: v.organization_id, code: v.org_code, name: v.org_name },
    item: {
      id: v.item_id,
      title: v.item_title,
      kind: v.item_kind as MediaKind,
      summary: v.item_summary,
      firstPublishedOn: v.item_first_published_on,
      publicUrl: v.item_state === 'published' ? `/p/${encodeURIComponent(v.org_code)}/tin-tuc/${encodeURIComponent(v.item_slug)}` : null,
    },
    submittedAt: v.submitted_at,
    selected: v.selected_at !== null,
    selectedAt: v.selected_at,
    can: { select: canSelectFor(actor, v.parent_id) },
  };
}

/** Choosing is the receiving department's own act (OWN_BODY_ONLY), so its id settles it. */
function canSelectFor(actor: Actor, parentId: string): boolean {
  return actor.grants.some((g) => g.bodyId === parentId && can(actor, 'good_practice.select', { id: parentId, path: g.bodyPath, bodyId: parentId }));
}

async function listFor(actor: Actor, db: Parameters<typeof listSubmissions>[0], body: OrganizationRow, month: string, scope: 'own' | 'children') {
  const views = scope === 'own' ? await listSubmissions(db, { month, organizationIds: [body.id] }) : await listSubmissions(db, { month, parentId: body.id });
  const candidates = scope === 'own' ? await listCandidates(db, body.id, month) : [];
  return {
    month,
    scope,
    body: { id: body.id, code: body.code, name: body.name },
    items: views.map((v) => present(actor, v)),
    candidates: candidates.map((c) => ({ id: c.id, title: c.title, kind: c.kind as MediaKind, summary: c.summary, firstPublishedOn: c.first_published_on })),
    can: { submit: scope === 'own' && can(actor, 'good_practice.submit', placed(body)), select: scope === 'children' && can(actor, 'good_practice.select', placed(body)) },
  };
}

/** Good practices sent monthly to the department of health, and its choice among them (SPEC §2.6). */
export const goodPracticeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/good-practices',
    { schema: { tags, summary: 'Mô hình hay đã gửi trong tháng (scope=children: các đơn vị gửi Sở Y tế)', querystring: goodPracticesQuerySchema, response: { 200: goodPracticeListSchema, ...errors } } },
    async (request) => {
      const ctx = commandContext(request);
      const { month, scope, organizationId } = request.query;
      if (!isMonth(month)) throw badMonth();
      const body = await readingBody(ctx.db, ctx.actor, organizationId);
      return listFor(ctx.actor, ctx.db, body, month, scope);
    },
  );

  app.post(
    '/api/good-practices/submissions',
    { schema: { tags, summary: 'Gửi mô hình hay của tháng về Sở Y tế', body: submitGoodPracticesSchema, response: { 201: goodPracticeListSchema, ...errors } } },
    async (request, reply) => {
      const ctx = commandContext(request);
      const { body } = await submitGoodPractices(ctx, request.body);
      return reply.status(201).send(await listFor(ctx.actor, ctx.db, body, request.body.month, 'own'));
    },
  );

  app.get(
    '/api/good-practices/:id',
    { schema: { tags, summary: 'Một mô hình hay đã gửi, như trong danh sách của đơn vị gửi hoặc của Sở Y tế nhận', params: idParamsSchema, response: { 200: goodPracticeSchema, ...errors } } },
    async (request) => {
      const ctx = commandContext(request);
      return present(ctx.actor, await loadReadableSubmission(ctx.db, ctx.actor, request.params.id));
    },
  );

  app.post(
    '/api/good-practices/:id/selection',
    { schema: { tags, summary: 'Sở Y tế chọn (hoặc bỏ chọn) một mô hình hay để đăng', params: idParamsSchema, body: goodPracticeSelectionSchema, response: { 200: goodPracticeSchema, ...errors } } },
    async (request) => {
      const ctx = commandContext(request);
      return present(ctx.actor, await selectGoodPractice(ctx, request.params.id, request.body.selected));
    },
  );
};
