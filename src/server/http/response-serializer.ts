import type { FastifySerializerCompiler } from 'fastify';
import fastJson from 'fast-json-stringify';
import { serializerCompiler as zodSerializerCompiler } from 'fastify-type-provider-zod';
import { isDeepStrictEqual } from 'node:util';
import { z, type ZodType } from 'zod';

/**
 * Under the test runner each response is also written by the zod serializer, as it always was: a schema that
 * stops describing what a route sends fails a test instead of being coerced in production, and the two
 * writings must be the same JSON, so every response of the suite proves the fast one right.
 */
const CHECK_AGAINST_ZOD = !!process.env.VITEST;

/** The routes whose response schema fast-json-stringify could not take, and why: a test keeps this empty. */
export const zodSerialized: string[] = [];

/**
 * Responses written by a serializer compiled once per route from its zod schema (issue 17). The zod
 * serializer re-validates every response before writing it, which was half the time of a plan's page
 * (10 ms → 5,5 ms for 45 tasks on this machine). fast-json-stringify — Fastify's own serializer — writes
 * only the properties the schema declares, so an internal field a command leaves on an object is still
 * never sent. A schema JSON Schema cannot express keeps the zod serializer.
 */
export const responseSerializerCompiler: FastifySerializerCompiler<ZodType> = (route) => {
  try {
    const jsonSchema = nullableAsType(z.toJSONSchema(route.schema, { io: 'output', target: 'draft-7', unrepresentable: 'any', reused: 'inline' }));
    const write = fastJson(jsonSchema as Parameters<typeof fastJson>[0]) as (data: unknown) => string;
    if (!CHECK_AGAINST_ZOD) return write;
    const checked = zodSerializerCompiler(route);
    return (data: unknown) => {
      const expected = checked(data);
      const written = write(data);
      // The same text as a rule (same key order, same escapes): parsed and compared only when it is not.
      if (written !== expected && !isDeepStrictEqual(JSON.parse(written), JSON.parse(expected))) throw new Error(`${route.method} ${route.url}: fast-json-stringify wrote ${written.slice(0, 300)} where zod wrote ${expected.slice(0, 300)}`);
      return written;
    };
  } catch (error) {
    zodSerialized.push(`${route.method} ${route.url}: ${(error as Error).message.slice(0, 200)}`);
    return zodSerializerCompiler(route);
  }
};

type Json = { [key: string]: unknown };

/**
 * `anyOf: [X, {type: 'null'}]` (how zod writes a nullable) as X with `type: [X's type, 'null']`: the same
 * meaning, but fast-json-stringify writes it directly instead of testing each branch with a validator.
 */
function nullableAsType(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(nullableAsType);
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Json = Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, nullableAsType(value)]));
  const branches = out.anyOf as Json[] | undefined;
  if (Array.isArray(branches) && branches.length === 2) {
    const nullAt = branches.findIndex((b) => b.type === 'null' && Object.keys(b).length === 1);
    const other = branches[1 - nullAt];
    if (nullAt >= 0 && other && typeof other.type === 'string' && !('anyOf' in other) && !('oneOf' in other) && !('const' in other)) {
      const { anyOf: _anyOf, ...rest } = out;
      // An enum lists its values: null must be one of them too, or a null would match no schema.
      const values = Array.isArray(other.enum) ? { enum: [...other.enum, null] } : {};
      return { ...rest, ...other, ...values, type: [other.type, 'null'] };
    }
  }
  return out;
}
