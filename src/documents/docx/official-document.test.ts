import { describe, expect, it } from 'vitest';
import { readDocx, type DocxParagraph, type DocxXml } from '../../../tests/support/docx-xml';
import { BLANK } from '../../domain/documents/date-line';
import { officialDocumentBuffer, type OfficialDocumentParts } from './official-document';

/** A plan as the seeds lay it out: heading, title, bases, headings I./1./a), the end mark, signature, appendix. */
const plan: OfficialDocumentParts = {
  heading: { superiorName: 'Sở Y tế tỉnh Lào Cai', issuerName: 'Bệnh viện Sản - Nhi', number: 3, symbol: 'KH-BVSN', placeName: 'Lào Cai', date: '2026-01-05' },
  title: { kind: 'Kế hoạch', summary: 'Tuyên truyền công tác cải cách hành chính năm 2026' },
  body: [
    { kind: 'bases', items: ['Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ.', 'Căn cứ Kế hoạch số 06/KH-SYT ngày 10/01/2026 của Sở Y tế'] },
    { kind: 'paragraph', text: 'Bệnh viện Sản - Nhi tỉnh Lào Cai xây dựng Kế hoạch như sau:' },
    { kind: 'heading', numbering: 'I', text: 'Mục đích, yêu cầu' },
    { kind: 'heading', numbering: '1.', text: 'Mục đích' },
    { kind: 'heading', numbering: 'a', text: 'Nội dung tuyên truyền' },
    { kind: 'paragraph', text: '- Nâng cao nhận thức của viên chức, người lao động.' },
    { kind: 'paragraph', text: 'Yêu cầu các khoa, phòng nghiêm túc thực hiện.' },
  ],
  signature: { authority: 'KT. Giám đốc', signerTitle: 'Phó Giám đốc', signerName: 'Trần Hoài Bắc' },
  recipients: ['Sở Y tế', 'Ban Giám đốc BV', 'Lưu: VT, TCHC'],
  appendices: [
    {
      label: 'PHỤ LỤC',
      title: 'Phân công nhiệm vụ',
      attachedTo: 'Kèm theo Kế hoạch số 03/KH-BVSN ngày 05/01/2026 của Bệnh viện Sản - Nhi',
      landscape: true,
      columns: [{ title: 'STT', weight: 1, align: 'center' }, { title: 'Nhiệm vụ', weight: 6 }, { title: 'Chủ trì', weight: 2 }, { title: 'Thời hạn hoàn thành', weight: 2 }],
      rows: Array.from({ length: 40 }, (_, i) => [String(i + 1), `Nhiệm vụ số ${i + 1}`, 'Phòng TCHC', 'Quý I năm 2026']),
    },
  ],
};

/** A Công văn not yet registered: blank number and date, "V/v" under the number, "Kính gửi:". */
const letter: OfficialDocumentParts = {
  heading: { superiorName: 'UBND tỉnh Lào Cai', issuerName: 'Sở Y tế tỉnh Lào Cai', number: null, symbol: 'SYT-VP', placeName: 'Lào Cai', date: { year: 2026 }, letterSummary: 'Đôn đốc thực hiện nhiệm vụ' },
  addressees: ['Bệnh viện Sản - Nhi tỉnh Lào Cai', 'Trung tâm Y tế khu vực Lào Cai - Cam Đường'],
  body: [{ kind: 'paragraph', text: 'Đề nghị các đơn vị thực hiện./.' }],
  signature: { authority: 'Giám đốc', signerTitle: null, signerName: null },
  recipients: ['Như trên', 'Lưu: VT, VP.'],
};

const style = (p: DocxParagraph) => ({ sizePt: p.runs[0]?.sizePt, bold: p.runs[0]?.bold, italic: p.runs[0]?.italic });
const after = (doc: DocxXml, p: DocxParagraph) => doc.paragraphs[doc.paragraphs.indexOf(p) + 1]!;

describe('official document (Decree 30/2020/NĐ-CP)', async () => {
  const doc = await readDocx(await officialDocumentBuffer(plan));
  const unregistered = await readDocx(await officialDocumentBuffer(letter));

  it('is A4 portrait with margins 20/20/30/15 mm, and a landscape appendix section', () => {
    const sections = [...doc.documentXml.matchAll(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
    expect(sections).toHaveLength(2);
    expect(sections[0]).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    expect(sections[0]).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    expect(sections[1]).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
  });

  it('names Times New Roman in the document defaults and on every run', () => {
    expect(doc.stylesXml).toMatch(/<w:docDefaults>[\s\S]*<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"\/>/);
    const runs = doc.paragraphs.flatMap((p) => p.runs);
    expect(runs.length).toBeGreaterThan(50);
    expect(runs.filter((r) => r.font !== 'Times New Roman')).toEqual([]);
    expect(doc.documentXml + doc.stylesXml).not.toMatch(/w:ascii="(?!Times New Roman)/);
  });

  it('numbers pages in the header but not on the first page', () => {
    expect(doc.documentXml.match(/<w:sectPr>[\s\S]*?<\/w:sectPr>/)![0]).toContain('<w:titlePg/>');
    const [numbered, ...others] = doc.headersXml.filter((h) => h.includes('PAGE'));
    expect(numbered).toMatch(/<w:jc w:val="center"\/>/);
    expect(numbered).toMatch(/<w:sz w:val="26"\/>/);
    expect(doc.headersXml.filter((h) => !h.includes('PAGE'))).toHaveLength(1);
    expect(others).toHaveLength(1);
  });

  it('prints the superior body plain and the issuing body bold, both 13 pt capitals, with a short line under the issuer', () => {
    const superior = doc.paragraph('SỞ Y TẾ TỈNH LÀO CAI');
    expect(style(superior)).toEqual({ sizePt: 13, bold: false, italic: false });
    const issuer = doc.paragraph('BỆNH VIỆN SẢN - NHI');
    expect(style(issuer)).toEqual({ sizePt: 13, bold: true, italic: false });
    const line = after(doc, issuer);
    expect(line.topBorder).toBe(true);
    expect(line.text).toBe('');
    // 1/3 to 1/2 of the name's width, centred in the 3600-twip column.
    const length = 3600 - line.indent.left! - line.indent.right!;
    expect(line.indent.left).toBe(line.indent.right);
    expect(length).toBeGreaterThan(1700 / 3);
    expect(length).toBeLessThan(3600 / 2);
  });

  it('prints the national motto bold with a line under it as long as the text', () => {
    expect(style(doc.paragraph('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'))).toEqual({ sizePt: 12, bold: true, italic: false });
    const motto = doc.paragraph('Độc lập - Tự do - Hạnh phúc');
    expect(style(motto)).toEqual({ sizePt: 13, bold: true, italic: false });
    const line = after(doc, motto);
    expect(line.topBorder).toBe(true);
    // The motto at 13 pt bold measures 3183 twips in Times New Roman's metrics.
    expect(Math.abs(5755 - line.indent.left! - line.indent.right! - 3183)).toBeLessThan(80);
  });

  it('writes the number with its leading zero, or a blank for the clerk, at 13 pt', () => {
    expect(style(doc.paragraph('Số: 03/KH-BVSN'))).toEqual({ sizePt: 13, bold: false, italic: false });
    expect(unregistered.paragraph('/SYT-VP').text).toBe(`Số: ${BLANK}/SYT-VP`);
  });

  it("keeps a symbol on one line: its hyphens are Word's non-breaking hyphens, a spaced dash stays breakable", () => {
    expect(doc.documentXml).toContain('Số: 03/KH</w:t><w:noBreakHyphen/><w:t xml:space="preserve">BVSN</w:t>');
    expect(doc.documentXml).toContain('BỆNH VIỆN SẢN - NHI</w:t>');
  });

  it('puts the place and date in italic, with blanks when the document is not yet dated', () => {
    const date = doc.paragraph('Lào Cai, ngày');
    expect(date.text).toBe('Lào Cai, ngày 05 tháng 01 năm 2026');
    expect(style(date)).toEqual({ sizePt: 14, bold: false, italic: true });
    expect(unregistered.paragraph('Lào Cai, ngày').text).toBe(`Lào Cai, ngày${BLANK}tháng${BLANK}năm 2026`);
  });

  it('sets the title bold and centred with a short line under the summary', () => {
    const kind = doc.paragraph(/^KẾ HOẠCH$/);
    expect([kind.align, style(kind)]).toEqual(['center', { sizePt: 14, bold: true, italic: false }]);
    const summary = after(doc, kind);
    expect([summary.text, summary.runs[0]!.bold]).toEqual(['Tuyên truyền công tác cải cách hành chính năm 2026', true]);
    expect(after(doc, summary).topBorder).toBe(true);
  });

  it('writes the bases in italic, each ending with ";" and the last with "."', () => {
    const bases = doc.paragraphs.filter((p) => p.text.startsWith('Căn cứ'));
    expect(bases.map((p) => p.text.slice(-1))).toEqual([';', '.']);
    expect(bases.every((p) => p.runs.every((r) => r.italic))).toBe(true);
  });

  it('sets headings I. in bold capitals, 1. in bold and a) plain, and justifies paragraphs with a 1.27 cm indent and 6 pt after', () => {
    expect(doc.paragraph('I. MỤC ĐÍCH, YÊU CẦU').runs[0]!.bold).toBe(true);
    expect(doc.paragraph('1. Mục đích').runs[0]!.bold).toBe(true);
    expect(doc.paragraph('a) Nội dung tuyên truyền').runs[0]!.bold).toBe(false);
    const p = doc.paragraph('- Nâng cao nhận thức');
    expect([p.align, p.indent.firstLine, p.spacingAfter, p.runs[0]!.sizePt]).toEqual(['both', 720, 120, 14]);
  });

  it('ends the text with "./." once', () => {
    expect(doc.paragraph('Yêu cầu các khoa').text).toBe('Yêu cầu các khoa, phòng nghiêm túc thực hiện./.');
    expect(unregistered.paragraph('Đề nghị').text).toBe('Đề nghị các đơn vị thực hiện./.');
  });

  it('lays out the recipients beside the signature: Nơi nhận 12 pt bold italic, lines 11 pt, the last "Lưu"', () => {
    const label = doc.paragraph('Nơi nhận:');
    expect([label.inTable, style(label)]).toEqual([true, { sizePt: 12, bold: true, italic: true }]);
    const lines = doc.paragraphs.slice(doc.paragraphs.indexOf(label) + 1, doc.paragraphs.indexOf(label) + 4);
    expect(lines.map((l) => l.text)).toEqual(['- Sở Y tế;', '- Ban Giám đốc BV;', '- Lưu: VT, TCHC.']);
    expect(lines.every((l) => l.runs[0]!.sizePt === 11)).toBe(true);
    expect(unregistered.paragraph('- Lưu').text).toBe('- Lưu: VT, VP.');
  });

  it('signs "KT. GIÁM ĐỐC" over "PHÓ GIÁM ĐỐC" in bold, leaving room above the bold name', () => {
    const authority = doc.paragraph('KT. GIÁM ĐỐC');
    expect(style(authority)).toEqual({ sizePt: 14, bold: true, italic: false });
    expect(after(doc, authority).text).toBe('PHÓ GIÁM ĐỐC');
    const name = doc.paragraph('Trần Hoài Bắc');
    expect([name.inTable, name.runs[0]!.bold, name.runs[0]!.sizePt]).toEqual([true, true, 14]);
    // About 3 cm for the signature and the seal.
    expect(name.spacingBefore).toBeGreaterThanOrEqual(1600);
  });

  it('gives a Công văn its "V/v" summary under the number at 12 pt, no title, and "Kính gửi:" its addressees', () => {
    const summary = unregistered.paragraph('V/v Đôn đốc thực hiện nhiệm vụ');
    expect([summary.inTable, style(summary)]).toEqual([true, { sizePt: 12, bold: false, italic: false }]);
    expect(unregistered.paragraphs.some((p) => p.text === 'KẾ HOẠCH')).toBe(false);
    expect(unregistered.paragraph('Kính gửi:').text).toBe('Kính gửi:\t- Bệnh viện Sản - Nhi tỉnh Lào Cai;');
    expect(unregistered.paragraph('- Trung tâm Y tế').text).toBe('- Trung tâm Y tế khu vực Lào Cai - Cam Đường.');
    expect(unregistered.paragraph('GIÁM ĐỐC').text).toBe('GIÁM ĐỐC');
  });

  it('starts the appendix with PHỤ LỤC, its title and "(Kèm theo …)", over a table whose header row repeats', () => {
    expect(style(doc.paragraph(/^PHỤ LỤC$/))).toEqual({ sizePt: 14, bold: true, italic: false });
    expect(doc.paragraph('PHÂN CÔNG NHIỆM VỤ').runs[0]!.bold).toBe(true);
    const attached = doc.paragraph('(Kèm theo Kế hoạch số 03/KH-BVSN ngày 05/01/2026');
    expect(attached.runs[0]!.italic).toBe(true);
    const appendix = doc.documentXml.slice(doc.documentXml.indexOf('PHỤ LỤC'));
    const rows = [...appendix.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((m) => m[1]!);
    expect(rows).toHaveLength(41);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows.slice(1).some((r) => r.includes('<w:tblHeader/>'))).toBe(false);
    expect(rows[40]).toContain('Nhiệm vụ số 40');
  });
});
