import type { FastifyInstance } from 'fastify';
import { asOpenApi30Schemas } from './openapi-31';

/**
 * The operations of the OpenAPI description (app.swagger()), and requests made up from their schemas, so
 * the trust suites try every route — one added tomorrow included — without a hand-written list.
 */

export type JsonSchema = {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  nullable?: boolean;
  default?: unknown;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: boolean | number;
  minItems?: number;
  format?: string;
  pattern?: string;
  $ref?: string;
};

export type QueryParameter = { name: string; required: boolean; schema: JsonSchema };

export type Operation = {
  method: string;
  /** As the description writes it: /api/plans/{id}/versions/{version}. */
  path: string;
  summary: string;
  pathParams: string[];
  query: QueryParameter[];
  /** The JSON body's schema; undefined when the operation takes none (or a multipart one). */
  body?: JsonSchema;
  /** The description says the body is multipart/form-data (file uploads: their summaries say so). */
  multipart: boolean;
};

export const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

type Spec = {
  paths: Record<string, Record<string, { summary?: string; parameters?: { in: string; name: string; required?: boolean; schema: JsonSchema }[]; requestBody?: { content: Record<string, { schema: JsonSchema }> } }>>;
};

export function operationsOf(app: FastifyInstance): Operation[] {
  const spec = asOpenApi30Schemas(app.swagger() as unknown as Spec);
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const parameters = op.parameters ?? [];
      ops.push({
        method: method.toUpperCase(),
        path,
        summary: op.summary ?? '',
        pathParams: [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!),
        query: parameters.filter((p) => p.in === 'query').map((p) => ({ name: p.name, required: !!p.required, schema: p.schema })),
        body: op.requestBody?.content['application/json']?.schema,
        multipart: /multipart/i.test(op.summary ?? ''),
      });
    }
  }
  return ops;
}

export const operationName = (op: Pick<Operation, 'method' | 'path'>) => `${op.method} ${op.path}`;

/** The key of a path parameter: the literal segment before it and its name, e.g. "files/{fileId}". */
export function pathParamKey(path: string, param: string): string {
  const segments = path.split('/');
  const at = segments.indexOf(`{${param}}`);
  return `${segments[at - 1]}/{${param}}`;
}

/** One step from a schema to a value inside it. */
export type Step = { prop: string } | { item: true } | { branch: number };

/** An id a JSON body carries: where it is, its property name, and for an assignee ({type, id}) the type. */
export type BodySlot = { steps: Step[]; name: string; assigneeType?: string; label: string };

/** Property names that hold ids of things: "id" inside an object, or a name ending in Id / Ids. */
export const isIdName = (name: string) => name === 'id' || /[a-z](Id|Ids)$/.test(name);

const branchesOf = (s: JsonSchema) => s.oneOf ?? s.anyOf;

/** A one-value enum or const: the "type" of an assignee {type: 'organization', id}. */
function literalOf(s: JsonSchema | undefined): string | undefined {
  if (!s) return undefined;
  if (typeof s.const === 'string') return s.const;
  if (s.enum?.length === 1 && typeof s.enum[0] === 'string') return s.enum[0];
  return undefined;
}

/**
 * Every id-bearing property in a body schema, however deep (arrays, unions). A $ref the description
 * does not define (a recursive schema it could not write out) is read as "anything": no ids seen there.
 */
export function bodySlots(schema: JsonSchema): BodySlot[] {
  const slots: BodySlot[] = [];
  const walk = (s: JsonSchema, steps: Step[], label: string, depth: number) => {
    if (depth > 12 || s.$ref) return;
    const branches = branchesOf(s);
    if (branches) branches.forEach((b, i) => walk(b, [...steps, { branch: i }], `${label}${literalOf(b.properties?.kind) ? `<${literalOf(b.properties?.kind)}>` : ''}`, depth + 1));
    if (s.items) walk(s.items, [...steps, { item: true }], `${label}[]`, depth + 1);
    for (const [name, child] of Object.entries(s.properties ?? {})) {
      const at = [...steps, { prop: name }];
      const childLabel = label ? `${label}.${name}` : name;
      if (isIdName(name)) slots.push({ steps: at, name, assigneeType: name === 'id' ? literalOf(s.properties?.type) : undefined, label: childLabel });
      else walk(child, at, childLabel, depth + 1);
    }
  };
  walk(schema, [], '', 0);
  return slots;
}

/**
 * Example values for properties whose schema alone does not say what a valid value looks like (a month is
 * seven characters, but not any seven). A body property named here is filled even when optional: a plan
 * made up without a year is refused for that before anything else is looked at. An enum takes the example
 * only when it lists it.
 */
export const EXAMPLES: Record<string, unknown> = {
  month: '2026-03',
  title: 'Thử nghiệm cô lập giữa các đơn vị',
  kind: 'custom',
  from: '2026-01-01',
  to: '2026-12-31',
  year: 2026,
  role: 'viewer',
  email: 'thu-nghiem@example.vn',
  url: 'https://example.vn/thu-nghiem',
  password: 'mat-khau-moi-2026',
};

const STRING_CANDIDATES = ['X1', '12/QĐ-UBND', 'thu-nghiem', '2026-03', '2026-03-02', 'Thử nghiệm', 'https://example.vn/a', 'a@example.vn'];

function makeString(s: JsonSchema, name: string): string {
  const fits = (v: string) =>
    v.length >= (s.minLength ?? 0) && v.length <= (s.maxLength ?? Infinity) && (!s.pattern || new RegExp(s.pattern, 'u').test(v));
  const example = EXAMPLES[name];
  if (typeof example === 'string' && fits(example)) return example;
  if (s.format === 'date' && fits('2026-03-02')) return '2026-03-02';
  if (s.format === 'uri' && fits('https://example.vn/a')) return 'https://example.vn/a';
  if (s.format === 'email' && fits('a@example.vn')) return 'a@example.vn';
  if (!s.pattern) {
    const base = 'Thử nghiệm cô lập';
    const min = s.minLength ?? 0;
    const text = base.length >= min ? base : base.padEnd(min, 'x');
    return text.slice(0, s.maxLength ?? text.length);
  }
  const found = STRING_CANDIDATES.find(fits);
  if (found === undefined) throw new Error(`no example string for "${name}" (pattern ${s.pattern}): add one to EXAMPLES in tests/support/openapi-operations.ts`);
  return found;
}

/**
 * A value valid for the schema, the smallest one: required properties only, arrays at their minimum length,
 * the first branch of a union. Along `focus` (a slot's steps) it goes out of its way to reach the slot —
 * the optional property, one array item, that branch — and `idFor` answers every id on the way: the
 * focused one and the required others.
 */
export function makeValue(schema: JsonSchema, options: { focus?: Step[]; idFor: (slot: BodySlot, focused: boolean) => string }): unknown {
  const { idFor } = options;
  const value = (s: JsonSchema, name: string, focus: Step[] | undefined, steps: Step[], label: string, depth: number): unknown => {
    const head = focus?.[0];
    const rest = focus?.slice(1);
    const branches = branchesOf(s);
    if (branches) {
      const index = head && 'branch' in head ? head.branch : 0;
      const branch = branches[index]!;
      const kind = literalOf(branch.properties?.kind);
      return value(branch, name, head && 'branch' in head ? rest : undefined, [...steps, { branch: index }], `${label}${kind ? `<${kind}>` : ''}`, depth + 1);
    }
    if (s.$ref) return {};
    if (s.const !== undefined) return s.const;
    if (s.enum) return EXAMPLES[name] !== undefined && s.enum.includes(EXAMPLES[name]) ? EXAMPLES[name] : s.enum[0];
    if (s.type === 'object' && !s.properties) return {};
    if (s.type === 'object' || s.properties) {
      const out: Record<string, unknown> = {};
      const required = new Set(s.required ?? []);
      const focusedProp = head && 'prop' in head ? head.prop : undefined;
      for (const [prop, child] of Object.entries(s.properties ?? {})) {
        const onFocus = prop === focusedProp;
        if (!required.has(prop) && !onFocus && EXAMPLES[prop] === undefined) continue;
        const at = [...steps, { prop }];
        const childLabel = label ? `${label}.${prop}` : prop;
        if (isIdName(prop)) {
          const slot: BodySlot = { steps: at, name: prop, assigneeType: prop === 'id' ? literalOf(s.properties?.type) : undefined, label: childLabel };
          const id = idFor(slot, onFocus && (rest?.length ?? 0) === 0);
          out[prop] = child.type === 'array' ? [id] : id;
          continue;
        }
        // Required but nullable: null is the smallest valid value.
        if (!onFocus && child.nullable) {
          out[prop] = null;
          continue;
        }
        out[prop] = value(child, prop, onFocus ? rest : undefined, at, childLabel, depth + 1);
      }
      return out;
    }
    if (s.type === 'array') {
      const onFocus = head && 'item' in head;
      const count = Math.max(s.minItems ?? 0, onFocus ? 1 : 0);
      return Array.from({ length: count }, () => value(s.items ?? {}, name, onFocus ? rest : undefined, [...steps, { item: true }], `${label}[]`, depth + 1));
    }
    if (s.type === 'string') return makeString(s, name);
    if (s.type === 'integer' || s.type === 'number') {
      const example = EXAMPLES[name];
      if (typeof example === 'number' && example >= (s.minimum ?? -Infinity) && example <= (s.maximum ?? Infinity)) return example;
      const min = s.minimum ?? 1;
      return s.exclusiveMinimum === true ? min + 1 : typeof s.exclusiveMinimum === 'number' ? s.exclusiveMinimum + 1 : min;
    }
    if (s.type === 'boolean') return false;
    return null;
  };
  return value(schema, '', options.focus, [], '', 0);
}
