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
  it('refuses an address that is not a web page, on adding and on correcting, and saves nothing', async () => {
    const coordinator = await t.login('bvsn.coordinator');
    const listed = async () => (await t.request('GET', '/api/legal-documents', { cookie: coordinator })).json().items;
    const before = await listed();
    const badUrls = ['javascript:alert(1)', 'JavaScript:alert(document.cookie)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'file:///etc/passwd', 'ftp://vanban.gov.vn/a.pdf'];
    for (const url of badUrls) {
      const res = await t.request('POST', '/api/legal-documents', { cookie: coordinator, body: { kind: 'decision', code: '9/QĐ-UBND', issuer: 'Uỷ ban nhân dân tỉnh', url } });
      expect(res.statusCode, url).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
      expect(res.json().error.details).toContainEqual(expect.objectContaining({ field: 'url', message: 'Địa chỉ phải bắt đầu bằng http:// hoặc https://' }));
    }
    expect(await listed()).toEqual(before);
    const id = before[0].id;
    for (const url of badUrls) {
      const res = await t.request('PATCH', `/api/legal-documents/${id}`, { cookie: coordinator, body: { url } });
      expect(res.statusCode, url).toBe(400);
      expect(res.json().error.details.map((d: { field: string }) => d.field)).toContain('url');
    }
    expect(await listed()).toEqual(before);
    const ok = await t.request('POST', '/api/legal-documents', { cookie: coordinator, body: { kind: 'decision', code: '9/QĐ-UBND', url: 'https://vanban.laocai.gov.vn/9-qd-ubnd.pdf' } });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().url).toBe('https://vanban.laocai.gov.vn/9-qd-ubnd.pdf');
  });

  it('still finds a document by its code and issuer after only its summary was corrected', async () => {
    const coordinator = await t.login('bvsn.coordinator');
    const created = await t.request('POST', '/api/legal-documents', {
      cookie: coordinator,
      body: { kind: 'plan', code: '214/KH-ĐHYD', issuer: 'Sở Y tế Hà Tĩnh', summary: 'Kế hoạch cải cách hành chính năm 2026' },
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    const patched = await t.request('PATCH', `/api/legal-documents/${id}`, { cookie: coordinator, body: { summary: 'Kế hoạch chuyển đổi số năm 2026' } });
    expect(patched.statusCode).toBe(200);
    const search = async (q: string) =>
      (await t.request('GET', `/api/legal-documents?q=${encodeURIComponent(q)}`, { cookie: coordinator })).json().items.map((d: { id: string }) => d.id);
    expect(await search('214/KH-ĐHYD')).toEqual([id]);
    expect(await search('214/kh-dhyd')).toEqual([id]);
    expect(await search('so y te ha tinh')).toEqual([id]);
    expect(await search('chuyen doi so')).toEqual([id]);
    expect(await search('cai cach hanh chinh nam 2026')).toEqual([]);
  });
});
