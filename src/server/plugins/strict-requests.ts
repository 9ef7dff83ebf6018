import type { FastifyInstance, FastifySchemaCompiler } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../errors';
import { jsonShape, MAX_JSON_DEPTH, unstorableStrings, unstorableText } from '../http/json-body';
import { unknownFields, validationFailed } from '../http/validation';

/**
 * Strict requests (issue 12): a field the API does not know is refused with 400 VALIDATION_FAILED naming it
 * ("Trường không được hỗ trợ: body"), never dropped while the rest is saved. Four rules make it hold for
 * every /api route, today's and tomorrow's, without anyone having to remember it:
 *
 * 1. Every body and querystring schema must refuse unknown keys at every depth (z.strictObject): the
 *    validator compiler below checks each one when the routes are compiled and the server will not start
 *    with a schema that lets an unknown key through — so neither does any test.
 * 2. An /api route that declares no querystring takes none: `?anything=1` is refused.
 * 3. An /api route that declares no JSON body takes none: `{"anything": 1}` is refused ({} and no body pass).
 *    Multipart uploads have no parsed body: their parts are checked by readUpload (http/multipart-upload.ts),
 *    and a route that takes nothing but an upload (config.uploadOnly) refuses anything else itself.
 * 4. A JSON body naming the same key twice is refused: JSON.parse would keep the last value and drop the first.
 *    So is text no database stores exactly (NUL, a lone surrogate) in a body or a query, and JSON nested
 *    deeper than any real request (http/json-body.ts).
 *
 * The citizen pages under /p/ are the exception, on purpose: links to them are shared on social networks,
 * which append ?fbclid=…, ?utm_source=… and the like; refusing those would break every shared link, so
 * those pages read the parameters they know and ignore the rest (they declare no querystring schema).
 */

const API = /^\/api(\/|$)/;

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The route takes a multipart upload and nothing else: it answers any other request with its own
     * FILE_REQUIRED, which says more than "unknown field" would, and reads its parts with readUpload.
     */
    uploadOnly?: boolean;
  }
}

type Schema = z.core.$ZodType;
/** The parts of a zod definition the walk reads (each kind of schema has some of them). */
type AnyDef = {
  type: string;
  shape?: Record<string, Schema>;
  catchall?: Schema;
  element?: Schema;
  items?: Schema[];
  rest?: Schema | null;
  options?: Schema[];
  left?: Schema;
  right?: Schema;
  in?: Schema;
  out?: Schema;
  getter?: () => Schema;
  innerType?: Schema;
};

/** Where a schema lets unknown keys through: '' for the top level, 'content.sections[]' further down. */
export function looseObjectPaths(schema: z.core.$ZodType): string[] {
  const loose: string[] = [];
  const seen = new Set<z.core.$ZodType>();
  const join = (path: string, key: string) => (path ? `${path}.${key}` : key);
  const walk = (s: z.core.$ZodType, path: string) => {
    if (seen.has(s)) return;
    seen.add(s);
    const def = s._zod.def as unknown as AnyDef;
    switch (def.type) {
      case 'object': {
        const d = def;
        if (d.catchall?._zod.def.type !== 'never') loose.push(path);
        for (const [key, child] of Object.entries(d.shape ?? {})) walk(child, join(path, key));
        return;
      }
      case 'record':
        // Any key goes into a record: in a request that is an unknown field by another name.
        loose.push(path);
        return;
      case 'array':
        return walk(def.element!, `${path}[]`);
      case 'tuple': {
        const d = def;
        d.items!.forEach((item, i) => walk(item, `${path}[${i}]`));
        if (d.rest) walk(d.rest, `${path}[]`);
        return;
      }
      case 'union':
        for (const option of def.options!) walk(option, path);
        return;
      case 'intersection': {
        const d = def;
        walk(d.left!, path);
        walk(d.right!, path);
        return;
      }
      case 'pipe': {
        const d = def;
        walk(d.in!, path);
        walk(d.out!, path);
        return;
      }
      case 'lazy':
        return walk(def.getter!(), path);
      default:
        // optional, nullable, default, prefault, catch, readonly, nonoptional… wrap one schema.
        if (def.innerType) walk(def.innerType, path);
    }
  };
  walk(schema, '');
  return loose;
}

/** The validator compiler of the app: fastify-type-provider-zod's, once the schema is known to be strict. */
export const strictValidatorCompiler: FastifySchemaCompiler<z.core.$ZodType> = (route) => {
  const { schema, method, url, httpPart } = route;
  if ((httpPart === 'body' || httpPart === 'querystring') && API.test(url)) {
    const loose = looseObjectPaths(schema);
    if (loose.length > 0) {
      throw new Error(
        `${method} ${url}: the ${httpPart} schema lets unknown fields through at ${loose.map((p) => p || '(top level)').join(', ')}. ` +
          'Request schemas are z.strictObject (nested objects too), so that a misspelt field is refused with 400 instead of being silently dropped.',
      );
    }
  }
  return validatorCompiler(route);
};

/** What a route that declares no querystring accepts: nothing. */
const NO_QUERY = z.strictObject({});

/** Registers rules 2–4; rule 1 is `strictValidatorCompiler`, set with app.setValidatorCompiler. Call before the routes. */
export function registerStrictRequests(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    if (!API.test(route.url)) return;
    if (!route.schema?.querystring) route.schema = { ...route.schema, querystring: NO_QUERY };
  });

  app.addHook('preValidation', async (request) => {
    if (request.routeOptions.schema?.body || request.routeOptions.config.uploadOnly || !API.test(request.url)) return;
    const body: unknown = request.body;
    if (body === undefined || body === null) return;
    if (typeof body === 'object' && !Array.isArray(body)) {
      const keys = Object.keys(body);
      if (keys.length > 0) throw unknownFields(keys);
      return;
    }
    throw validationFailed('body', [{ path: [], message: 'Địa chỉ này không nhận dữ liệu gửi lên.' }]);
  });

  // A query parameter with NUL or a broken character would reach the database (a search, an id) and fail there.
  app.addHook('preValidation', async (request) => {
    if (!API.test(request.url)) return;
    const query = request.query as Record<string, unknown> | undefined;
    const problems = Object.entries(query ?? {}).flatMap(([key, value]) =>
      [key, ...(Array.isArray(value) ? value : [value])].flatMap((text) => {
        const why = typeof text === 'string' ? unstorableText(text) : null;
        return why ? [{ path: [key], message: why }] : [];
      }),
    );
    if (problems.length > 0) throw validationFailed('querystring', problems);
  });

  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, raw, done) => {
    const text = String(raw);
    parseJson(request, text, (error: Error | null, value?: unknown) => {
      if (error) return done(error, undefined);
      const shape = jsonShape(text);
      if (shape.tooDeep) return done(new AppError(400, 'INVALID_JSON', `Dữ liệu gửi lên lồng nhau quá sâu (quá ${MAX_JSON_DEPTH} tầng).`), undefined);
      const problems = [
        ...shape.duplicates.map((field) => ({ path: field.split('.'), message: `Trường bị lặp lại: ${field}` })),
        ...unstorableStrings(value),
      ];
      if (problems.length > 0) return done(validationFailed('body', problems), undefined);
      done(null, value);
    });
  });
}
