import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readProcedureListWorkbook } from './procedure-list-workbook';
import type { WorkbookRefusal } from './workbook-refused';

type Cell = ExcelJS.CellValue;

/** A workbook of one sheet holding these rows from row 1; `merge` lists "A3:H3"-style ranges to merge. */
async function workbook(rows: Cell[][], merge: string[] = [], sheetName = 'Danh mục'): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(sheetName);
  rows.forEach((values, i) => (sheet.getRow(i + 1).values = values));
  for (const range of merge) sheet.mergeCells(range);
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function refusal(bytes: Buffer): Promise<WorkbookRefusal> {
  const error = await readProcedureListWorkbook(bytes).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, 'expected the file to be refused').toBeInstanceOf(Error);
  return (error as { code: WorkbookRefusal }).code;
}

const codesOf = (problems: { code: string }[]) => problems.map((p) => p.code);

describe('reading a list of procedures as a province publishes it', () => {
  /** The annex of a decision announcing procedures: title, header, column numbers, sections merged across the table. */
  const annex = () =>
    workbook(
      [
        ['DANH MỤC THỦ TỤC HÀNH CHÍNH LĨNH VỰC Y TẾ THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ Y TẾ TỈNH LÀO CAI'],
        ['(Kèm theo Quyết định số 645/QĐ-UBND ngày 20/3/2024 của Chủ tịch UBND tỉnh)'],
        [],
        ['STT', 'Mã TTHC', 'Tên thủ tục hành chính', 'Thời hạn giải quyết', 'Phí, lệ phí', 'Cấp thực hiện', 'Quyết định công bố'],
        ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)'],
        ['A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH'],
        ['I. LĨNH VỰC KHÁM BỆNH, CHỮA BỆNH (02 thủ tục)'],
        [1, '1.001907', 'Cấp giấy phép hoạt động đối với\ntrạm, điểm sơ cấp cứu chữ thập đỏ', '45 ngày kể từ ngày nhận đủ hồ sơ hợp lệ', 'Không', 'Cấp tỉnh', 'Quyết định số 2871/QĐ-UBND ngày 15/9/2017 của Chủ tịch UBND tỉnh Lào Cai'],
        [2, '1.012243', 'Cấp giấy phép hành nghề', '20 ngày làm việc', '1.500.000 đồng/hồ sơ', null, 'Quyết định số 645/QĐ-UBND'],
        [],
        ['II. Lĩnh vực Dược phẩm'],
        [3, 1.00461, 'Cấp chứng chỉ hành nghề dược', '10 ngày', '500.000 đồng', null, null],
        ['Tổng số: 03 thủ tục'],
      ],
      ['A1:G1', 'A2:G2', 'A6:G6', 'A7:G7', 'A11:G11'],
    );

  it('finds the header under the title, and the field and level of each row from the section rows above it', async () => {
    const rows = await readProcedureListWorkbook(await annex());
    expect(rows.map((r) => [r.row, r.code, r.field, r.level])).toEqual([
      [8, '1.001907', 'Khám bệnh, chữa bệnh', 'province'],
      [9, '1.012243', 'Khám bệnh, chữa bệnh', 'province'],
      [12, '1.004610', 'Dược phẩm', 'province'],
    ]);
    expect(rows.every((r) => r.problems.length === 0)).toBe(true);
  });

  it('reads names on one line, the deciding document, processing times and fees as the registry keeps them', async () => {
    const [first, second, third] = await readProcedureListWorkbook(await annex());
    expect(first).toMatchObject({
      name: 'Cấp giấy phép hoạt động đối với trạm, điểm sơ cấp cứu chữ thập đỏ',
      decidingDocument: 'Quyết định số 2871/QĐ-UBND ngày 15/9/2017 của Chủ tịch UBND tỉnh Lào Cai',
      processingTime: { value: 45, unit: 'days', note: '45 ngày kể từ ngày nhận đủ hồ sơ hợp lệ' },
      fees: [],
      legalBasis: null,
    });
    expect(second).toMatchObject({ processingTime: { value: 20, unit: 'working_days', note: null }, fees: [{ name: 'Phí, lệ phí', amountDong: 1_500_000, note: '1.500.000 đồng/hồ sơ' }] });
    expect(third).toMatchObject({ processingTime: { value: 10, unit: 'days', note: null }, fees: [{ amountDong: 500_000, note: null }], decidingDocument: null });
  });

  it('finds columns named without accents, in another order, on another sheet, with the field in its own column', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Ghi chú').addRow(['Danh mục gửi kèm công văn']);
    const sheet = book.addWorksheet('TTHC');
    sheet.addRows([
      ['ten tthc', 'MA SO', 'linh vuc', 'Can cu phap ly', 'Ghi chú'],
      ['Khám sức khỏe định kỳ', 'BVSN-TT-03', 'Kham benh, chua benh', 'Thông tư số 32/2023/TT-BYT', 'Mới'],
    ]);
    const rows = await readProcedureListWorkbook(Buffer.from(await book.xlsx.writeBuffer()));
    expect(rows).toEqual([
      {
        row: 2,
        code: 'BVSN-TT-03',
        name: 'Khám sức khỏe định kỳ',
        field: 'Kham benh, chua benh',
        level: null,
        processingTime: null,
        fees: null,
        decidingDocument: null,
        legalBasis: 'Thông tư số 32/2023/TT-BYT',
        problems: [],
      },
    ]);
  });

  it('takes a section numbered in the STT column with its words beside it', async () => {
    const rows = await readProcedureListWorkbook(
      await workbook([
        ['TT', 'Mã thủ tục', 'Tên TTHC', 'Văn bản quy định'],
        ['I', null, 'Lĩnh vực Y tế dự phòng'],
        [1, '1.003013', 'Cấp giấy chứng nhận phòng xét nghiệm an toàn sinh học cấp I', 'Nghị định số 103/2016/NĐ-CP'],
      ]),
    );
    expect(rows.map((r) => [r.code, r.field, r.legalBasis])).toEqual([['1.003013', 'Y tế dự phòng', 'Nghị định số 103/2016/NĐ-CP']]);
  });

  it('names each row it cannot take, with the reason in Vietnamese, and keeps reading', async () => {
    const rows = await readProcedureListWorkbook(
      await workbook([
        ['STT', 'Mã số', 'Tên thủ tục', 'Lĩnh vực', 'Cấp thực hiện'],
        [1, null, 'Thủ tục không có mã', 'Dược phẩm'],
        [2, '1.000001', null, 'Dược phẩm'],
        [3, '1.000002', 'Thủ tục không có lĩnh vực'],
        [4, '1.000003', 'Thủ tục trùng mã', 'Dược phẩm'],
        [5, '1.000003', 'Thủ tục trùng mã, dòng thứ hai', 'Dược phẩm'],
        [6, '1.000004', 'Thủ tục cấp lạ', 'Dược phẩm', 'Cấp phường'],
      ]),
    );
    expect(rows.map((r) => [r.row, codesOf(r.problems)])).toEqual([
      [2, ['MISSING_CODE']],
      [3, ['MISSING_NAME']],
      [4, ['MISSING_FIELD']],
      [5, ['DUPLICATE_CODE']],
      [6, ['DUPLICATE_CODE']],
      [7, ['UNKNOWN_LEVEL']],
    ]);
    expect(rows[3]!.problems[0]!.message).toBe('Mã thủ tục này có ở nhiều dòng (5, 6); hãy chỉ giữ một dòng.');
    expect(rows[5]!.problems[0]!.message).toContain('"Cấp phường"');
  });

  it('refuses the procedures a decision lists as abolished, rather than adding them as new', async () => {
    const rows = await readProcedureListWorkbook(
      await workbook(
        [
          ['STT', 'Mã TTHC', 'Tên TTHC', 'Lĩnh vực'],
          ['Phần I. DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH'],
          [1, '1.012257', 'Thủ tục mới', 'Khám bệnh, chữa bệnh'],
          ['Phần II. DANH MỤC THỦ TỤC HÀNH CHÍNH BỊ BÃI BỎ'],
          [1, '1.001234', 'Thủ tục bị bãi bỏ', 'Khám bệnh, chữa bệnh'],
        ],
        ['A2:D2', 'A4:D4'],
      ),
    );
    expect(rows.map((r) => [r.code, codesOf(r.problems)])).toEqual([
      ['1.012257', []],
      ['1.001234', ['ABOLISHED_IN_LIST']],
    ]);
  });
});

describe('refusing what is not a list of procedures', () => {
  it('refuses a workbook without a code and a name column, one with a header but no procedures, and files that are not workbooks', async () => {
    expect(await refusal(await workbook([['Họ và tên', 'Số điện thoại'], ['Nguyễn Văn A', '0912345678']]))).toBe('NO_HEADER');
    expect(await refusal(await workbook([['STT', 'Mã TTHC', 'Tên TTHC'], [], ['Không có thủ tục nào']]))).toBe('NO_ROWS');
    expect(await refusal(Buffer.from('STT;Mã TTHC;Tên TTHC\n1;1.001907;Cấp giấy phép\n'))).toBe('NOT_XLSX');
    expect(await refusal(Buffer.alloc(0))).toBe('EMPTY_FILE');
  });
});
