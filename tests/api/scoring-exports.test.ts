import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInVietnam } from '../../src/domain/calendar';
import { readDocx, type DocxXml } from '../support/docx-xml';
import { createTestApp, DIALECTS, type TestApp } from '../support/test-app';

type Round = { id: string; year: number; phase: string };
type Results = {
  round: { year: number; publishedAt: string | null };
  areas: { code: string; name: string; maxPoints: number }[];
  rows: { rank: number; organization: { name: string }; total: number; className: string | null }[];
};

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Points as the documents write them: a decimal comma ("87,5"). */
const vi = (points: number) => String(points).replace('.', ',');
/** "Lào Cai, ngày 15 tháng 01 năm 2026". */
const dateLine = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `Lào Cai, ngày ${String(d).padStart(2, '0')} tháng ${m <= 2 ? String(m).padStart(2, '0') : m} năm ${y}`;
};
const sections = (doc: DocxXml) => [...doc.documentXml.matchAll(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
const pageSize = (sectPr: string) => {
  const [, w, h] = /<w:pgSz w:w="(\d+)" w:h="(\d+)"/.exec(sectPr)!;
  return { width: Number(w), height: Number(h) };
};

/**
 * Issue 16 (SPEC §2.12): a published CCHC scoring round's result taken away as a Decree 30 notice with
 * the ranking in a landscape appendix, and as a workbook; the same people as the ranking on screen may
 * download it — a body only once it is published, another province never.
 */
describe.each(DIALECTS)('CCHC scoring result exports on %s', (dialect) => {
  let t: TestApp;
  let syt: string;
  let published: Round;
  let current: Round;
  let results: Results;

  beforeAll(async () => {
    t = await createTestApp(dialect, { demoHistory: true });
    syt = await t.login('syt-lc.coordinator');
    const { items } = (await t.request('GET', '/api/scoring/rounds', { cookie: syt })).json() as { items: Round[] };
    published = items.find((r) => r.phase === 'published')!;
    current = items.find((r) => r.phase === 'self_assessment')!;
    results = (await t.request('GET', `/api/scoring/rounds/${published.id}/results`, { cookie: syt })).json();
  });
  afterAll(() => t.close());

  it('writes the published result as a notice in the Decree 30 layout, the ranking on a landscape appendix page', async () => {
    const res = await t.request('GET', `/api/scoring/rounds/${published.id}/results.docx`, { cookie: syt });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe(DOCX);
    expect(res.headers['content-disposition']).toContain(`filename="Ket qua cham diem CCHC nam ${published.year}.docx"`);
    const doc = await readDocx(res.rawPayload);
    expect(doc.paragraph(/^THÔNG BÁO$/).runs[0]).toMatchObject({ bold: true, font: 'Times New Roman' });
    expect(doc.paragraph(/^Kết quả đánh giá, xếp loại/).text).toBe(`Kết quả đánh giá, xếp loại kết quả thực hiện nhiệm vụ cải cách hành chính năm ${published.year}`);
    expect(doc.paragraph(/^Số:/).text).toMatch(/^Số:\s{3,}\/TB-SYT$/);
    // Dated the day it was published, in Vietnam.
    expect(doc.paragraph(dateLine(todayInVietnam(new Date(results.round.publishedAt!)))).runs[0]!.italic).toBe(true);
    expect(doc.paragraph(/^Căn cứ /).runs[0]!.italic).toBe(true);
    expect(doc.paragraphs.some((p) => !p.inTable && p.text.endsWith('./.'))).toBe(true);
    expect(doc.paragraphs.some((p) => p.text.includes('DỰ THẢO'))).toBe(false);

    const [text, appendix] = sections(doc);
    expect(sections(doc)).toHaveLength(2);
    expect(text).toContain('w:orient="portrait"');
    expect(pageSize(text!).width).toBeLessThan(pageSize(text!).height);
    expect(appendix).toContain('w:orient="landscape"');
    expect(pageSize(appendix!).width).toBeGreaterThan(pageSize(appendix!).height);
    expect(doc.paragraph(/^\(Kèm theo Thông báo số\s+\/TB-SYT ngày \d\d\/\d\d\/\d{4} của Sở Y tế tỉnh Lào Cai\)$/).runs[0]!.italic).toBe(true);

    // One column an area, headed with its name and its maximum.
    const cells = doc.paragraphs.filter((p) => p.inTable).map((p) => p.text);
    for (const area of results.areas) {
      const at = cells.indexOf(`${area.code}. ${area.name}`);
      expect(at, area.name).toBeGreaterThan(-1);
      expect(cells[at + 1]).toBe(`(${vi(area.maxPoints)} điểm)`);
    }
    // The bodies in rank order, each row with its total written with a decimal comma.
    const rows = results.rows.map((row) => cells.indexOf(row.organization.name));
    expect(results.rows.map((r) => r.organization.name)).toEqual(expect.arrayContaining(['Bệnh viện Sản - Nhi tỉnh Lào Cai']));
    expect(rows.every((at) => at > -1)).toBe(true);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    results.rows.forEach((row, i) => {
      const rowCells = cells.slice(rows[i], rows[i + 1] ?? cells.length);
      expect(rowCells).toContain(vi(row.total));
      expect(rowCells).toContain(row.className);
    });
    expect(results.rows.some((r) => !Number.isInteger(r.total))).toBe(true);
    expect(cells.some((c) => /^\d+\.\d+$/.test(c))).toBe(false);
  });

  it('writes the ranking as a workbook: one row a body in rank order, points as numbers', async () => {
    const res = await t.request('GET', `/api/scoring/rounds/${published.id}/results.xlsx`, { cookie: syt });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX);
    expect(res.headers['content-disposition']).toContain(`filename="Ket qua cham diem CCHC nam ${published.year}.xlsx"`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const header = (sheet.getRow(3).values as unknown[]).slice(1);
    expect(header.slice(0, 2)).toEqual(['Thứ hạng', 'Đơn vị']);
    expect(header[2]).toBe(`${results.areas[0]!.code}. ${results.areas[0]!.name}\n(${vi(results.areas[0]!.maxPoints)} điểm)`);
    const totalColumn = header.findIndex((h) => String(h).startsWith('Tổng điểm\n')) + 1;
    const body = Array.from({ length: sheet.rowCount - 3 }, (_, i) => sheet.getRow(4 + i));
    expect(body.map((row) => row.getCell(2).value)).toEqual(results.rows.map((r) => r.organization.name));
    expect(body.map((row) => row.getCell(1).value)).toEqual(results.rows.map((r) => r.rank));
    expect(body.map((row) => row.getCell(totalColumn).value)).toEqual(results.rows.map((r) => r.total));
    expect(body.every((row) => typeof row.getCell(totalColumn).value === 'number')).toBe(true);
  });

  it('lets a body scored download the published result, and no one outside the round', async () => {
    const bvsn = await t.login('bvsn.coordinator');
    const other = await t.login('syt-ht.coordinator');
    for (const file of ['results.docx', 'results.xlsx']) {
      expect((await t.request('GET', `/api/scoring/rounds/${published.id}/${file}`, { cookie: bvsn })).statusCode, file).toBe(200);
      const hidden = await t.request('GET', `/api/scoring/rounds/${published.id}/${file}`, { cookie: other });
      expect(hidden.statusCode, file).toBe(404);
      expect(hidden.json().error.code).toBe('ROUND_NOT_FOUND');
      expect((await t.request('GET', `/api/scoring/rounds/${published.id}/${file}`)).statusCode, file).toBe(401);
    }
  });

  it('refuses a body the result before publication, and gives the department a preview marked as a draft', async () => {
    const bvsn = await t.login('bvsn.coordinator');
    for (const file of ['results.docx', 'results.xlsx']) {
      const early = await t.request('GET', `/api/scoring/rounds/${current.id}/${file}`, { cookie: bvsn });
      expect(early.statusCode, file).toBe(409);
      expect(early.json().error.code).toBe('RESULTS_NOT_PUBLISHED');
    }
    const preview = await t.request('GET', `/api/scoring/rounds/${current.id}/results.docx`, { cookie: syt });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.headers['content-disposition']).toContain('(du thao).docx"');
    const doc = await readDocx(preview.rawPayload);
    expect(doc.paragraph(/^DỰ THẢO$/).runs[0]!.bold).toBe(true);
    expect(doc.paragraph(dateLine(todayInVietnam(new Date()))).runs[0]!.italic).toBe(true);
  });
});
