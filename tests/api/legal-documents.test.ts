import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DIALECTS, type TestApp } from '../support/test-app';

describe.each(DIALECTS)('legal documents registry on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    // Without the demo plans, whose citations would fill the registry.
    t = await createTestApp(dialect, { demoPlans: false });
  });
  afterAll(() => t.close());

  const resolution76 = { kind: 'resolution', code: '76/NQ-CP', issuedOn: '2021-07-15', issuer: 'Chính phủ', summary: 'Ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 – 2030' };

  it('lets a coordinator add a document that everyone signed in can find without diacritics', async () => {
    const coordinator = await t.login('bvsn.coordinator');
    const res = await t.request('POST', '/api/legal-documents', { cookie: coordinator, body: resolution76 });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ ...resolution76, can: { update: true } });
    const reader = await t.login('syt-ht.viewer');
    const found = (await t.request('GET', '/api/legal-documents?q=chuong%20trinh%20tong%20the', { cookie: reader })).json().items;
    expect(found.map((d: { code: string }) => d.code)).toEqual(['76/NQ-CP']);
    expect(found[0].can.update).toBe(false);
  });

  it('refuses a duplicate code, a malformed code and a viewer, changing nothing', async () => {
    const coordinator = await t.login('ttyt-lccd.coordinator');
    const dup = await t.request('POST', '/api/legal-documents', { cookie: coordinator, body: resolution76 });
    expect(dup.statusCode).toBe(409);
    const bad = await t.request('POST', '/api/legal-documents', { cookie: coordinator, body: { ...resolution76, code: 'NQ 76' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toBe('code');
    const viewer = await t.login('bvsn.viewer');
    expect((await t.request('POST', '/api/legal-documents', { cookie: viewer, body: { ...resolution76, code: '1/QĐ-X' } })).statusCode).toBe(403);
    expect((await t.request('GET', '/api/legal-documents', { cookie: viewer })).json().items).toHaveLength(1);
  });

  it('lets only the body that added an entry correct it', async () => {
    const id = (await t.request('GET', '/api/legal-documents', { cookie: await t.login('bvsn.viewer') })).json().items[0].id;
    const other = await t.login('syt-ht.coordinator');
    expect((await t.request('PATCH', `/api/legal-documents/${id}`, { cookie: other, body: { summary: 'Sửa bậy' } })).statusCode).toBe(403);
    const admin = await t.login('bvsn.admin');
    const ok = await t.request('PATCH', `/api/legal-documents/${id}`, { cookie: admin, body: { url: 'https://vanban.chinhphu.vn/76-nq-cp' } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().url).toBe('https://vanban.chinhphu.vn/76-nq-cp');
  });
});
