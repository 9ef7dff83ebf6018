import createClient, { type Client } from 'openapi-fetch';
import { ApiError, NETWORK_ERROR, failureOf } from './client';
import type { paths } from './schema.gen';

/**
 * The API client whose paths, parameters, bodies and answers are the types generated from the server's
 * OpenAPI description (schema.gen.ts, `npm run api:types`; issue 18): a route whose shape changes makes the
 * pages that call it fail the type check. openapi-fetch does the calls; `answerOf` turns its answer into
 * the data or the same ApiError every page already handles.
 */
export type ApiClient = Client<paths>;
export type { paths as ApiPaths } from './schema.gen';

/** `baseUrl` empty: the page's own server. Other programs (the integration test) give theirs, and their credentials. */
export function createApiClient(options: { baseUrl?: string; headers?: Record<string, string> } = {}): ApiClient {
  return createClient<paths>({ baseUrl: options.baseUrl ?? '', credentials: 'same-origin', headers: { Accept: 'application/json', ...options.headers } });
}

/** The web app's own client. */
export const typedApi = createApiClient();

type Answer<T> = { data?: T; error?: unknown; response: Response };

/** The answer's data, or the ApiError its failure is (a network failure included). */
export async function answerOf<T>(pending: Promise<Answer<T>>): Promise<T> {
  let answer: Answer<T>;
  try {
    answer = await pending;
  } catch {
    throw new ApiError(0, NETWORK_ERROR, '');
  }
  const { data, error, response } = answer;
  if (response.ok) return data as T;
  throw failureOf(new URL(response.url || '/', 'http://x').pathname, response.status, error);
}

type Operation<P extends keyof paths, M extends keyof paths[P]> = paths[P][M];

/** The JSON body an operation takes, as the description says. */
export type RequestBodyOf<P extends keyof paths, M extends keyof paths[P]> =
  Operation<P, M> extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;

/** The JSON an operation answers with when it succeeds (200 or 201). */
export type AnswerOf<P extends keyof paths, M extends keyof paths[P]> =
  Operation<P, M> extends { responses: infer R } ? (R extends { 200: { content: { 'application/json': infer A } } } ? A : R extends { 201: { content: { 'application/json': infer A } } } ? A : never) : never;
