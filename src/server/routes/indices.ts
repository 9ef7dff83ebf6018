import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Actor } from '../../domain/access/actor';
import { todayInVietnam } from '../../domain/calendar';
import { feedbackOnTimeTarget, firstTarget, itemsPublishedTarget, proceduresPostedTarget, satisfactionTarget, targetMet, tasksOnTimeTarget, type KpiTarget } from '../../domain/indices/kpi-targets';
import type { FeedbackCounts } from '../../domain/feedback/counts';
import type { Share } from '../../domain/surveys/satisfaction';
import { POSTING_TARGET_PERCENT, type PostingCounts } from '../../domain/procedures';
import { formatRank } from '../../domain/indices/rank';
import { formatDateVi } from '../../domain/schedule/calendar';
import { listIndexResults, type IndexResultRow } from '../../db/repositories/index-results';
import { bodyFigures, figurePercent } from '../commands/body-figures';
import { issuedPlanContents } from '../../db/repositories/plans';
import type { PlanContent } from '../../shared/schemas/plans';
import type { IndexKind, IndexScope } from '../../shared/index-vocabulary';
import { errorResponseSchema, idParamsSchema } from '../../shared/schemas/common';
import { indexResultSchema, kpiSchema, listIndexResultsQuerySchema, saveIndexResultSchema } from '../../shared/schemas/indices';
import { loadAuthorizedBody } from '../commands/load-organization';
import { loadReadableIndexResult, removeIndexResult, saveIndexResult } from '../commands/save-index-result';
import { commandContext } from '../deps';
import { forbidden } from '../errors';
import { can } from '../policies';

const tags = ['indices'];
const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema };

function present(row: IndexResultRow) {
  return {
    id: row.id,
    kind: row.kind as IndexKind,
    scope: row.scope as IndexScope,
    year: row.year,
    value: row.value,
    rank: row.rank,
    rankOf: row.rank_of,
    rankText: formatRank(row.rank, row.rank_of),
    targetValue: row.target_value,
    targetRank: row.target_rank,
    source: row.source,
    note: row.note,
    updatedAt: row.updated_at,
  };
}

/** The body a request is about: the one named, else the caller's own (the body of their first role). */
function bodyOf(actor: Actor, organizationId?: string): string {
  const id = organizationId ?? actor.grants[0]?.bodyId;
  if (!id) throw forbidden();
  return id;
}

/** Indices and the body's own KPIs (SPEC §2.9). */
/** Said wherever undated work would otherwise vanish from a count. */
const undatedNote = (n: number) => (n > 0 ? ` ${n} kỳ thuộc nhiệm vụ chưa có thời hạn, chưa tính.` : '');

/** Every procedure in force posted as it stands, unless a plan of the year words its own target. */
const FULL_POSTING: KpiTarget = { text: `${POSTING_TARGET_PERCENT}% thủ tục đang có hiệu lực được niêm yết đúng phiên bản hiện hành`, value: POSTING_TARGET_PERCENT, comparator: 'at_least' };

function postingKpi(c: PostingCounts, day: string, target: KpiTarget) {
  const detail =
    c.inForce === 0
      ? 'Chưa có thủ tục nào đang có hiệu lực trong danh mục.'
      : `${c.posted}/${c.inForce} thủ tục đang có hiệu lực đã niêm yết đúng phiên bản; ${c.stale} cần niêm yết lại do đã thay đổi; ${c.notPosted} chưa niêm yết (tính đến ${formatDateVi(day)}).`;
  return { key: 'procedures_posted', label: 'TTHC được niêm yết, công khai', value: c.percent, unit: 'percent' as const, detail, target, met: targetMet(c.percent, target) };
}

const share = (n: number) => String(n).replace('.', ',');

function feedbackKpi(c: FeedbackCounts, day: string, target: KpiTarget | null) {
  const detail =
    c.received === 0
      ? 'Chưa tiếp nhận phản ánh, kiến nghị nào trong năm.'
      : `${c.onTime}/${c.due} phản ánh, kiến nghị đã đến hạn được trả lời đúng hạn; ${c.overdue} đang quá hạn; ${c.answeredLate} trả lời muộn (tiếp nhận ${c.received}, tính đến ${formatDateVi(day)}).`;
  return { key: 'feedback_on_time', label: 'Phản ánh, kiến nghị được trả lời đúng hạn', value: c.onTimePercent, unit: 'percent' as const, detail, target, met: targetMet(c.onTimePercent, target) };
}

function satisfactionKpi(s: Share, target: KpiTarget | null) {
  const detail = s.answered === 0 ? 'Chưa có câu trả lời khảo sát nào trong năm.' : `${s.satisfied}/${s.answered} câu trả lời "hài lòng" hoặc "rất hài lòng" (${share(s.percent ?? 0)}%) trên thang 1–5 của các phiếu khảo sát trong năm.`;
  return { key: 'survey_satisfaction', label: 'Mức độ hài lòng qua khảo sát', value: s.percent, unit: 'percent' as const, detail, target, met: targetMet(s.percent, target) };
}

export const indexRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/indices',
    { schema: { tags, summary: 'Kết quả các chỉ số PAR INDEX, SIPAS, PAPI, PCI, DDCI theo năm', querystring: listIndexResultsQuerySchema, response: { 200: z.object({ items: z.array(indexResultSchema), canEdit: z.boolean() }), ...errors } } },
    async (request) => {
      const ctx = commandContext(request);
      const body = await loadAuthorizedBody(ctx.db, ctx.actor, bodyOf(ctx.actor, request.query.organizationId), 'plan.read');
      const rows = await listIndexResults(ctx.db, body.id, request.query.from, request.query.to);
      return { items: rows.map(present), canEdit: can(ctx.actor, 'index.manage', { id: body.id, path: body.path, bodyId: body.id }) };
    },
  );

  app.put('/api/indices', { schema: { tags, summary: 'Nhập hoặc sửa kết quả một chỉ số trong năm', body: saveIndexResultSchema, response: { 200: indexResultSchema, ...errors } } }, async (request) => {
    const ctx = commandContext(request);
    return present(await saveIndexResult(ctx, bodyOf(ctx.actor, request.body.organizationId), request.body));
  });

  app.get('/api/indices/:id', { schema: { tags, summary: 'Kết quả một chỉ số trong một năm, như trong danh sách', params: idParamsSchema, response: { 200: indexResultSchema, ...errors } } }, async (request) => {
    const ctx = commandContext(request);
    return present(await loadReadableIndexResult(ctx.db, ctx.actor, request.params.id));
  });

  app.delete('/api/indices/:id', { schema: { tags, summary: 'Xóa kết quả chỉ số nhập nhầm', params: idParamsSchema, response: { 204: z.null(), ...errors } } }, async (request, reply) => {
    await removeIndexResult(commandContext(request), request.params.id);
    return reply.status(204).send(null);
  });

  app.get(
    '/api/indices/kpis',
    { config: { viewCache: true },
      schema: {
        tags,
        summary: 'Chỉ tiêu tính từ dữ liệu của đơn vị: nhiệm vụ đúng hạn, tin bài đã đăng…',
        querystring: z.strictObject({ year: z.coerce.number().int().min(2010).max(2100), organizationId: z.string().max(64).optional() }),
        response: { 200: z.object({ year: z.number(), items: z.array(kpiSchema) }), ...errors },
      },
    },
    async (request) => {
      const ctx = commandContext(request);
      const { year } = request.query;
      const body = await loadAuthorizedBody(ctx.db, ctx.actor, bodyOf(ctx.actor, request.query.organizationId), 'plan.read');
      // One place computes the body's figures (its bodies' too, for a department of health): scoring reads the same.
      const figures = await bodyFigures(ctx.db, body, year, todayInVietnam(new Date()));
      const { asOf: postingDay, work, posting, published, feedback, satisfaction } = figures;
      const targets = (await issuedPlanContents(ctx.db, body.id, year)).flatMap((json) => (JSON.parse(json) as PlanContent).targets);
      const onTimeValue = figurePercent(figures, 'tasks_on_time');
      const onTimeTarget = firstTarget(targets, tasksOnTimeTarget);
      const publishedTarget = firstTarget(targets, itemsPublishedTarget);
      return {
        year,
        items: [
          {
            key: 'tasks_on_time',
            label: 'Nhiệm vụ hoàn thành đúng hạn',
            value: onTimeValue,
            unit: 'percent' as const,
            detail: `${work.due === 0 ? 'Chưa có kỳ nào đến hạn trong năm.' : `${work.onTime}/${work.due} kỳ đến hạn đã hoàn thành đúng hạn; ${work.late} kỳ trễ hạn.`}${undatedNote(work.undated)}`,
            target: onTimeTarget,
            met: targetMet(onTimeValue, onTimeTarget),
          },
          { key: 'late_work', label: 'Kỳ thực hiện trễ hạn', value: work.late, unit: 'count' as const, detail: `Trong ${work.due} kỳ đã đến hạn tính đến hôm nay.`, target: null, met: null },
          { key: 'items_published', label: 'Tin, bài đã đăng', value: published, unit: 'count' as const, detail: `Đăng lần đầu trong năm ${year}.`, target: publishedTarget, met: targetMet(published, publishedTarget) },
          postingKpi(posting, postingDay, firstTarget(targets, proceduresPostedTarget) ?? FULL_POSTING),
          feedbackKpi(feedback, postingDay, firstTarget(targets, feedbackOnTimeTarget)),
          satisfactionKpi(satisfaction.overall, firstTarget(targets, satisfactionTarget)),
        ],
      };
    },
  );
};
