import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inkOnFirstPage } from '../support/pdf-ink';
import { readDocx } from '../support/docx-xml';
import { createTestApp, DIALECTS, type TestApp } from '../support/test-app';

type PlanListItem = { id: string; numberAndSymbol: string; state: string; organization: { code: string } };
type Task = { title: string };

describe.each(DIALECTS)('plan documents on %s', (dialect) => {
  let t: TestApp;
  let director: string;
  let issued: PlanListItem;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    director = await t.login('syt-lc.director');
    const plans: PlanListItem[] = (await t.request('GET', '/api/plans?limit=100', { cookie: director })).json().items;
    issued = plans.find((p) => p.numberAndSymbol === '06/KH-SYT')!;
  });
  afterAll(() => t.close());

  it('writes an issued plan as a DOCX in the Decree 30 layout, with every task in the landscape appendix', async () => {
    const res = await t.request('GET', `/api/plans/${issued.id}/document.docx`, { cookie: director });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('Kế hoạch 06-KH-SYT.docx'));
    const doc = await readDocx(res.rawPayload);
    // A4 portrait for the text, then a landscape section for the appendix; margins 20/20/30/15 mm.
    expect(doc.documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(doc.documentXml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/);
    expect(doc.documentXml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    expect(doc.paragraph('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM').runs[0]).toMatchObject({ bold: true, font: 'Times New Roman' });
    expect(doc.paragraph(/^Số: 06\/KH-SYT$/).runs[0]!.sizePt).toBe(13);
    expect(doc.paragraph(/^KẾ HOẠCH$/).runs[0]).toMatchObject({ bold: true });
    expect(doc.paragraph('ngày 10 tháng 01 năm 2026').runs[0]!.italic).toBe(true);
    expect(doc.paragraph(/^Căn cứ /).runs[0]!.italic).toBe(true);
    const body = doc.paragraphs.filter((p) => !p.inTable && p.text.trim());
    expect(body.some((p) => p.text.endsWith('./.'))).toBe(true);
    expect(doc.paragraph(/^Nơi nhận:$/).runs[0]).toMatchObject({ bold: true, italic: true });
    expect(doc.paragraph(/^- Lưu: VT/).text).toMatch(/\.$/);
    expect(doc.documentXml).toContain('<w:tblHeader/>');
    const plan = (await t.request('GET', `/api/plans/${issued.id}`, { cookie: director })).json();
    expect(plan.tasks.length).toBeGreaterThan(5);
    for (const task of plan.tasks as Task[]) expect(doc.paragraphs.some((p) => p.inTable && p.text === task.title), task.title).toBe(true);
    expect(doc.paragraph(/^\(Kèm theo Kế hoạch số 06\/KH-SYT ngày 10\/01\/2026 của Sở Y tế tỉnh Lào Cai\)$/).runs[0]!.italic).toBe(true);
  });

  it('leaves the number and the day blank on a draft, for the clerk', async () => {
    const bvsn = await t.login('bvsn.coordinator');
    const drafts: PlanListItem[] = (await t.request('GET', '/api/plans?state=draft&limit=100', { cookie: bvsn })).json().items;
    const draft = drafts.find((p) => p.organization.code === 'BVSN')!;
    const doc = await readDocx((await t.request('GET', `/api/plans/${draft.id}/document.docx`, { cookie: bvsn })).rawPayload);
    expect(doc.paragraph(/^Số:\s+\/KH-BVSN$/).text).toMatch(/^Số:\s{3,}\/KH-BVSN$/);
    expect(doc.paragraph(/ngày\s+tháng\s+năm 20\d\d/).runs[0]!.italic).toBe(true);
  });

  it("hides another province's plan and asks for a session", async () => {
    expect((await t.request('GET', `/api/plans/${issued.id}/document.docx`, { cookie: await t.login('syt-ht.director') })).statusCode).toBe(404);
    expect((await t.request('GET', `/api/plans/${issued.id}/document.docx`)).statusCode).toBe(401);
  });

  it('makes the PDF with LibreOffice from the same DOCX, and page 1 is not blank', async () => {
    const res = await t.request('GET', `/api/plans/${issued.id}/document.pdf`, { cookie: director });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const ink = inkOnFirstPage(res.rawPayload);
    expect(ink).toBeGreaterThan(0.005);
    expect(ink).toBeLessThan(0.5);
  }, 120_000);

  it('answers 503 naming the package to install when LibreOffice is missing', async () => {
    const before = process.env.SOFFICE;
    process.env.SOFFICE = '/nonexistent/soffice';
    try {
      const res = await t.request('GET', `/api/plans/${issued.id}/document.pdf`, { cookie: director });
      expect(res.statusCode).toBe(503);
      expect(res.json().error).toMatchObject({ code: 'PDF_CONVERTER_MISSING', message: expect.stringContaining('libreoffice-writer-nogui') });
    } finally {
      if (before === undefined) delete process.env.SOFFICE;
      else process.env.SOFFICE = before;
    }
  });
});
