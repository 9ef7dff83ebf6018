import type { FastifyInstance, FastifyRequest } from 'fastify';
import { LRUCache } from 'lru-cache';
import { todayInVietnam } from '../../domain/calendar';
import type { Db } from '../../db/database';
import { dataVersion } from '../../db/data-version';
import { chosenEncoding, COMPRESSION, encode, varyOnEncoding, type Encoding } from './compression';
import { matchesEtag } from './etag';

/**
 * Route option on a GET route whose answer depends only on the data, the URL, the day and:
 * `viewCache: true`, the person signed in (staff views); `viewCache: 'public'`, the address the page was
 * asked at (citizen pages, whose absolute links come from it when PUBLIC_URL is not set).
 */
declare module 'fastify' {
  interface FastifyContextConfig {
    viewCache?: boolean | 'public';
  }
  interface FastifyRequest {
    viewCacheKey?: { key: string; version: string; made?: () => void };
  }
}

/**
 * The answer as bytes, and compressed once per encoding a client asked for: a kept plan page (130 kB) is
 * neither encoded as text nor compressed again each time it is sent.
 */
type Kept = { version: string; body: Buffer; contentType: string; encoded: Partial<Record<Encoding, Buffer>>; headers: Record<string, string> };

/** What a citizen page says about itself, kept with it: caching by browsers and proxies, and its ETag for a 304. */
const KEPT_HEADERS = ['cache-control', 'etag', 'last-modified'];

const sizeOf = (k: Kept) => k.body.length + (k.encoded.br?.length ?? 0) + (k.encoded.gzip?.length ?? 0) + 200;

/** Entries larger than this are not kept: a few huge answers would push out hundreds of small ones. */
const MAX_ENTRY_BYTES = 4 * 1024 * 1024;

/** How long a request waits for the same answer being made by another before making it itself. */
const WAIT_FOR_MAKER_MS = 10_000;

/**
 * The answers of costly read-only views (a plan page, a department of health's home or matrix, the KPI
 * cards), kept per person, URL and day until any data changes (issue 17). A person's second look, and
 * the thirty-second of thirty-two people looking at once, costs the session check, one small query for
 * the data version, and sending the text, instead of counting a province's work again.
 *
 * Safe by construction: the version is read before the view is made, so an answer made while something
 * was written is kept under the older version and never served after it; only 200 answers are kept;
 * the person is part of the key (their grants and `can` flags are in the answer); the day is part of the
 * key (lateness is counted to today). Per process, bounded in bytes.
 */
export function registerViewCache(app: FastifyInstance, db: Db, maxBytes = 64 * 1024 * 1024): void {
  const cache = new LRUCache<string, Kept>({ maxSize: maxBytes, sizeCalculation: sizeOf });
  let currentVersion: string | null = null;
  /**
   * Answers being made, by key and version. After a write, the thirty-two people looking at the same page
   * would each make it again at once (on PostgreSQL, each some twenty round trips through a pool of ten):
   * the first makes it, the others wait for it and are sent what it kept.
   */
  const making = new Map<string, Promise<void>>();
  const keyOf = (request: FastifyRequest): string | null => {
    const kind = request.routeOptions.config.viewCache;
    if (request.method !== 'GET' || !kind) return null;
    // A citizen page's links come from PUBLIC_URL, or when it is unset from the address it was asked at.
    const who = kind === 'public' ? (request.server.deps.config.publicUrl ?? `${request.protocol}://${request.host}`) : request.signedIn?.user.id;
    return who ? `${who}|${todayInVietnam(new Date())}|${request.url}` : null;
  };

  app.addHook('preHandler', async (request, reply) => {
    const key = keyOf(request);
    if (key === null) return;
    // Read by the session check as the request came in; else read now. Either way before the view is made.
    const version = request.dataVersion ?? (await dataVersion(db));
    // An answer of an older version can never be served again: let it go at once rather than when pushed out.
    if (version !== currentVersion) {
      cache.clear();
      currentVersion = version;
    }
    let kept = cache.get(key);
    const inFlight = making.get(`${version}|${key}`);
    if (!(kept && kept.version === version) && inFlight) {
      await Promise.race([inFlight, new Promise((resolve) => setTimeout(resolve, WAIT_FOR_MAKER_MS).unref())]);
      kept = cache.get(key);
    }
    if (kept && kept.version === version) {
      reply.header('x-view-cache', 'hit').headers(kept.headers).type(kept.contentType);
      if (kept.headers.etag && matchesEtag(request.headers['if-none-match'], kept.headers.etag)) return reply.code(304).send();
      if (kept.body.length < COMPRESSION.threshold) return reply.send(kept.body);
      reply.header('vary', varyOnEncoding(reply.getHeader('vary')));
      const encoding = chosenEncoding(request.headers['accept-encoding']);
      if (!encoding) return reply.send(kept.body);
      let encoded = kept.encoded[encoding];
      if (!encoded) {
        encoded = kept.encoded[encoding] = encode(kept.body, encoding);
        cache.set(key, kept); // its size has grown
      }
      // Compression sees the header and leaves the bytes alone.
      return reply.header('content-encoding', encoding).send(encoded);
    }
    const flight = `${version}|${key}`;
    if (making.has(flight)) {
      // The one making it did not keep it (an error, an answer too large): make it here.
      request.viewCacheKey = { key, version };
      return;
    }
    let made!: () => void;
    const promise = new Promise<void>((resolve) => {
      made = resolve;
    });
    making.set(flight, promise);
    request.viewCacheKey = {
      key,
      version,
      made: () => {
        // Called when kept and again when the answer has gone: only this request's own entry is removed.
        if (making.get(flight) === promise) making.delete(flight);
        made();
      },
    };
  });

  // However the request ends, those waiting for its answer go on (with it kept, or making their own).
  const release = async (request: FastifyRequest) => {
    request.viewCacheKey?.made?.();
  };
  app.addHook('onResponse', release);
  app.addHook('onRequestAbort', release);

  // Registered before compression, so this sees the JSON text, not the compressed stream.
  app.addHook('onSend', async (request, reply, payload) => {
    const pending = request.viewCacheKey;
    if (!pending || pending.version !== currentVersion || reply.statusCode !== 200 || !(typeof payload === 'string' || Buffer.isBuffer(payload)) || payload.length > MAX_ENTRY_BYTES) return payload;
    const headers: Record<string, string> = {};
    for (const name of KEPT_HEADERS) {
      const value = reply.getHeader(name);
      if (value !== undefined) headers[name] = String(value);
    }
    cache.set(pending.key, { version: pending.version, body: Buffer.from(payload), contentType: String(reply.getHeader('content-type') ?? 'application/json; charset=utf-8'), encoded: {}, headers });
    reply.header('x-view-cache', 'miss');
    pending.made?.();
    return payload;
  });
}
