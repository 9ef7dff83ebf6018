import { Negotiator } from '@fastify/accept-negotiator';
import type { FastifyInstance } from 'fastify';
import zlib from 'node:zlib';

/**
 * How answers are compressed, in one place: @fastify/compress for answers made now, and the view cache for
 * the compressed bytes it keeps. Brotli at quality 4 compresses a plan page almost as well as quality 11
 * at a fraction of the time; answers under 2 kB are not worth a header.
 */
export const COMPRESSION = { threshold: 2048, encodings: ['br', 'gzip'] as ('br' | 'gzip')[], brotliQuality: 4 };

/**
 * Brotli's parameters for every answer. Its default window is 4 MB, and an encoder holds it (and hash
 * tables to match) for as long as its answer is being sent: 256 answers on their way at once held over a
 * gigabyte. Our answers are under a megabyte, and a 256 kB window compresses them within a percent.
 */
export const BROTLI_PARAMS = { [zlib.constants.BROTLI_PARAM_QUALITY]: COMPRESSION.brotliQuality, [zlib.constants.BROTLI_PARAM_LGWIN]: 18 };

export type Encoding = 'br' | 'gzip';

const negotiator = new Negotiator<Encoding>({ supportedValues: COMPRESSION.encodings });

/** The encoding a client asked for that we make, by its Accept-Encoding header; null for none. */
export function chosenEncoding(acceptEncoding: string | string[] | undefined): Encoding | null {
  const header = Array.isArray(acceptEncoding) ? acceptEncoding.join(',') : acceptEncoding;
  return header ? negotiator.negotiate(header) : null;
}

export function encode(body: Buffer, encoding: Encoding): Buffer {
  return encoding === 'br' ? zlib.brotliCompressSync(body, { params: { ...BROTLI_PARAMS, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } }) : zlib.gzipSync(body);
}

/** Types worth compressing: JSON, HTML, feeds, text. A DOCX, PDF, zip or picture is compressed already. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|atom\+xml|javascript|problem\+json)|image\/svg)/;

/** Adds accept-encoding to the Vary header, keeping what is there. */
export function varyOnEncoding(current: string | number | string[] | undefined): string {
  const names = (Array.isArray(current) ? current.join(',') : String(current ?? '')).split(',').map((n) => n.trim()).filter(Boolean);
  return names.some((n) => n.toLowerCase() === 'accept-encoding' || n === '*') ? names.join(', ') : [...names, 'accept-encoding'].join(', ');
}

/**
 * Answers made now (text or bytes in memory) are compressed at once, in this thread, with the encoder
 * sized to the answer. A streaming encoder instead lives until its answer has been sent, holding its
 * window and tables: 256 report compiles answered at once held 350 MB of brotli state outside the heap.
 * Streams (files) are left to @fastify/compress, registered after this hook. The view cache's hook runs
 * before, so it keeps the text and sends kept bytes already encoded (this hook then leaves them).
 */
export function registerAnswerCompression(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (reply.hasHeader('content-encoding') || request.method === 'HEAD' || !(typeof payload === 'string' || Buffer.isBuffer(payload))) return payload;
    if (reply.statusCode === 204 || reply.statusCode === 304 || Buffer.byteLength(payload) < COMPRESSION.threshold) return payload;
    if (!COMPRESSIBLE.test(String(reply.getHeader('content-type') ?? ''))) return payload;
    reply.header('vary', varyOnEncoding(reply.getHeader('vary')));
    const encoding = chosenEncoding(request.headers['accept-encoding']);
    if (!encoding) return payload;
    reply.header('content-encoding', encoding);
    reply.removeHeader('content-length');
    return encode(Buffer.isBuffer(payload) ? payload : Buffer.from(payload), encoding);
  });
}
