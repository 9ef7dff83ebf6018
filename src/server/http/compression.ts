import { Negotiator } from '@fastify/accept-negotiator';
import zlib from 'node:zlib';

/**
 * How answers are compressed, in one place: @fastify/compress for answers made now, and the view cache for
 * the compressed bytes it keeps. Brotli at quality 4 compresses a plan page almost as well as quality 11
 * at a fraction of the time; answers under 2 kB are not worth a header.
 */
export const COMPRESSION = { threshold: 2048, encodings: ['br', 'gzip'] as ('br' | 'gzip')[], brotliQuality: 4 };

export type Encoding = 'br' | 'gzip';

const negotiator = new Negotiator<Encoding>({ supportedValues: COMPRESSION.encodings });

/** The encoding a client asked for that we make, by its Accept-Encoding header; null for none. */
export function chosenEncoding(acceptEncoding: string | string[] | undefined): Encoding | null {
  const header = Array.isArray(acceptEncoding) ? acceptEncoding.join(',') : acceptEncoding;
  return header ? negotiator.negotiate(header) : null;
}

export function encode(body: Buffer, encoding: Encoding): Buffer {
  return encoding === 'br' ? zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: COMPRESSION.brotliQuality, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } }) : zlib.gzipSync(body);
}
