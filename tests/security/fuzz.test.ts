import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toPlainText } from '../../src/server/html/sanitize-rich-text';
import { MAX_JSON_DEPTH } from '../../src/server/http/json-body';
import { databaseChecksum } from '../support/db-checksum';
import { multipartBody } from '../support/multipart';
import { runs, SOAK } from '../support/soak';
import { createTestApp, DIALECTS, type TestApp } from '../support/test-app';
import { asOpenApi30Schemas } from '../support/openapi-31';

/**
 * Must-show 6 of issue 12: every JSON route, fuzzed. The routes are read from the OpenAPI description, so a
 * route added tomorrow is fuzzed without a line here. Each generated request is invalid for a reason known
 * in advance — a field the route does not know, a value of the wrong type, a string past its limit, a key
 * given twice, nesting past the limit, a body that is not an object, text that is not JSON — and each must
 * be answered 4xx (never 5xx) with the one error shape, while the database stays byte for byte the same.
 * Odd but valid text (combining marks, right-to-left marks, emoji) in an otherwise valid body is either
 * stored exactly as sent or refused with 400 — never a 5xx, never changed on the way.
 */

type JsonSchema = {
  type?: string;
  nullable?: boolean;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  format?: string;
  $ref?: string;
};

type Operation = {
  method: string;
  path: string;
  query: { name: string; schema: JsonSchema }[];
  /** The JSON body's schema, or undefined when the route takes none (or only a multipart upload). */
  body?: JsonSchema;
};

type Spec = {
  paths: Record<string, Record<string, { parameters?: { in: string; name: string; schema: JsonSchema }[]; requestBody?: { content: Record<string, { schema: JsonSchema }> } }>>;
  components?: { schemas?: Record<string, JsonSchema> };
};

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200, 1)]);
const WRITE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const wellFormed = (text: string) => !LONE_SURROGATE.test(text);
/** Keys JSON parsers treat specially: refused too, but as poisoned JSON rather than by name. */
const PROTO_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function operationsOf(app: FastifyInstance): { ops: Operation[]; resolve: (s: JsonSchema) => JsonSchema } {
  const spec = asOpenApi30Schemas(app.swagger() as unknown as Spec);
  const components = spec.components?.schemas ?? {};
  const resolve = (s: JsonSchema): JsonSchema => (s.$ref ? (components[s.$ref.split('/').pop()!] ?? {}) : s);
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries(spec.paths)) {
    // The citizen pages under /p/ answer HTML and ignore query parameters they do not know, on purpose
    // (plugins/strict-requests.ts); their own suites (tests/api/public-*.test.ts) try their refusals.
    if (!path.startsWith('/api/')) continue;
    for (const [method, op] of Object.entries(methods)) {
      ops.push({
        method: method.toUpperCase(),
        path,
        query: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => ({ name: p.name, schema: p.schema })),
        body: op.requestBody?.content['application/json']?.schema,
      });
    }
  }
  return { ops, resolve };
}

/** The JSON types a schema admits ('any' when it says nothing). */
function admitted(s: JsonSchema, resolve: (s: JsonSchema) => JsonSchema, depth = 0): Set<string> | 'any' {
  const r = resolve(s);
  const out = new Set<string>();
  if (r.nullable) out.add('null');
  const branches = r.oneOf ?? r.anyOf;
  if (branches) {
    for (const b of branches) {
      const inner = depth > 8 ? 'any' : admitted(b, resolve, depth + 1);
      if (inner === 'any') return 'any';
      inner.forEach((t) => out.add(t));
    }
    return out;
  }
  if (r.enum) {
    r.enum.forEach((v) => out.add(v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v));
    return out;
  }
  if (!r.type) return r.properties ? out.add('object') : 'any';
  out.add(r.type);
  return out;
}

const finiteDouble = fc.double({ noNaN: true, noDefaultInfinity: true });
const smallJson = fc.jsonValue({ maxDepth: 2 });

/** A value of a JSON type the schema does not admit: invalid whatever the rest of the request. */
function wrongValue(s: JsonSchema, resolve: (s: JsonSchema) => JsonSchema): fc.Arbitrary<unknown> | null {
  const ok = admitted(s, resolve);
  if (ok === 'any') return null;
  const candidates: fc.Arbitrary<unknown>[] = [];
  if (!ok.has('string')) candidates.push(fc.string({ maxLength: 20 }));
  if (!ok.has('number') && !ok.has('integer')) candidates.push(finiteDouble);
  if (ok.has('integer') && !ok.has('number')) candidates.push(finiteDouble.filter((n) => !Number.isInteger(n)));
  if (!ok.has('boolean')) candidates.push(fc.boolean());
  if (!ok.has('null')) candidates.push(fc.constant(null));
  if (!ok.has('array')) candidates.push(fc.array(smallJson, { maxLength: 3 }));
  if (!ok.has('object')) candidates.push(fc.dictionary(fc.string({ maxLength: 8 }), smallJson, { maxKeys: 3 }));
  return candidates.length ? fc.oneof(...candidates) : null;
}

/** A small value the schema might take (not always valid: the cases add what makes them invalid). */
function sample(s: JsonSchema, resolve: (s: JsonSchema) => JsonSchema, depth = 0): unknown {
  const r = resolve(s);
  if (depth > 6) return {};
  const branches = r.oneOf ?? r.anyOf;
  if (branches?.length) return sample(branches[0]!, resolve, depth + 1);
  if (r.const !== undefined) return r.const;
  if (r.enum?.length) return r.enum[0];
  switch (r.type) {
    case 'string':
      if (r.format === 'date') return '2026-03-02';
      return 'Thử nghiệm'.padEnd(r.minLength ?? 0, 'x').slice(0, r.maxLength ?? 100);
    case 'integer':
    case 'number':
      return Math.min(Math.max(r.minimum ?? 1, 1), r.maximum ?? Number.MAX_SAFE_INTEGER);
    case 'boolean':
      return false;
    case 'array':
      return r.minItems ? [sample(r.items ?? {}, resolve, depth + 1)] : [];
    default:
      if (r.properties || r.type === 'object') {
        const out: Record<string, unknown> = {};
        for (const name of r.required ?? []) out[name] = sample(r.properties![name]!, resolve, depth + 1);
        return out;
      }
      return null;
  }
}

/** Text that is odd but valid: combining marks, right-to-left marks and overrides, emoji and their joiners, Vietnamese in both forms. */
const ODD_PIECES = ['\u0301', '\u0323\u0302', 'e\u0302\u0301', '\u202e', '\u202d', '\u200f', '\u061c', '\u2066\u2069', 'אבג', 'مرحبا', '😀', '👩‍💻', '🇻🇳', '\u200d', '\ufe0f', 'Việt', 'Vie\u0323\u0302t', '\u00a0', '\t', '"', '\\', '<', '&', '𝔘𝔫𝔦'];
const oddText = fc.array(fc.oneof(fc.constantFrom(...ODD_PIECES), fc.string({ unit: 'grapheme', maxLength: 4 })), { minLength: 1, maxLength: 12 }).map((parts) => parts.join(''));
/** Text no database keeps as sent: refused wherever it appears. */
const unstorableText = fc.oneof(
  fc.constantFrom('\u0000', 'a\u0000b', '\ud800', 'x\udc00y', '\udbff'),
  fc.tuple(oddText, fc.constantFrom('\u0000', '\ud83d')).map(([a, b]) => a + b),
);
/** A field name the API knows nowhere (checked per route), often one a person might misspell. */
const strangeKey = fc.oneof(
  fc.constantFrom('body', 'summery', 'notes', 'titel', 'Title', 'bodyHTML', 'unit_id', 'id', 'admin', 'role', '__proto__', 'constructor', '', ' ', 'a.b', 'a[0]'),
  fc.string({ minLength: 1, maxLength: 12 }),
  oddText,
);

type Case = { why: string; text: string; contentType?: string; named?: string };

function bodyCases(op: Operation, resolve: (s: JsonSchema) => JsonSchema): fc.Arbitrary<Case> {
  const schema = op.body ? resolve(op.body) : undefined;
  const branches = schema ? (schema.oneOf ?? schema.anyOf ?? [schema]).map(resolve) : [];
  const known = new Set(branches.flatMap((b) => Object.keys(b.properties ?? {})));
  // Named in the answer only when the body is one object (a union of objects answers "which kind?" first).
  const plainObject = !!schema && !schema.oneOf && !schema.anyOf && !!schema.properties;
  const bases = branches.length ? branches.map((b) => sample(b, resolve) as Record<string, unknown>) : [{}];
  const base = fc.constantFrom(...bases.map((b) => (b && typeof b === 'object' && !Array.isArray(b) ? b : {})));
  const props = branches.flatMap((b) => Object.entries(b.properties ?? {}).map(([name, s]) => ({ name, schema: resolve(s) })));
  const stringProps = props.filter((p) => admitted(p.schema, resolve) !== 'any' && (admitted(p.schema, resolve) as Set<string>).has('string'));
  const unknownKey = strangeKey.filter((k) => !known.has(k));
  const json = (v: unknown) => JSON.stringify(v);

  const unknownField = fc.tuple(base, unknownKey, smallJson).map(([b, key, value]): Case => ({ why: `unknown field ${JSON.stringify(key)}`, text: json({ ...b, [key]: value }), named: PROTO_KEYS.has(key) || !plainObject ? undefined : key }));
  const nonObject = fc
    .oneof(fc.string({ maxLength: 30 }), finiteDouble, fc.boolean(), fc.array(smallJson, { maxLength: 4 }), ...(schema ? [fc.constant(null)] : []))
    .map((v): Case => ({ why: `a body that is not an object: ${json(v).slice(0, 40)}`, text: json(v) }));
  const brokenJson = fc.constantFrom('{', '{"a":', '{"a":1,}', '[1,2', 'nul', '{"a":1}x', "{'a':1}", '{"a":01}', '\u0000').map((text): Case => ({ why: `not JSON: ${text}`, text }));
  const twice = fc.tuple(base, props.length ? fc.constantFrom(...props.map((p) => p.name)) : unknownKey, smallJson).map(([b, key, value]): Case => {
    const rest = json(b).slice(1, -1);
    return { why: `the key ${JSON.stringify(key)} twice`, text: `{${rest}${rest ? ',' : ''}${json(key)}:${json(value)},${json(key)}:${json(value)}}` };
  });
  const deep = fc.tuple(base, props.length ? fc.constantFrom(...props.map((p) => p.name)) : unknownKey, fc.integer({ min: MAX_JSON_DEPTH + 1, max: 20_000 }), fc.constantFrom('[', '{"a":')).map(
    ([b, key, depth, open]): Case => {
      const nested = open === '[' ? '['.repeat(depth) + ']'.repeat(depth) : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
      const others = Object.fromEntries(Object.entries(b).filter(([k]) => k !== key));
      const rest = json(others).slice(1, -1);
      return { why: `${key} nested ${depth} deep`, text: `{${rest}${rest ? ',' : ''}${json(key)}:${nested}}` };
    },
  );
  const unstorable = fc.tuple(base, unknownKey, unstorableText).map(([b, key, text]): Case => ({ why: `unstorable text ${json(text)}`, text: json({ ...b, [stringProps[0]?.name ?? key]: text }) }));
  if (!schema) {
    // A route that takes no JSON body: any field in it is one it does not know.
    const fields = fc.dictionary(strangeKey, smallJson, { minKeys: 1, maxKeys: 4 }).filter((d) => Object.keys(d).length > 0);
    return fc.oneof(
      fields.map((d): Case => {
        const key = Object.keys(d).find((k) => !PROTO_KEYS.has(k));
        return { why: `a body sent to a route that takes none: ${json(d).slice(0, 60)}`, text: json(d), named: op.path.includes('import') || op.path.includes('files') || op.path.includes('preview') ? undefined : key };
      }),
      nonObject,
      brokenJson,
    );
  }
  const arbitraries: fc.Arbitrary<Case>[] = [unknownField, nonObject, brokenJson, twice, deep, unstorable];
  const wrongTyped = props.flatMap((p) => {
    const wrong = wrongValue(p.schema, resolve);
    return wrong ? [fc.tuple(base, wrong).map(([b, v]): Case => ({ why: `${p.name} of the wrong type: ${json(v).slice(0, 40)}`, text: json({ ...b, [p.name]: v }), named: plainObject ? p.name : undefined }))] : [];
  });
  if (wrongTyped.length) arbitraries.push(fc.oneof(...wrongTyped));
  const limited = stringProps.filter((p) => p.schema.maxLength !== undefined || p.schema.enum);
  if (limited.length) {
    arbitraries.push(
      fc.tuple(base, fc.constantFrom(...limited), fc.constantFrom('x', 'ê', '😀', 'e\u0302')).map(([b, p, unit]): Case => {
        const length = (p.schema.maxLength ?? 200) + 1;
        return { why: `${p.name} past its limit (${length})`, text: json({ ...b, [p.name]: unit.repeat(length) }), named: plainObject ? p.name : undefined };
      }),
    );
  }
  if (stringProps.length) {
    // Odd text in every string field, and a field the route does not know beside it: invalid by that field.
    arbitraries.push(
      fc.tuple(base, unknownKey, oddText).map(([b, key, text]): Case => {
        const odd = Object.fromEntries(stringProps.map((p) => [p.name, text]));
        return { why: `odd text everywhere and the unknown field ${json(key)}`, text: json({ ...b, ...odd, [key]: text }), named: PROTO_KEYS.has(key) || !plainObject ? undefined : key };
      }),
    );
  }
  // Rarely: a body past any limit (answered 413, or 400 on the few routes that take more).
  arbitraries.push(fc.constant(0).map((): Case => ({ why: 'a body of 9 MB', text: json({ ...bases[0], [props[0]?.name ?? 'x']: 'x'.repeat(9 * 1024 * 1024) }) })));
  return fc.oneof(...arbitraries.map((arbitrary, i) => ({ arbitrary, weight: i === arbitraries.length - 1 ? 1 : 10 })));
}

type QueryCase = { why: string; query: string; named?: string };

function queryCases(op: Operation, resolve: (s: JsonSchema) => JsonSchema): fc.Arbitrary<QueryCase> {
  const declared = new Set(op.query.map((q) => q.name));
  const enc = encodeURIComponent;
  const unknownParam = fc
    .tuple(strangeKey.filter((k) => k.trim() !== '' && !declared.has(k) && wellFormed(k)), fc.oneof(fc.string({ maxLength: 10 }), oddText).filter(wellFormed))
    .map(([name, value]): QueryCase => ({ why: `unknown parameter ${JSON.stringify(name)}`, query: `${enc(name)}=${enc(value)}`, named: PROTO_KEYS.has(name) || name.includes('\u0000') ? undefined : name }));
  const arbitraries: fc.Arbitrary<QueryCase>[] = [unknownParam];
  const bad = op.query.flatMap((q) => {
    const s = resolve(q.schema);
    const values: fc.Arbitrary<string>[] = [fc.constantFrom('%00', 'a%00b'), fc.tuple(fc.constant(q.name), fc.constantFrom('1', 'a')).map(([n, v]) => `${v}&${enc(n)}=${v}`)];
    if (s.enum) values.push(fc.string({ maxLength: 12 }).filter((v) => !s.enum!.includes(v) && wellFormed(v)).map(enc));
    if (s.type === 'integer' || s.type === 'number') values.push(fc.constantFrom('abc', 'mười', '1e400', 'NaN', ...((s.minimum ?? -1) > 0 ? [''] : [])).map(enc));
    if (s.type === 'integer') values.push(fc.constant('2026.5'));
    if (s.maximum !== undefined) values.push(fc.integer({ min: s.maximum + 1, max: 2 ** 40 }).map(String));
    if (s.format === 'date') values.push(fc.constantFrom('9999-12-31', '1899-12-31', '2026-02-30', '2026-13-01', '31/12/2026', 'hôm nay').map(enc));
    if (s.type === 'string' && s.maxLength !== undefined) values.push(fc.constantFrom('x', 'ế').map((u) => enc(u.repeat(s.maxLength! + 1))));
    return [fc.oneof(...values).map((v): QueryCase => ({ why: `${q.name}=${v.slice(0, 40)}`, query: `${enc(q.name)}=${v}` }))];
  });
  if (bad.length) arbitraries.push(fc.oneof(...bad));
  return fc.oneof(...arbitraries);
}

/** The one error shape: { error: { code, message, details? } } and nothing else. */
function expectErrorShape(res: { statusCode: number; headers: Record<string, unknown>; body: string }, context: string) {
  expect(res.statusCode, context).toBeGreaterThanOrEqual(400);
  expect(res.statusCode, context).toBeLessThan(500);
  expect(String(res.headers['content-type']), context).toMatch(/^application\/json/);
  const body = JSON.parse(res.body) as { error: { code: unknown; message: unknown; details?: unknown } };
  expect(Object.keys(body), context).toEqual(['error']);
  expect(typeof body.error.code, context).toBe('string');
  expect(typeof body.error.message === 'string' && body.error.message.length > 0, context).toBe(true);
  if (body.error.details !== undefined) {
    expect(Array.isArray(body.error.details), context).toBe(true);
    for (const d of body.error.details as unknown[]) expect(d, context).toEqual({ field: expect.any(String), message: expect.any(String) });
  }
  return body.error as { code: string; message: string; details?: { field: string; message: string }[] };
}

describe.each(DIALECTS)('fuzzing every JSON route on %s', (dialect) => {
  let t: TestApp;
  let cookie: string;
  let ops: Operation[];
  let resolve: (s: JsonSchema) => JsonSchema;
  /** Real ids of the acting person's own body, by the path segment before the parameter ("plans/{id}"). */
  const ids = new Map<string, string>();
  /** People of the same body who write free text, signed in before the fuzzing (sign-in has a rate limit). */
  const people: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp(dialect, { demoHistory: true });
    // A coordinator of a hospital: the body's plans, work, reports and news are theirs.
    cookie = await t.login('bvsn.coordinator');
    for (const user of ['bvsn.tchc', 'bvsn.truyenthong', 'syt-lc.admin']) people[user] = await t.login(user);
    ({ ops, resolve } = operationsOf(t.app));
    const get = async (url: string) => (await t.request('GET', url, { cookie })).json();
    const me = await get('/api/me');
    const body = me.organization.id as string;
    const first = async (url: string) => ((await get(url)).items?.[0]?.id as string | undefined) ?? undefined;
    const plan = await first(`/api/plans?organizationId=${body}&state=issued&limit=1`);
    const detail = plan ? await get(`/api/plans/${plan}`) : undefined;
    const occurrence = await first('/api/occurrences?limit=1');
    const item = await first(`/api/media-items?organizationId=${body}&limit=1`);
    const itemDetail = item ? await get(`/api/media-items/${item}`) : undefined;
    const found: Record<string, string | undefined> = {
      'plans/{id}': plan,
      'versions/{version}': '1',
      'tasks/{id}': detail?.tasks?.[0]?.id,
      'occurrences/{id}': occurrence,
      'evidence/{id}': occurrence ? (await get(`/api/occurrences/${occurrence}/evidence`)).items?.[0]?.id : undefined,
      'media-items/{id}': item,
      'files/{fileId}': itemDetail?.files?.[0]?.id,
      'organizations/{id}': body,
      'users/{id}': me.user.id,
      'legal-documents/{id}': await first('/api/legal-documents?limit=1'),
      'reports/{id}': await first('/api/reports'),
      'notifications/{id}': await first('/api/notifications?limit=1'),
      'external-bodies/{id}': await first(`/api/external-bodies?ownerId=${body}&limit=1`),
      'media-channels/{id}': await first(`/api/media-channels?organizationId=${body}`),
      'indices/{id}': await first(`/api/indices?organizationId=${body}`),
      'jobs/{id}': await first('/api/jobs'),
    };
    // What the lists do not show is read from the tables, of this body's own rows; what the demo lacks is made.
    const row = async (query: ReturnType<typeof sql<{ id: string }>>) => (await query.execute(t.store.db)).rows[0]?.id;
    found['files/{fileId}'] ??= await row(sql<{ id: string }>`select f.id from media_files f join media_items i on i.id = f.item_id where i.organization_id = ${body} order by f.id limit 1`);
    if (found['files/{fileId}']) found['media-items/{id}'] = await row(sql<{ id: string }>`select item_id as id from media_files where id = ${found['files/{fileId}']}`);
    found['good-practices/{id}'] = await row(sql<{ id: string }>`select id from good_practice_submissions where organization_id = ${body} order by id limit 1`);
    found['external-bodies/{id}'] ??= (await t.request('POST', '/api/external-bodies', { cookie, body: { ownerId: body, name: 'Báo Lào Cai' } })).json().id;
    found['jobs/{id}'] ??= (await t.request('POST', '/api/exports', { cookie, body: { kind: 'occurrences', bodyId: body } })).json().id;
    found['indices/{id}'] ??= await row(sql<{ id: string }>`select id from index_results where organization_id = ${body} order by id limit 1`);
    found['indices/{id}'] ??= (await t.request('PUT', '/api/indices', { cookie, body: { kind: 'sipas', scope: 'body', year: 2025, value: '85,5', rank: null, rankOf: null } })).json().id;
    if (!found['files/{fileId}']) {
      // A draft of the hospital's own, with a picture.
      const reporter = people['bvsn.truyenthong']!;
      const draft = (await t.request('POST', '/api/media-items', { cookie: reporter, body: { kind: 'news', title: 'Tin có ảnh' } })).json();
      const png = multipartBody({ kind: 'image' }, { name: 'anh.png', content: PNG, type: 'image/png' });
      const file = await t.app.inject({ method: 'POST', url: `/api/media-items/${draft.id}/files`, headers: { ...png.headers, cookie: reporter }, payload: png.payload });
      found['media-items/{id}'] = draft.id;
      found['files/{fileId}'] = file.json().id;
    }
    // A procedure of the hospital's own, with a form.
    const procedure = (
      await t.request('POST', '/api/procedures', {
        cookie,
        body: { scope: 'public', code: 'FUZZ-1', name: 'Cấp giấy khám sức khỏe', field: 'Khám bệnh, chữa bệnh', level: 'body', steps: [], dossier: [], fees: [], receivingPlaces: ['one_stop'], onlineLevel: 'none', issued: { effectiveOn: '2025-01-01' } },
      })
    ).json();
    const pdf = multipartBody({}, { name: 'mau-don.pdf', content: Buffer.from('%PDF-1.4\n%%EOF\n'), type: 'application/pdf' });
    const withForm = await t.app.inject({ method: 'POST', url: `/api/procedures/${procedure.id}/forms`, headers: { ...pdf.headers, cookie }, payload: pdf.payload });
    found['procedures/{id}'] = procedure.id;
    found['procedure-files/{id}'] = withForm.json().forms?.[0]?.id;
    // A citizen's feedback the hospital recorded from its hotline.
    found['feedback/{id}'] = (await t.request('POST', '/api/feedback', { cookie, body: { organizationId: body, channel: 'hotline', subject: 'Chờ khám lâu', content: 'Chờ hơn 3 giờ.' } })).json().id;
    // A satisfaction survey of the hospital's own.
    found['surveys/{id}'] = (await t.request('POST', '/api/surveys', { cookie, body: { organizationId: body, template: 'sipas', title: 'Khảo sát sự hài lòng' } })).json().id;
    // A CCHC criteria set of the hospital's own.
    found['criteria-sets/{id}'] = (
      await t.request('POST', '/api/scoring/criteria-sets', { cookie, body: { organizationId: body, year: 2026, name: 'Bộ chỉ số CCHC năm 2026', areas: [{ code: 'I', name: 'Chỉ đạo, điều hành', maxPoints: 1 }], bands: [{ name: 'Đạt', minPoints: 0.5 }] } })
    ).json().id;
    // The hospital's assessment in its department of health's scoring round of the demo, and its evidence.
    const round = await first('/api/scoring/rounds');
    const assessment = round ? (await get(`/api/scoring/rounds/${round}`)).bodies?.[0]?.assessmentId : undefined;
    found['rounds/{id}'] = round;
    found['assessments/{id}'] = assessment;
    found['assessment-evidence/{id}'] = await row(sql<{ id: string }>`select e.id from assessment_evidence e join assessments a on a.id = e.assessment_id where a.organization_id = ${body} order by e.id limit 1`);
    // A publication of one of the hospital's news items (the demo's lived year has them).
    found['publications/{id}'] = await row(sql<{ id: string }>`select p.id from media_publications p join media_items i on i.id = p.item_id where i.organization_id = ${body} order by p.id limit 1`);
    // A key of the hospital's, made by its admin (the coordinator fuzzing it is refused with the error shape all the same).
    found['api-keys/{id}'] = (await t.request('POST', '/api/api-keys', { cookie: await t.login('bvsn.admin'), body: { organizationId: body, name: 'Cổng văn bản điện tử', scope: 'read' } })).json().apiKey?.id;
    for (const [key, id] of Object.entries(found)) if (id) ids.set(key, id);
  });
  afterAll(() => t.close());

  /** The path with its parameters filled: a real id where the body has one, else a well-formed id of nothing. */
  function urlOf(op: Operation): string {
    return op.path.replace(/([^/]+)\/\{([^}]+)\}/g, (_, segment: string, param: string) => {
      const id = ids.get(`${segment}/{${param}}`);
      return `${segment}/${encodeURIComponent(id ?? '01900000-0000-7000-8000-000000000000')}`;
    });
  }

  it('reads the routes from the OpenAPI description: every write and every query is fuzzed', () => {
    const bodies = ops.filter((op) => op.body);
    expect(bodies.length).toBeGreaterThan(30);
    expect(ops.filter((op) => op.query.length).length).toBeGreaterThan(15);
    expect(ops.filter((op) => WRITE.has(op.method)).length).toBeGreaterThan(45);
    // Real ids of the body's own things were found for the paths (else a well-formed id of nothing is used).
    const params = new Set(ops.flatMap((op) => [...op.path.matchAll(/([^/]+)\/\{([^}]+)\}/g)].map((m) => `${m[1]}/{${m[2]}}`)));
    const missing = [...params].filter((key) => !ids.has(key));
    // A new kind of thing may lack one (it then gets a well-formed id of nothing, still checked before any lookup).
    expect(missing.length, `path parameters with no real id of the body: ${missing.join(', ')}`).toBeLessThanOrEqual(1);
    // The reported ones are among them.
    expect(bodies.map((op) => `${op.method} ${op.path}`)).toEqual(expect.arrayContaining(['POST /api/media-items', 'PATCH /api/occurrences/{id}', 'POST /api/occurrences/{id}/evidence']));
  });

  it('answers every invalid body and query 4xx with the error shape, names the field it can, and changes nothing', async () => {
    const before = await databaseChecksum(t.store);
    let requests = 0;
    for (const op of ops) {
      const url = urlOf(op);
      if (WRITE.has(op.method)) {
        await fc.assert(
          fc.asyncProperty(bodyCases(op, resolve), async (c) => {
            requests++;
            const res = await t.app.inject({ method: op.method as 'POST', url, headers: { cookie, 'content-type': c.contentType ?? 'application/json' }, payload: c.text });
            const context = `${op.method} ${op.path}: ${c.why} → ${res.statusCode} ${res.body.slice(0, 300)}`;
            const error = expectErrorShape(res, context);
            if (c.named !== undefined && error.code === 'VALIDATION_FAILED') expect(error.details?.map((d) => d.field), context).toContain(c.named);
          }),
          { numRuns: runs(20, 200) },
        );
      }
      await fc.assert(
        fc.asyncProperty(queryCases(op, resolve), async (c) => {
          requests++;
          const res = await t.app.inject({ method: op.method as 'GET', url: `${url}?${c.query}`, headers: { cookie } });
          const context = `${op.method} ${op.path}?${c.query.slice(0, 80)}: ${c.why} → ${res.statusCode} ${res.body.slice(0, 300)}`;
          const error = expectErrorShape(res, context);
          // A write with a JSON body is checked body first; elsewhere the query is what is wrong.
          if (c.named !== undefined && !op.body && error.code === 'VALIDATION_FAILED') expect(error.details?.map((d) => d.field), context).toContain(c.named);
        }),
        { numRuns: runs(10, 100) },
      );
    }
    expect(requests).toBeGreaterThan(ops.length * 6);
    expect(await databaseChecksum(t.store)).toBe(before);
    // Sign-out was fuzzed too: the session still stands, so no request was taken for a real one.
    expect((await t.request('GET', '/api/me', { cookie })).statusCode).toBe(200);
  }, SOAK ? 1_200_000 : 240_000);

  it('keeps odd but valid text exactly as sent, or refuses it with 400: never a 5xx, never changed', async () => {
    const unit = people['bvsn.tchc']!;
    const mine = (await t.request('GET', '/api/occurrences?mine=1&open=1&limit=1', { cookie: unit })).json().items[0];
    const reporter = people['bvsn.truyenthong']!;
    const item = (await t.request('POST', '/api/media-items', { cookie: reporter, body: { kind: 'news', title: 'Tin thử nghiệm' } })).json();
    const admin = people['syt-lc.admin']!;
    const doc = (await t.request('POST', '/api/legal-documents', { cookie: admin, body: { kind: 'decision', code: '77/QĐ-UBND' } })).json();
    // A news item's title and summary are plain text by rule (markup taken out, runs of spaces made one:
    // sanitize-rich-text.ts); every other text is kept as sent, trimmed.
    const asSent = (text: string) => text.trim();
    const targets = [
      { cookie: unit, url: `/api/occurrences/${mine.id}`, field: 'note', expected: asSent, read: async () => (await t.request('GET', `/api/tasks/${mine.taskId}`, { cookie: unit })).json().occurrences.find((o: { id: string }) => o.id === mine.id).note },
      { cookie: reporter, url: `/api/media-items/${item.id}`, field: 'title', expected: toPlainText, read: async () => (await t.request('GET', `/api/media-items/${item.id}`, { cookie: reporter })).json().title },
      { cookie: reporter, url: `/api/media-items/${item.id}`, field: 'summary', expected: toPlainText, read: async () => (await t.request('GET', `/api/media-items/${item.id}`, { cookie: reporter })).json().summary },
      { cookie: admin, url: `/api/legal-documents/${doc.id}`, field: 'summary', expected: asSent, read: async () => (await t.request('GET', `/api/legal-documents/${doc.id}`, { cookie: admin })).json().summary },
    ];
    let stored = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...targets), fc.oneof({ arbitrary: oddText, weight: 5 }, { arbitrary: unstorableText, weight: 1 }), async (target, odd) => {
        const text = `Ghi chú ${odd} hết`;
        const res = await t.request('PATCH', target.url, { cookie: target.cookie, body: { [target.field]: text } });
        const context = `${target.url} ${target.field}=${JSON.stringify(text)} → ${res.statusCode} ${res.body.slice(0, 200)}`;
        if (res.statusCode === 200) {
          stored++;
          expect(await target.read(), context).toBe(target.expected(text));
        } else {
          expect(res.statusCode, context).toBe(400);
          expectErrorShape(res, context);
          // Only text no database keeps as sent is refused.
          expect(/\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text), context).toBe(true);
        }
      }),
      { numRuns: runs(40, 400) },
    );
    expect(stored).toBeGreaterThan(0);
  }, SOAK ? 600_000 : 120_000);
});
