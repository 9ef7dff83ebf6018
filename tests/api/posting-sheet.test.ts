import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocx } from '../support/docx-xml';
import { addProcedure, recordCopyProcedure } from '../support/procedure-fixtures';
import { decodeQrPng } from '../support/qr-decode';
import { createTestApp, DIALECTS, orgId, type TestApp } from '../support/test-app';

const PAGE_URL = /^https?:\/\/[^/]+\/p\/bvsn\/thu-tuc\/BVSN-TT-01$/;

/** The QR code as a phone would read it off the printed page: page 1 rendered at 150 dpi. */
function qrOnFirstPage(pdf: Buffer): string | null {
  const dir = mkdtempSync(join(tmpdir(), 'posting-sheet-'));
  writeFileSync(join(dir, 'sheet.pdf'), pdf);
  execFileSync('pdftoppm', ['-png', '-r', '150', '-f', '1', '-l', '1', join(dir, 'sheet.pdf'), join(dir, 'page')]);
  return decodeQrPng(readFileSync(join(dir, 'page-1.png')));
}

/**
 * The posting sheet staff print for the board (issue 13): the procedure as citizens read it, its
 * version and date, and a QR code that opens the online page, in DOCX and in PDF.
 */
describe.each(DIALECTS)('posting sheet on %s', (dialect) => {
  let t: TestApp;
  let coordinator: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp(dialect, { demoPlans: false });
    coordinator = await t.login('bvsn.coordinator');
    const khth = await orgId(t.store, 'KHTH', 'BVSN');
    ids.record = await addProcedure(t, coordinator, recordCopyProcedure(khth));
    ids.internal = await addProcedure(t, coordinator, recordCopyProcedure(khth, { code: 'BVSN-QT-04', scope: 'internal', name: 'Quy trình nội bộ sao hồ sơ bệnh án' }));
    ids.old = await addProcedure(t, coordinator, recordCopyProcedure(khth, { code: 'BVSN-TT-00', name: 'Thủ tục cũ' }));
    const ended = await t.request('POST', `/api/procedures/${ids.old}/events`, { cookie: coordinator, body: { kind: 'abolished', effectiveOn: '2025-01-01', decidingDocument: '88/QĐ-BVSN' } });
    expect(ended.statusCode, ended.body).toBe(201);
  });
  afterAll(() => t.close());

  const sheet = (id: string, kind: 'docx' | 'pdf', cookie: string | null = coordinator) => t.request('GET', `/api/procedures/${id}/posting-sheet.${kind}`, { cookie: cookie ?? undefined });

  it('writes the procedure, its version and a QR code to its online page into the DOCX', async () => {
    const res = await sheet(ids.record!, 'docx');
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(res.headers['content-disposition']).toContain('niem-yet-BVSN-TT-01.docx');
    const doc = await readDocx(res.rawPayload);
    for (const text of ['BỆNH VIỆN', 'THỦ TỤC HÀNH CHÍNH', 'Cung cấp bản tóm tắt hồ sơ bệnh án', 'Phiên bản 1, cập nhật ngày', 'Trình tự thực hiện', 'Thành phần hồ sơ', 'Phí sao chụp: 5.000 đồng mỗi trang', 'Căn cứ pháp lý'])
      expect(doc.paragraphs.some((p) => p.text.includes(text)), text).toBe(true);
    const zip = await JSZip.loadAsync(res.rawPayload);
    const images = Object.keys(zip.files).filter((name) => name.startsWith('word/media/'));
    expect(images).toHaveLength(1);
    expect(decodeQrPng(await zip.file(images[0]!)!.async('nodebuffer'))).toMatch(PAGE_URL);
  });

  it('prints an internal procedure without a QR code: it has no public page', async () => {
    const res = await sheet(ids.internal!, 'docx');
    expect(res.statusCode).toBe(200);
    const zip = await JSZip.loadAsync(res.rawPayload);
    expect(Object.keys(zip.files).filter((name) => name.startsWith('word/media/'))).toHaveLength(0);
    expect((await readDocx(res.rawPayload)).paragraphs.some((p) => p.text.includes('QUY TRÌNH NỘI BỘ'))).toBe(true);
  });

  it('refuses an ended procedure, another body and no session', async () => {
    const ended = await sheet(ids.old!, 'docx');
    expect(ended.statusCode).toBe(409);
    expect(ended.json().error).toMatchObject({ code: 'PROCEDURE_ENDED', message: expect.stringContaining('đã bãi bỏ') });
    expect((await sheet(ids.record!, 'docx', await t.login('syt-ht.director'))).statusCode).toBe(404);
    expect((await sheet(ids.record!, 'docx', null)).statusCode).toBe(401);
  });

});

/** LibreOffice makes the PDF from the DOCX whatever the database: once is enough, on SQLite. */
describe('posting sheet as PDF', () => {
  let t: TestApp;
  let coordinator: string;
  let id: string;
  beforeAll(async () => {
    t = await createTestApp('sqlite', { demoPlans: false });
    coordinator = await t.login('bvsn.coordinator');
    id = await addProcedure(t, coordinator, recordCopyProcedure(await orgId(t.store, 'KHTH', 'BVSN')));
  });
  afterAll(() => t.close());

  it('makes the PDF from the same DOCX, and its QR code read off the rendered page opens the online page', async () => {
    const res = await t.request('GET', `/api/procedures/${id}/posting-sheet.pdf`, { cookie: coordinator });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(qrOnFirstPage(res.rawPayload)).toMatch(PAGE_URL);
  }, 120_000);
});
