import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_TYPES_FILE, apiTypesSource } from '../../scripts/generate-api-types';

describe("the web app's generated API types", () => {
  it('are those of the routes as they are now (run `npm run api:types` after changing a route)', async () => {
    const fresh = await apiTypesSource();
    const kept = readFileSync(API_TYPES_FILE, 'utf8');
    // Compared line by line, so that a failure names the operations that moved rather than one huge string.
    const changed = fresh.split('\n').filter((line, i) => kept.split('\n')[i] !== line);
    expect(changed.slice(0, 20), 'src/web/api/schema.gen.ts is older than the routes: run `npm run api:types`').toEqual([]);
    expect(kept).toBe(fresh);
  }, 60_000);
});
