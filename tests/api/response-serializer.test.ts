import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zodSerialized } from '../../src/server/http/response-serializer';
import { createTestApp, type TestApp } from '../support/test-app';

/**
 * Issue 17: every response is written by a serializer compiled from its route's schema. A schema it could
 * not take falls back to the slower zod serializer; none does today. What is written is only what the
 * schema declares: a field a command leaves on an object never reaches the client.
 */
describe('response serializer', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('sqlite', { demoPlans: false });
  });
  afterAll(() => t.close());

  it('compiles every route’s response schema', () => {
    expect(zodSerialized).toEqual([]);
  });

  it('writes only the declared fields, nulls as null, and the same JSON the schema describes', async () => {
    const cookie = await t.login('bvsn.coordinator');
    const me = await t.request('GET', '/api/me', { cookie });
    expect(me.statusCode).toBe(200);
    const body = me.json();
    expect(Object.keys(body).sort()).toEqual(['allowedRoles', 'can', 'organization', 'roles', 'user']);
    expect(body.user.email === null || typeof body.user.email === 'string').toBe(true);
    const orgs = await t.request('GET', '/api/organizations?limit=5', { cookie });
    // Rows read from the database carry columns the schema leaves out (the folded name): never sent.
    expect(orgs.body).not.toContain('name_folded');
    expect(orgs.body).not.toContain('code_scope');
  });
});
