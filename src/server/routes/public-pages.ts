import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createElement } from 'react';
import { countPublishedItems, findPublicBody, findPublicFile, findPublishedItem, listPublishedItems, type PublicBody } from '../../db/repositories/public-media';
import { buildAtomFeed, entryTagUri } from '../../public/atom-feed';
import { NewsItemPage } from '../../public/NewsItemPage';
import { NewsListPage } from '../../public/NewsListPage';
import { NotFoundPage } from '../../public/NotFoundPage';
import { PAGE_SIZE, readPageNumber } from '../../public/page-numbers';
import { PUBLIC_CSS } from '../../public/public-assets';
import { kindLabel } from '../../public/public-format';
import { withPublicFileLinks } from '../../public/public-rich-text';
import { PUBLIC_TEXT as T } from '../../public/public-text';
import { newsFeedPath, newsItemPath, newsListPath, publicFilePath } from '../../shared/public-urls';
import { renderPage } from '../../public/render-page';
import { richTextWords, sanitizeRichText } from '../html/sanitize-rich-text';
import { matchesEtag } from '../http/etag';
import { publicDisposition, publicOrigin, sendCached } from './public-http';

const HTML = 'text/html; charset=utf-8';
const FEED_SIZE = 20;

type OrgParams = { orgCode: string };
type ListQuery = { q?: unknown; trang?: unknown };

/** The item's HTML as citizens get it: through the allow-list once more (it was on the way in), then public file links. */
const publicHtml = (bodyHtml: string, orgCode: string) => withPublicFileLinks(sanitizeRichText(bodyHtml), orgCode);

const newest = (...days: (string | null | undefined)[]) => days.filter((d): d is string => !!d).sort().at(-1);

export function notFoundPage(reply: FastifyReply, body: PublicBody | null, text?: string) {
  return reply.code(404).header('cache-control', 'no-cache').type(HTML).send(renderPage(createElement(NotFoundPage, { body, text })));
}

/**
 * The citizen pages of a body's CCHC section (SPEC §2.6): its published news, one item, an Atom feed
 * and the files of published items. No sign-in, no script; anything not published answers 404.
 */
export const publicPageRoutes: FastifyPluginAsync = async (app) => {
  const db = app.deps.store.db;
  const filesDir = join(app.deps.config.dataDir, 'files');

  app.get<{ Params: { name: string } }>('/p/_assets/:name', { schema: { hide: true } }, async (request, reply) => {
    if (request.params.name !== PUBLIC_CSS.name) return reply.code(404).type('text/plain; charset=utf-8').send('Không tìm thấy.');
    return reply.header('cache-control', 'public, max-age=31536000, immutable').type('text/css; charset=utf-8').send(PUBLIC_CSS.body);
  });

  app.get<{ Params: OrgParams; Querystring: ListQuery }>('/p/:orgCode/tin-tuc', { schema: { hide: true }, config: { viewCache: 'public' } }, async (request, reply) => {
    const body = await findPublicBody(db, request.params.orgCode);
    if (!body) return notFoundPage(reply, null);
    const q = typeof request.query.q === 'string' ? request.query.q.trim().slice(0, 200) : '';
    const page = readPageNumber(request.query.trang);
    const total = await countPublishedItems(db, body.id, q);
    const lastPage = Math.max(1, Math.ceil(total / PAGE_SIZE));
    if (page > lastPage) return notFoundPage(reply, body);
    const items = await listPublishedItems(db, body.id, { q, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
    const origin = publicOrigin(request);
    const title = [T.newsHeading, body.name, page > 1 ? T.pageLabel(page) : ''].filter(Boolean).join(' — ');
    const html = renderPage(
      createElement(NewsListPage, {
        body,
        items,
        total,
        page,
        lastPage,
        q,
        meta: {
          title,
          description: T.listDescription(body.name),
          canonicalUrl: origin + newsListPath(body.code, { page }),
          feed: { url: origin + newsFeedPath(body.code), title: T.feedTitle(body.name) },
          openGraph: { type: 'website', url: origin + newsListPath(body.code, { page }) },
        },
      }),
    );
    return sendCached(request, reply, { body: html, type: HTML, lastModified: newest(body.updatedAt, ...items.map((i) => i.updatedAt)) });
  });

  app.get<{ Params: OrgParams }>('/p/:orgCode/tin-tuc/feed.atom', { schema: { hide: true }, config: { viewCache: 'public' } }, async (request, reply) => {
    const body = await findPublicBody(db, request.params.orgCode);
    if (!body) return notFoundPage(reply, null);
    const items = await listPublishedItems(db, body.id, { limit: FEED_SIZE, offset: 0, withBody: true });
    const origin = publicOrigin(request);
    const updated = newest(body.updatedAt, ...items.map((i) => i.updatedAt))!;
    const xml = buildAtomFeed({
      id: origin + newsListPath(body.code),
      title: T.feedTitle(body.name),
      subtitle: T.listDescription(body.name),
      updated,
      selfUrl: origin + newsFeedPath(body.code),
      alternateUrl: origin + newsListPath(body.code),
      author: body.name,
      base: `${origin}/`,
      entries: items.map((item) => {
        const link = origin + newsItemPath(item.source.code, item.slug);
        return {
          id: entryTagUri(origin, item.firstPublishedOn ?? item.updatedAt.slice(0, 10), item.id, link),
          title: item.title,
          updated: item.updatedAt,
          published: item.firstPublishedOn ? `${item.firstPublishedOn}T00:00:00+07:00` : undefined,
          link,
          summary: item.summary,
          contentHtml: publicHtml(item.bodyHtml, item.source.code),
          category: { term: item.kind, label: kindLabel(item.kind) },
          author: item.source.id === body.id ? undefined : item.source.name,
        };
      }),
    });
    return sendCached(request, reply, { body: xml, type: 'application/atom+xml; charset=utf-8', lastModified: updated });
  });

  app.get<{ Params: OrgParams & { slug: string } }>('/p/:orgCode/tin-tuc/:slug', { schema: { hide: true }, config: { viewCache: 'public' } }, async (request, reply) => {
    const body = await findPublicBody(db, request.params.orgCode);
    if (!body) return notFoundPage(reply, null);
    const item = await findPublishedItem(db, body.id, request.params.slug);
    if (!item) return notFoundPage(reply, body);
    const origin = publicOrigin(request);
    const safeBodyHtml = publicHtml(item.bodyHtml, body.code);
    const url = origin + newsItemPath(body.code, item.slug);
    const description = (item.summary ?? richTextWords(safeBodyHtml)).slice(0, 300);
    const html = renderPage(
      createElement(NewsItemPage, {
        body,
        item,
        safeBodyHtml,
        meta: {
          title: `${item.title} — ${body.name}`,
          description,
          canonicalUrl: url,
          feed: { url: origin + newsFeedPath(body.code), title: T.feedTitle(body.name) },
          openGraph: { type: 'article', url, image: item.coverFileId ? origin + publicFilePath(body.code, item.coverFileId) : undefined, publishedOn: item.firstPublishedOn ?? undefined },
        },
      }),
    );
    return sendCached(request, reply, { body: html, type: HTML, lastModified: item.updatedAt });
  });

  app.get<{ Params: OrgParams & { fileId: string } }>('/p/:orgCode/tep/:fileId', { schema: { hide: true } }, async (request, reply) => {
    const body = await findPublicBody(db, request.params.orgCode);
    const file = body && (await findPublicFile(db, body.id, request.params.fileId));
    if (!file) return notFoundPage(reply, body ?? null);
    const path = join(filesDir, file.storageKey);
    if (!existsSync(path)) return notFoundPage(reply, body);
    const etag = `"${file.id}-${file.size}"`;
    reply
      .header('cache-control', 'public, max-age=60')
      .header('etag', etag)
      .header('last-modified', new Date(file.createdAt).toUTCString())
      .header('content-disposition', publicDisposition(file.name, file.mediaType));
    if (matchesEtag(request.headers['if-none-match'], etag)) return reply.code(304).send();
    return reply.type(file.mediaType).send(createReadStream(path));
  });
};
