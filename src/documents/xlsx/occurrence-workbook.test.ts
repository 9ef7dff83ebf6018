import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readOccurrenceWorkbook, writeOccurrenceWorkbook, type WorkbookOccurrence } from './occurrence-workbook';
import { MAX_WORKBOOK_ROWS } from './workbook-layout';
import type { WorkbookRefusal } from './workbook-refused';

const occurrences: WorkbookOccurrence[] = [
  { id: 'occ-1', taskTitle: 'Rà soát thủ tục hành chính', planLabel: 'Kế hoạch CCHC năm 2026 (03/KH-BVSN)', start: '2026-01-01', end: '2026-03-31', due: '2026-03-31', status: 'not_started', progress: 0, note: null },
  { id: 'occ-2', taskTitle: 'Tuyên truyền trên Trang TTĐT', planLabel: 'Kế hoạch CCHC năm 2026 (03/KH-BVSN)', start: '2026-04-01', end: '2026-09-30', due: '2026-09-30', status: 'in_progress', progress: 40, note: 'Đã đăng 02 tin' },
  { id: 'occ-3', taskTitle: 'Báo cáo kết quả CCHC', planLabel: 'Kế hoạch CCHC năm 2026', start: null, end: null, due: null, status: 'submitted', progress: 100, note: 'Đã gửi' },
];

const download = () => writeOccurrenceWorkbook({ organizationNames: ['Phòng Tổ chức Hành chính'], today: '2026-05-04', occurrences });

async function open(bytes: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

/** What a person does in Excel: open the file, change cells, save it. */
async function edit(bytes: Buffer, change: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const workbook = await open(bytes);
  change(workbook.worksheets[0]!);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function refusal(bytes: Buffer): Promise<WorkbookRefusal> {
  const error = await readOccurrenceWorkbook(bytes).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, 'expected the file to be refused').toBeInstanceOf(Error);
  expect((error as Error).message).toMatch(/[ạảãáàệếềểễộốồổỗụủũúùịỉĩíìđ]/);
  return (error as { code: WorkbookRefusal }).code;
}

describe('the workbook a department downloads', () => {
  it('names the department and the day, with Vietnamese headers, widths, a frozen header and grey read-only columns', async () => {
    const sheet = (await open(await download())).getWorksheet('Cập nhật kết quả')!;
    expect(sheet.getCell('A1').value).toBe('Cập nhật kết quả thực hiện nhiệm vụ — Phòng Tổ chức Hành chính — ngày 04/05/2026');
    expect(sheet.getRow(3).values).toEqual([undefined, 'STT', 'Mã kỳ', 'Nhiệm vụ', 'Kế hoạch', 'Kỳ', 'Hạn', 'Trạng thái', 'Tiến độ (%)', 'Kết quả thực hiện']);
    expect(sheet.columns.map((c) => c.width)).toEqual([6, 10, 55, 32, 24, 12, 18, 12, 55]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(sheet.getRow(4).values).toEqual([undefined, 1, 'occ-1', 'Rà soát thủ tục hành chính', 'Kế hoạch CCHC năm 2026 (03/KH-BVSN)', 'Quý I/2026', new Date('2026-03-31T00:00:00Z'), 'Chưa thực hiện', 0]);
    expect(sheet.getCell('E5').value).toBe('01/04/2026–30/09/2026');
    expect(sheet.getCell('F4').numFmt).toBe('dd/mm/yyyy');
    expect(sheet.getCell('C4').fill).toMatchObject({ pattern: 'solid', fgColor: { argb: 'FFEDEDED' } });
    expect(sheet.getCell('G4').fill).not.toMatchObject({ pattern: 'solid' });
  });

  it('offers only the statuses a department may choose, and checks progress is a whole number 0–100', async () => {
    const sheet = (await open(await download())).worksheets[0]!;
    const status = sheet.getCell('G5').dataValidation;
    expect(status).toMatchObject({ type: 'list', formulae: ['"Chưa thực hiện,Đang thực hiện,Chờ duyệt,Không áp dụng"'] });
    expect(status.formulae[0]).not.toContain('Hoàn thành');
    expect(sheet.getCell('H5').dataValidation).toMatchObject({ type: 'whole', operator: 'between', formulae: [0, 100] });
  });

  it('reads back as unchanged rows when nobody touched it', async () => {
    const read = await readOccurrenceWorkbook(await download());
    expect(read.problems).toEqual([]);
    expect(read.rows).toEqual([
      { row: 4, occurrenceId: 'occ-1', status: 'not_started', progress: 0 },
      { row: 5, occurrenceId: 'occ-2', status: 'in_progress', progress: 40, note: 'Đã đăng 02 tin' },
      { row: 6, occurrenceId: 'occ-3', status: 'submitted', progress: 100, note: 'Đã gửi' },
    ]);
  });
});

describe('reading a filled-in workbook', () => {
  it('understands statuses typed without accents or in capitals, and progress as 50, "50", "50%" or 0.5 shown as a percentage', async () => {
    const bytes = await edit(await download(), (sheet) => {
      sheet.getCell('G4').value = 'dang thuc hien';
      sheet.getCell('H4').value = '50%';
      sheet.getCell('G5').value = 'ĐÃ NỘP';
      sheet.getCell('H5').value = 0.57;
      // A style of its own: exceljs shares one style object between cells that were loaded alike.
      sheet.getCell('H5').style = { ...sheet.getCell('H5').style, numFmt: '0%' };
      sheet.getCell('G6').value = '  Không thực hiện ';
      sheet.getCell('H6').value = { formula: '10*5', result: 50 };
    });
    const { rows, problems } = await readOccurrenceWorkbook(bytes);
    expect(problems).toEqual([]);
    expect(rows.map(({ status, progress }) => ({ status, progress }))).toEqual([
      { status: 'in_progress', progress: 50 },
      { status: 'submitted', progress: 57 },
      { status: 'not_applicable', progress: 50 },
    ]);
  });

  it('takes empty cells as unchanged, and survives sorted, deleted and blank rows', async () => {
    const bytes = await edit(await download(), (sheet) => {
      sheet.getCell('G5').value = null;
      sheet.getCell('H5').value = null;
      sheet.getCell('I5').value = null;
      sheet.spliceRows(4, 1);
      // occ-3 moved above occ-2, then blank but bordered rows, the way a sorted and tidied sheet ends up.
      const [second, third] = [sheet.getRow(4).values, sheet.getRow(5).values];
      sheet.getRow(4).values = third as ExcelJS.CellValue[];
      sheet.getRow(5).values = second as ExcelJS.CellValue[];
      for (let n = 7; n < 12; n++) sheet.getCell(`I${n}`).border = { top: { style: 'thin' } };
    });
    const { rows, problems } = await readOccurrenceWorkbook(bytes);
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { row: 4, occurrenceId: 'occ-3', status: 'submitted', progress: 100, note: 'Đã gửi' },
      { row: 5, occurrenceId: 'occ-2' },
    ]);
  });

  it('finds its columns by their headers, wherever they were moved and however they were retyped', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sheet1');
    sheet.addRow(['Ket qua thuc hien', 'TRẠNG THÁI', 'ma ky', 'Tiến độ']);
    sheet.addRow(['Đã tổ chức 01 hội nghị', 'Chờ duyệt', 'occ-9', 100]);
    const { rows } = await readOccurrenceWorkbook(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(rows).toEqual([{ row: 2, occurrenceId: 'occ-9', status: 'submitted', progress: 100, note: 'Đã tổ chức 01 hội nghị' }]);
  });

  it('names each row it cannot understand, with the reason, and keeps reading the others', async () => {
    const bytes = await edit(await download(), (sheet) => {
      sheet.getCell('G4').value = 'xong rồi';
      sheet.getCell('H5').value = 'một nửa';
      sheet.getCell('B6').value = null;
    });
    const { rows, problems } = await readOccurrenceWorkbook(bytes);
    expect(rows).toEqual([]);
    expect(problems.map((p) => [p.row, p.code])).toEqual([
      [4, 'UNKNOWN_STATUS'],
      [5, 'PROGRESS_NOT_A_NUMBER'],
      [6, 'MISSING_ID'],
    ]);
    expect(problems[0]!.message).toContain('"xong rồi"');
    expect(problems[0]!.message).toContain('Đang thực hiện');
    expect(problems[1]!.message).toContain('"một nửa"');
  });
});

/** A ZIP whose one entry inflates to `size` bytes of zeros. */
async function zipOf(name: string, size: number): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(name, Buffer.alloc(size));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

describe('refusing files that are not a workbook to read', () => {
  it('refuses an empty file, a file that is not a ZIP, an old .xls and a Word document', async () => {
    expect(await refusal(Buffer.alloc(0))).toBe('EMPTY_FILE');
    expect(await refusal(Buffer.from('STT;Mã kỳ;Trạng thái\n1;occ-1;Đang thực hiện\n'))).toBe('NOT_XLSX');
    expect(await refusal(Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]))).toBe('LEGACY_XLS');
    expect(await refusal(await zipOf('word/document.xml', 100))).toBe('NOT_XLSX');
    const truncated = await download();
    expect(await refusal(truncated.subarray(0, truncated.length - 200))).toBe('NOT_XLSX');
  });

  it('refuses a workbook without the header row, and one with a header but no rows', async () => {
    const other = new ExcelJS.Workbook();
    other.addWorksheet('Chi phí').addRows([['Khoản', 'Số tiền'], ['Văn phòng phẩm', 1_200_000]]);
    expect(await refusal(Buffer.from(await other.xlsx.writeBuffer()))).toBe('NO_HEADER');
    const empty = await writeOccurrenceWorkbook({ organizationNames: ['Khoa Khám bệnh'], today: '2026-05-04', occurrences: [] });
    expect(await refusal(empty)).toBe('NO_ROWS');
  });

  it('refuses a zip bomb before unpacking it, even when it lies about its size', async () => {
    const bomb = await zipOf('xl/workbook.xml', 64 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(200_000);
    expect(await refusal(bomb)).toBe('FILE_TOO_LARGE');
    // The same bomb declaring 1 KB in its central directory: the inflated bytes are what count.
    const liar = Buffer.from(bomb);
    const central = liar.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    liar.writeUInt32LE(1024, central + 24);
    expect(await refusal(liar)).toBe('FILE_TOO_LARGE');
  });

  it('refuses a file over the size limit and a sheet with too many rows', async () => {
    expect(await refusal(Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(6 * 1024 * 1024)]))).toBe('FILE_TOO_LARGE');
    const many = Array.from({ length: MAX_WORKBOOK_ROWS + 1 }, (_, i) => ({ ...occurrences[0]!, id: `occ-${i}` }));
    expect(await refusal(await writeOccurrenceWorkbook({ organizationNames: [], today: '2026-05-04', occurrences: many }))).toBe('TOO_MANY_ROWS');
  });
});
