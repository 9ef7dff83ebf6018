import type { FastifyPluginAsync } from 'fastify';
import { createElement } from 'react';
import { todayInVietnam } from '../../domain/calendar/lateness';
import { issuedPlanYears } from '../../db/repositories/plans';
import { findPublicBody } from '../../db/repositories/public-media';
import { PlanProgressPage } from '../../public/PlanProgressPage';
import { PUBLIC_TEXT as T } from '../../public/public-text';
import { planProgressPath } from '../../shared/public-urls';
import { renderPage } from '../../public/render-page';
import { publicPlanProgress } from '../commands/public-plan-progress';
import { notFoundPage } from './public-pages';
import { PageMemo } from '../http/page-memo';
import { publicOrigin, sendCached } from './public-http';

/** The public progress page of a body's CCHC year (SPEC §2.13): no sign-in, no script, counts only. */
export const publicPlanProgressRoutes: FastifyPluginAsync = async (app) => {
  const db = app.deps.store.db;
  const pages = new PageMemo<{ html: string } | { missing: true }>();

  // The latest year: this year once a plan of it is issued, else the newest year that has one.
  app.get<{ Params: { orgCode: string } }>('/p/:orgCode/ke-hoach', { schema: { hide: true } }, async (request, reply) => {
    const body = await findPublicBody(db, request.params.orgCode);
    if (!body) return notFoundPage(reply, null);
    const thisYear = Number(todayInVietnam(new Date()).slice(0, 4));
    const year = (await issuedPlanYears(db, body.id)).find((y) => y <= thisYear);
    if (!year) return notFoundPage(reply, body, T.progressNotFoundText);
    return reply.header('cache-control', 'public, max-age=60').redirect(planProgressPath(body.code, year), 302);
  });

  app.get<{ Params: { orgCode: string; year: string } }>('/p/:orgCode/ke-hoach/:year', { schema: { hide: true } }, async (request, reply) => {
    const body = await findPublicBody(db, request.params.orgCode);
    if (!body) return notFoundPage(reply, null);
    const year = /^\d{4}$/.test(request.params.year) ? Number(request.params.year) : NaN;
    if (!(Number.isInteger(year) && year >= 2000 && year <= 2100)) return notFoundPage(reply, body, T.progressNotFoundText);
    const today = todayInVietnam(new Date());
    const origin = publicOrigin(request);
    const page = await pages.get(`${body.id}|${year}|${today}|${origin}`, async () => {
      const progress = await publicPlanProgress(db, body, year, today);
      if (!progress) return { missing: true as const };
      const url = origin + planProgressPath(body.code, year);
      const meta = { title: `${T.progressHeading(year)} — ${body.name}`, description: T.progressDescription(body.name, year), canonicalUrl: url, openGraph: { type: 'website' as const, url } };
      return { html: renderPage(createElement(PlanProgressPage, { body, progress, meta })) };
    });
    if ('missing' in page) return notFoundPage(reply, body, T.progressNotFoundText);
    const html = page.html;
    return sendCached(request, reply, { body: html, type: 'text/html; charset=utf-8' });
  });
};
