import JSZip from 'jszip';
import { readSeed as seed, seedsAvailable } from '../../../tests/support/seeds';
import { docxToPdf, findSoffice } from '../pdf/libreoffice';
import { extractPlanText } from './extract-text';
import { ImportRefused, type ImportRefusal } from './import-refused';
import { MAX_IMPORT_BYTES } from './import-limits';
import { pdfText } from './pdf-text';
import { passwordProtectedPdf, planDocx } from './test-documents.fixture';


async function refusal(bytes: Buffer, name = 'tep'): Promise<ImportRefused> {
  const error = await extractPlanText(bytes, name).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportRefused);
  return error as ImportRefused;
}

async function expectRefused(bytes: Buffer, code: ImportRefusal): Promise<void> {
  const error = await refusal(bytes);
  expect(error.code).toBe(code);
  // Vietnamese, with its diacritics, for the person who uploaded the file.
  expect(error.message).toMatch(/[àáảãạăâđêôơưệếộớờợụứừ]/);
}

/** An invented plan of another province: heading block, bases, a task table with a two-paragraph cell. */
const QUANG_TRI = [
  'UBND TỈNH QUẢNG TRỊ',
  'SỞ Y TẾ',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'Số: 45/KH-SYT',
  'Quảng Trị, ngày 05 tháng 02 năm 2026',
  'KẾ HOẠCH',
  'Cải cách hành chính năm 2026',
  'Căn cứ Quyết định số 1234/QĐ-UBND ngày 20/12/2025 của UBND tỉnh Quảng Trị;',
  'I. MỤC ĐÍCH, YÊU CẦU',
  '| STT | Nội dung | Đơn vị chủ trì | Thời gian |',
  '| 1 | Rà soát thủ tục hành chính // thuộc thẩm quyền của Sở | Văn phòng Sở | Quý II năm 2026 |',
  '| 2 | Khảo sát sự hài lòng | Phòng Tổ chức cán bộ | Tháng 10/2026 |',
  'GIÁM ĐỐC',
  'Lê Văn Minh',
].join('\n');

describe('extractPlanText: text files', () => {
  const plan = 'SỞ Y TẾ TỈNH HÀ GIANG\nSố: 12/KH-SYT\r\nKẾ HOẠCH\r\nCải cách hành chính năm 2026';
  const lines = ['SỞ Y TẾ TỈNH HÀ GIANG', 'Số: 12/KH-SYT', 'KẾ HOẠCH', 'Cải cách hành chính năm 2026'];

  it('reads UTF-8 with or without a byte order mark, and Windows line ends', async () => {
    for (const bytes of [Buffer.from(plan), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(plan)])]) {
      const read = await extractPlanText(bytes, 'ke-hoach.txt');
      expect(read.format).toBe('txt');
      expect(read.text.split('\n')).toEqual(lines);
    }
  });

  it('reads UTF-16 in both byte orders, with a byte order mark or without', async () => {
    const le = Buffer.from(plan, 'utf16le');
    const be = Buffer.from(le).swap16();
    for (const bytes of [Buffer.concat([Buffer.from([0xff, 0xfe]), le]), Buffer.concat([Buffer.from([0xfe, 0xff]), be]), le, be]) {
      expect((await extractPlanText(bytes, 'ke-hoach.txt')).text.split('\n')).toEqual(lines);
    }
  });

  it('keeps tab-separated rows as written', async () => {
    const read = await extractPlanText(Buffer.from('STT\tNhiệm vụ\tChủ trì\n1\tRà soát TTHC\tVăn phòng'), 'a.txt');
    expect(read.text).toContain('1\tRà soát TTHC\tVăn phòng');
  });
});

describe('extractPlanText: refusals', () => {
  it('refuses an empty file or one of only spaces', async () => {
    await expectRefused(Buffer.alloc(0), 'EMPTY_FILE');
    await expectRefused(Buffer.from(' \n\r\n  '), 'EMPTY_FILE');
  });

  it('refuses garbage by its bytes, whatever the name says', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200, 7)]);
    const error = await refusal(png, 'ke-hoach.docx');
    expect(error.code).toBe('UNSUPPORTED_FORMAT');
    expect(error.message).toContain('Word (.docx), PDF hoặc văn bản thuần (.txt, .md)');
  });

  it('refuses a Word 97–2003 file, asking for .docx', async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]);
    expect((await refusal(ole)).message).toContain('.docx');
  });

  it('refuses a file over the size limit before reading it', async () => {
    await expectRefused(Buffer.alloc(MAX_IMPORT_BYTES + 1, 0x61), 'FILE_TOO_LARGE');
  });

  it('refuses a truncated DOCX and a ZIP that is not a Word file', async () => {
    const docx = await planDocx(QUANG_TRI);
    await expectRefused(docx.subarray(0, Math.floor(docx.length / 2)), 'DAMAGED_FILE');
    const zip = await new JSZip().file('hello.txt', 'xin chào').generateAsync({ type: 'nodebuffer' });
    await expectRefused(zip, 'UNSUPPORTED_FORMAT');
  });

  it('refuses a DOCX that is a zip bomb without unpacking it', async () => {
    const zip = await JSZip.loadAsync(await planDocx(QUANG_TRI));
    zip.file('word/media/padding.bin', Buffer.alloc(200 * 1024 * 1024), { compression: 'DEFLATE', compressionOptions: { level: 9 } });
    const bomb = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    await expectRefused(bomb, 'FILE_TOO_LARGE');
  });

  it('refuses a password-protected PDF', async () => {
    await expectRefused(passwordProtectedPdf(), 'PASSWORD_PROTECTED');
  });

  it('refuses a PDF that is only a header, and never throws anything but ImportRefused', async () => {
    await refusal(Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog'));
  });
});

// LibreOffice makes the PDFs these tests read; CI installs it (.ci/run), so a missing one is a failure, not a skip.
describe('extractPlanText: DOCX and PDF made from the seeds', () => {
  it('has LibreOffice to make the test PDFs with', () => {
    expect(findSoffice(), 'install Debian libreoffice-writer-nogui').not.toBeNull();
  });

  const documents = new Map<string, { docx: Buffer; pdf: Buffer }>();
  const made = async (name: string, text: string) => {
    if (!documents.has(name)) {
      const docx = await planDocx(text);
      documents.set(name, { docx, pdf: await docxToPdf(docx) });
    }
    return documents.get(name)!;
  };

  const seed002Tasks = (seedsAvailable ? seed('002_6c8ca109d674577c.txt') : '')
    .split('\n')
    .filter((line) => /^\| \d+ \|/.test(line))
    .map((line) => line.split('|').map((cell) => cell.trim()));

  it.skipIf(!seedsAvailable)('reads the TTYT seed as DOCX: heading lines, bases, and each task as one table row', async () => {
    const { text } = await extractPlanText((await made('002', seed('002_6c8ca109d674577c.txt'))).docx, 'ttyt.docx');
    const lines = text.split('\n');
    expect(lines).toContain('Số: /KH-TTYT');
    expect(lines).toContain('KẾ HOẠCH');
    expect(lines).toContain('Thông tin, tuyên truyền về công tác cải cách hành chính của Trung tâm y tế khu vực Lào Cai - Cam Đường năm 2026');
    expect(text).toContain('Thực hiện Kế hoạch số 23/KH-SYT ngày 23/01/2026 của Sở Y tế tỉnh Lào Cai');
    expect(lines).toContain('| STT | Nhiệm vụ | Chủ trì | Phối hợp | Thời hạn hoàn thành | Sản phẩm đầu ra |');
    expect(seed002Tasks).toHaveLength(10);
    for (const [, number, task, lead, coordinators, deadline, output] of seed002Tasks) {
      expect(lines).toContain(`| ${number} | ${task} | ${lead} | ${coordinators} | ${deadline} | ${output} |`);
    }
  });

  it.skipIf(!seedsAvailable)('reads the BVSN seeds as DOCX: heading block, title, signer', async () => {
    const first = (await extractPlanText((await made('000', seed('000_3bac6054eb6e82d9.txt'))).docx, '000.docx')).text.split('\n');
    for (const line of ['SỞ Y TẾ TỈNH LÀO CAI', 'BỆNH VIỆN SẢN - NHI', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'KẾ HOẠCH', 'GIÁM ĐỐC', 'Trần Hoài Bắc']) {
      expect(first).toContain(line);
    }
    expect(first.some((line) => /^Số:\s+\/KH-BVSN$/.test(line))).toBe(true);
    const second = await extractPlanText((await made('001', seed('001_10630c44fb5d4977.txt'))).docx, '001.docx');
    expect(second.format).toBe('docx');
    expect(second.text.split('\n').slice(0, 2)).toEqual(['KẾ HOẠCH', 'Cải cách hành chính năm 2026']);
  });

  it.skipIf(!seedsAvailable)('reads the PDF of the TTYT seed in reading order, a wrapped cell joined into its row', async () => {
    const { text, format, pages } = await extractPlanText((await made('002', seed('002_6c8ca109d674577c.txt'))).pdf, 'ttyt.pdf');
    expect(format).toBe('pdf');
    expect(pages).toBeGreaterThan(1);
    const lines = text.split('\n');
    expect(lines).toContain('Số: /KH-TTYT');
    expect(lines).toContain('KẾ HOẠCH');
    expect(lines.indexOf('KẾ HOẠCH')).toBeLessThan(lines.indexOf('I. MỤC ĐÍCH, YÊU CẦU'));
    expect(text).toContain('Thực hiện Kế hoạch số 23/KH-SYT ngày 23/01/2026');
    for (const [, number, task, lead] of seed002Tasks) {
      const row = lines.find((line) => line.startsWith(`| ${number} |`));
      expect(row, `task ${number}`).toBeDefined();
      expect(row).toContain(task);
      expect(row).toContain(lead);
    }
  });

  it('reads the heading block of an invented plan from its PDF, each column on its own lines', async () => {
    const { text } = await extractPlanText((await made('qt', QUANG_TRI)).pdf, 'qt.pdf');
    const lines = text.split('\n');
    for (const line of ['UBND TỈNH QUẢNG TRỊ', 'SỞ Y TẾ', 'Số: 45/KH-SYT', 'GIÁM ĐỐC', 'Lê Văn Minh']) expect(lines).toContain(line);
    expect(lines.find((line) => line.startsWith('| 1 |'))).toContain('Rà soát thủ tục hành chính thuộc thẩm quyền của Sở');
  });

  it('joins a cell of several paragraphs with spaces and writes a repeated header row once', async () => {
    const { text } = await extractPlanText((await made('qt', QUANG_TRI)).docx, 'qt.docx');
    const lines = text.split('\n');
    expect(lines).toContain('| 1 | Rà soát thủ tục hành chính thuộc thẩm quyền của Sở | Văn phòng Sở | Quý II năm 2026 |');
    expect(lines.filter((line) => line.startsWith('| STT |'))).toHaveLength(1);
  });

  it.skipIf(!seedsAvailable)('stops reading a PDF past the time limit or the page limit', async () => {
    const { pdf } = await made('002', seed('002_6c8ca109d674577c.txt'));
    await expect(pdfText(pdf, { timeLimitMs: 1, maxPages: 200 })).rejects.toMatchObject({ code: 'TOO_SLOW' });
    await expect(pdfText(pdf, { timeLimitMs: 20_000, maxPages: 1 })).rejects.toMatchObject({ code: 'TOO_MANY_PAGES' });
  });

  it.skipIf(!seedsAvailable)('refuses a truncated PDF rather than crashing', async () => {
    const { pdf } = await made('002', seed('002_6c8ca109d674577c.txt'));
    const read = await extractPlanText(pdf.subarray(0, 600), 'cut.pdf').then(
      () => null,
      (e: unknown) => e,
    );
    expect(read).toBeInstanceOf(ImportRefused);
  });
});
