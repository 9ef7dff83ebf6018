/**
 * The OpenAPI description is 3.1 (issue 18): JSON Schema 2020-12, where "or null" is a `{ type: 'null' }`
 * branch of `anyOf`/`oneOf` or a `type` array. The suites that make requests from the description read
 * schemas as OpenAPI 3.0 wrote them (`nullable: true`, one `type`): this turns a 3.1 description into that
 * shape, every schema at every depth, components included. A copy; the served document is untouched.
 */
type Schema = Record<string, unknown>;

const isNull = (s: unknown) => !!s && typeof s === 'object' && (s as Schema).type === 'null' && Object.keys(s as Schema).length === 1;

function normalizeSchema(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalizeSchema);
  if (!value || typeof value !== 'object') return value;
  const s: Schema = {};
  for (const [key, child] of Object.entries(value as Schema)) s[key] = normalizeSchema(child);
  for (const key of ['anyOf', 'oneOf'] as const) {
    const branches = s[key] as unknown[] | undefined;
    if (!branches?.some(isNull)) continue;
    const rest = branches.filter((b) => !isNull(b));
    delete s[key];
    if (rest.length === 1) Object.assign(s, rest[0] as Schema);
    else s[key] = rest;
    s.nullable = true;
  }
  if (Array.isArray(s.type)) {
    const types = (s.type as string[]).filter((t) => t !== 'null');
    if (types.length < (s.type as string[]).length) s.nullable = true;
    s.type = types.length === 1 ? types[0] : types;
  }
  return s;
}

export function asOpenApi30Schemas<T>(spec: T): T {
  return normalizeSchema(spec) as T;
}
