/**
 * Says in the description which texts are dates (issue 18): the API names an instant `…At` (ISO 8601 in UTC)
 * and a day `…On` (yyyy-mm-dd, Vietnam time), so a property named so is given `format: date-time` or
 * `format: date` wherever it is a string. `tests/api/openapi.test.ts` reads the answers of every list and
 * checks that the names keep that promise.
 */
type Schema = { type?: string | string[]; format?: string; deprecated?: boolean; properties?: Record<string, Schema>; anyOf?: Schema[]; oneOf?: Schema[] } & Record<string, unknown>;

const isString = (s: Schema) => s.type === 'string' || (Array.isArray(s.type) && s.type.includes('string'));

function formatOf(name: string, schema: Schema): string | undefined {
  // A day kept under an instant's name for the clients that read it first (media publications' publishedAt).
  if (schema.deprecated) return undefined;
  if (/[a-z]At$/.test(name)) return 'date-time';
  if (/[a-z]On$/.test(name)) return 'date';
  return undefined;
}

function mark(name: string, schema: Schema): void {
  const format = formatOf(name, schema);
  if (!format) return;
  for (const branch of [schema, ...(schema.anyOf ?? []), ...(schema.oneOf ?? [])]) if (isString(branch) && !branch.format) branch.format = format;
}

/** Walks the whole document in place: components, parameters, bodies and answers alike. */
export function markDateFormats<T>(document: T): T {
  const seen = new Set<unknown>();
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) return node.forEach(walk);
    const schema = node as Schema;
    if (schema.properties && typeof schema.properties === 'object') for (const [name, property] of Object.entries(schema.properties)) mark(name, property);
    // Query parameters: { name, in, schema }.
    if (typeof schema.name === 'string' && typeof schema.in === 'string' && schema.schema) mark(schema.name, schema.schema as Schema);
    Object.values(node).forEach(walk);
  };
  walk(document);
  return document;
}
