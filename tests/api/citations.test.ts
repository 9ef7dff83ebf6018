import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DIALECTS, type TestApp } from '../support/test-app';

describe.each(DIALECTS)('POST /api/citations/recognize on %s', (dialect) => {
  let t: TestApp;
  let cookie: string;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    cookie = await t.login('ttyt-lccd.coordinator');
  });
  afterAll(() => t.close());

  const recognize = (text: string) => t.request('POST', '/api/citations/recognize', { cookie, body: { text } });

  it('answers kind, code, date and issuer of each cited document', async () => {
    const res = await recognize('Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể CCHC; Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ.');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      citations: [
        { kind: 'resolution', code: '76/NQ-CP', date: '2021-07-15', issuer: 'Chính phủ' },
        { kind: 'decision', code: '749/QĐ-TTg', date: '2020-06-03', issuer: 'Thủ tướng Chính phủ' },
      ],
    });
  });

  it('splits lists, keeps null where the text says nothing, and names each document once', async () => {
    const res = await recognize('Thực hiện Công điện số 280/CĐ-TTg và 968/CĐ-TTg; Nghị quyết số 29/2025/NQ-HĐND. Nhắc lại Công điện số 280/CĐ-TTg.');
    expect(res.json().citations).toEqual([
      { kind: 'telegram', code: '280/CĐ-TTg', date: null, issuer: null },
      { kind: 'telegram', code: '968/CĐ-TTg', date: null, issuer: null },
      { kind: 'resolution', code: '29/2025/NQ-HĐND', date: null, issuer: null },
    ]);
  });

  it('answers an empty list for text without citations, and 400 without text', async () => {
    expect((await recognize('Đề án 06 và chuyển đổi số')).json()).toEqual({ citations: [] });
    expect((await t.request('POST', '/api/citations/recognize', { cookie, body: {} })).statusCode).toBe(400);
  });
});
