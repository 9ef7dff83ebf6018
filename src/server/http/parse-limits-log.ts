import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors';

/** Refusals that mean an upload reached one of the parsing limits (decision 0020), not that it was simply wrong. */
const AT_A_LIMIT = new Set(['FILE_TOO_LARGE', 'TOO_SLOW', 'SERVER_BUSY', 'TOO_MANY_ROWS', 'TOO_MANY_PAGES']);

/**
 * Awaits the parse of an upload and, when it was refused at a limit, logs a warning naming who sent how
 * large a file and which limit it reached: a run of them is an attack, or a limit set too low.
 */
export async function logLimitRefusals<T>(request: FastifyRequest, bytes: number, parse: Promise<T>): Promise<T> {
  try {
    return await parse;
  } catch (error) {
    if (error instanceof AppError && AT_A_LIMIT.has(error.code)) {
      request.log.warn({ code: error.code, status: error.statusCode, bytes, user: request.signedIn?.user.username ?? null, url: request.url }, 'upload refused at a parsing limit');
    }
    throw error;
  }
}
