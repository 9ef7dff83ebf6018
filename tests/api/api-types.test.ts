import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_TYPES_FILE, DESCRIPTION_LINE, descriptionHash } from '../../scripts/generate-api-types';
import { createTestApp, type TestApp } from '../support/test-app';

describe("the web app's generated API types", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('sqlite', { demo: false });
  });
  afterAll(() => t.close());

  it('were made from the description the routes give now (run `npm run api:types` after changing a route)', async () => {
    const kept = readFileSync(API_TYPES_FILE, 'utf8');
    expect(kept).toContain('export interface paths');
    const served = (await t.request('GET', '/api/openapi.json')).json();
    expect(DESCRIPTION_LINE.exec(kept)?.[1], 'src/web/api/schema.gen.ts is older than the routes: run `npm run api:types`').toBe(descriptionHash(served));
  });
});
