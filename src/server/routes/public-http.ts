import type { FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { contentDisposition } from '../http/content-disposition';
import { matchesEtag } from '../http/etag';

/**
 * HTTP plumbing of the citizen pages. A phone on a slow line asks again with If-None-Match and gets
 * an empty 304 when nothing changed. Only the ETag decides: it hashes what would be sent, so an item
 * taken down changes it at once, which a Last-Modified taken from the items still shown could not.
 */
export function sendCached(request: FastifyRequest, reply: FastifyReply, page: { body: string | Buffer; type: string; lastModified?: string }) {
  const etag = `W/"${createHash('sha256').update(page.body).digest('base64url').slice(0, 27)}"`;
  // Without PUBLIC_URL the page's absolute links come from the request's Host header, which anyone can
  // set: such a page is kept by the reader's own browser only, never by a shared cache that would hand
  // a forged host's links to everyone else.
  const scope = hasTrustedOrigin(request) ? 'public' : 'private';
  reply.header('cache-control', `${scope}, max-age=60`).header('etag', etag).header('vary', 'accept-encoding');
  if (page.lastModified) reply.header('last-modified', new Date(page.lastModified).toUTCString());
  if (matchesEtag(request.headers['if-none-match'], etag)) return reply.code(304).send();
  return reply.type(page.type).send(page.body);
}

/**
 * What a citizen page's route says of itself in the OpenAPI description: the public group, and no credentials
 * needed (`security: []`, which also spares it the 401/403/429 every staff operation lists).
 */
export const PUBLIC_ROUTE = { tags: ['public'], security: [] };

/** Absolute links can be trusted only when PUBLIC_URL says where the site is. */
const hasTrustedOrigin = (request: FastifyRequest) => !!request.server.deps.config.publicUrl;

/** Where absolute links point: PUBLIC_URL when set, else the address this request came in on. */
export function publicOrigin(request: FastifyRequest): string {
  const configured = request.server.deps.config.publicUrl;
  if (configured) return configured.replace(/\/+$/, '');
  try {
    // Through URL so a default port (":80" from some proxies and test clients) is left out.
    return new URL(`${request.protocol}://${request.host}`).origin;
  } catch {
    return `${request.protocol}://localhost`;
  }
}

/**
 * Images shown inline are the raster kinds a browser cannot run; anything else, SVG included,
 * is offered as a download.
 */
const INLINE_IMAGES = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/gif']);

export const publicDisposition = (name: string, mediaType: string) => contentDisposition(name, INLINE_IMAGES.has(mediaType) ? 'inline' : 'attachment');
