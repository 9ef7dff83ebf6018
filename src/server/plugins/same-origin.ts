import type { FastifyInstance, FastifyRequest } from 'fastify';
import { originOf } from '../config';
import { AppError } from '../errors';

/** Methods that only read; everything else changes something and must come from the app's own pages. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const CROSS_SITE_REQUEST = 'CROSS_SITE_REQUEST';

const crossSite = () =>
  new AppError(403, CROSS_SITE_REQUEST, 'Yêu cầu gửi từ một trang web khác bị từ chối. Hãy mở hệ thống từ chính địa chỉ của nó rồi thao tác lại.');

/**
 * The origins whose pages may change things: PUBLIC_URL's when it is set (then the Host header, which
 * anyone can write, counts for nothing), else the address this request came in on (scheme from
 * request.protocol, which honours TRUST_PROXY, and the Host); plus ALLOWED_ORIGINS either way.
 */
export function allowedOrigins(request: FastifyRequest): Set<string> {
  const { publicUrl, allowedOrigins: extra } = request.server.deps.config;
  const own = publicUrl ? originOf(publicUrl) : originOf(`${request.protocol}://${request.host}`);
  return new Set([...(own ? [own] : []), ...(extra ?? [])]);
}

/**
 * Refuses state-changing requests sent by another site's page (cross-site request forgery, docs/decisions/0021).
 * The session cookie is SameSite=Lax, which still lets any site of the same registrable domain (another
 * app under the province's domain) send a form or fetch with it; so every non-safe method on every route,
 * sign-in and multipart uploads included, must carry the app's own Origin.
 *
 * - Origin present: it must be one of the allowed origins ("null", from sandboxed frames, files and some
 *   redirects, never is).
 * - Origin absent but Sec-Fetch-Site present: only 'same-origin' or 'none' (typed by the user) pass.
 * - Neither header: allowed. A browser always sends Origin with POST, PUT, PATCH and DELETE (fetch, XHR and
 *   forms alike), so a request without it comes from a program — curl, the `cchc` command, an integration —
 *   which holds no victim's cookie to abuse; refusing it would only break those clients.
 */
export function registerSameOrigin(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    if (SAFE_METHODS.has(request.method)) return;
    const origin = header(request, 'origin');
    if (origin !== undefined) {
      const normalised = originOf(origin);
      if (normalised && allowedOrigins(request).has(normalised)) return;
      request.log.warn({ origin, method: request.method, url: request.url }, 'cross-site request refused');
      throw crossSite();
    }
    const site = header(request, 'sec-fetch-site');
    if (site === undefined || site === 'same-origin' || site === 'none') return;
    request.log.warn({ secFetchSite: site, method: request.method, url: request.url }, 'cross-site request refused');
    throw crossSite();
  });
}

/** A header's value; a repeated header counts as its first value (Node joins most, keeps arrays for few). */
function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined ? undefined : first.trim().toLowerCase();
}
