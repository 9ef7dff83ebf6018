import type { FastifyPluginAsync } from 'fastify';
import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createElement } from 'react';
import { todayInVietnam } from '../../domain/calendar/lateness';
import { qrPngOf, pngDataUrl } from '../../documents/qr/qr-code';
import { findPublicBody } from '../../db/repositories/public-media';
import { PostingSheetPage } from '../../public/PostingSheetPage';
import { ProcedureListPage } from '../../public/ProcedureListPage';
import { ProcedurePage } from '../../public/ProcedurePage';
import { PUBLIC_TEXT as T } from '../../public/public-text';
import { procedureListPath, procedurePath } from '../../shared/public-urls';
import { renderPage } from '../../public/render-page';
import { findPublicProcedureForm, listPublicProcedures, loadPublicProcedure } from '../commands/public-procedures';
import { notFoundPage } from './public-pages';
import { matchesEtag } from '../http/etag';
import { publicDisposition, publicOrigin, sendCached } from './public-http';

const HTML = 'text/html; charset=utf-8';

type OrgParams = { orgCode: string };
type ProcedureParams = OrgParams & { code: string };
const queryText = (value: unknown) => (typeof value === 'string' ? value.trim().slice(0, 200) : '');

/**
 * The citizen pages of a body's administrative procedures (SPEC §2.7): the list, one procedure, its A4
 * posting sheet with a QR code, and its forms. No sign-in, no script; status is read for today.
 */
export const publicProcedureRoutes: FastifyPluginAsync = async (app) => {
  const db = app.deps.store.db;
  const filesDir = join(app.deps.config.dataDir, 'files');
  const today = () => todayInVietnam(new Date());

  app.get<{ Params: OrgParams; Querystring: { q?: unknown; 'linh-vuc'?: unknown } }>('/p/:orgCode/thu-tuc', { schema: { hide: true }, config: { viewCache: 'public' } }, async (request, reply) => {
    const body = await findPublicBody(db, request.params.orgCode);
    if (!body) return notFoundPage(reply, null);
    const q = queryText(request.query.q);
    const field = queryText(request.query['linh-vuc']);
    const { procedures, fields } = await listPublicProcedures(db, body, { q, field }, today());
    const canonicalUrl = publicOrigin(request) + procedureListPath(body.code);
    const html = renderPage(
      createElement(ProcedureListPage, {
        body,
        procedures,
        fields,
        q,
        field,
        meta: { title: `${T.proceduresHeading} — ${body.name}`, description: T.proceduresDescription(body.name), canonicalUrl, openGraph: { type: 'website', url: canonicalUrl } },
      }),
    );
    return sendCached(request, reply, { body: html, type: HTML });
  });

  app.get<{ Params: ProcedureParams }>('/p/:orgCode/thu-tuc/:code', { schema: { hide: true }, config: { viewCache: 'public' } }, async (request, reply) => {
    const body = await findPublicBody(db, request.params.orgCode);
    const procedure = body && (await loadPublicProcedure(db, body, request.params.code, today()));
    if (!procedure) return notFoundPage(reply, body ?? null);
    const url = publicOrigin(request) + procedurePath(body!.code, procedure.code);
    const html = renderPage(
      createElement(ProcedurePage, {
        body: body!,
        procedure,
        meta: { title: `${procedure.name} — ${body!.name}`, description: `${procedure.code} · ${procedure.field} · ${body!.name}`, canonicalUrl: url, openGraph: { type: 'article', url } },
      }),
    );
    return sendCached(request, reply, { body: html, type: HTML });
  });

  app.get<{ Params: ProcedureParams }>('/p/:orgCode/thu-tuc/:code/niem-yet', { schema: { hide: true }, config: { viewCache: 'public' } }, async (request, reply) => {
    const body = await findPublicBody(db, request.params.orgCode);
    const procedure = body && (await loadPublicProcedure(db, body, request.params.code, today()));
    // Only what is in force is printed for the board; the online page explains the rest.
    if (!procedure || procedure.status !== 'in_force') return notFoundPage(reply, body ?? null);
    const pageUrl = publicOrigin(request) + procedurePath(body!.code, procedure.code);
    const qrDataUrl = pngDataUrl(await qrPngOf(pageUrl));
    return sendCached(request, reply, { body: renderPage(createElement(PostingSheetPage, { body: body!, procedure, pageUrl, qrDataUrl })), type: HTML });
  });

  app.get<{ Params: ProcedureParams & { fileId: string } }>('/p/:orgCode/thu-tuc/:code/bieu-mau/:fileId', { schema: { hide: true } }, async (request, reply) => {
    const body = await findPublicBody(db, request.params.orgCode);
    const file = body && (await findPublicProcedureForm(db, body, request.params.code, request.params.fileId));
    if (!file) return notFoundPage(reply, body ?? null);
    const path = join(filesDir, file.storage_key);
    if (!existsSync(path)) return notFoundPage(reply, body);
    const etag = `"${file.id}-${file.size}"`;
    reply.header('cache-control', 'public, max-age=300').header('etag', etag).header('content-disposition', publicDisposition(file.name, file.media_type));
    if (matchesEtag(request.headers['if-none-match'], etag)) return reply.code(304).send();
    return reply.type(file.media_type).send(createReadStream(path));
  });
};
