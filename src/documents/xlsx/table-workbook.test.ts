import ExcelJS from 'exceljs';
import { writeTableWorkbook } from './table-workbook';

describe('table workbooks', () => {
  it('writes Vietnamese headers, dates as dates, shares as percentages, widths, a frozen header and a filter', async () => {
    const bytes = await writeTableWorkbook({
      sheetName: 'Bảng nhiệm vụ 06/KH-SYT',
      title: 'Bảng phân công nhiệm vụ — Kế hoạch 06/KH-SYT',
      subtitle: 'Xuất ngày 23/11/2026',
      columns: [
        { header: 'STT', width: 6, kind: 'number' },
        { header: 'Nhiệm vụ', width: 50, wrap: true },
        { header: 'Hạn', width: 12, kind: 'date' },
        { header: 'Tỷ lệ hoàn thành', width: 12, kind: 'percent' },
      ],
      rows: [
        [1, 'Rà soát, niêm yết thủ tục hành chính', '2026-03-31', 0.5],
        [2, 'Báo cáo kết quả quý I', null, null],
      ],
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe('Bảng nhiệm vụ 06-KH-SYT');
    expect(sheet.getCell('A1').value).toBe('Bảng phân công nhiệm vụ — Kế hoạch 06/KH-SYT');
    expect(sheet.getRow(3).values).toEqual([undefined, 'STT', 'Nhiệm vụ', 'Hạn', 'Tỷ lệ hoàn thành']);
    const due = sheet.getCell('C4');
    expect(due.value).toBeInstanceOf(Date);
    expect((due.value as Date).toISOString().slice(0, 10)).toBe('2026-03-31');
    expect(due.numFmt).toBe('dd/mm/yyyy');
    expect(sheet.getCell('D4').numFmt).toBe('0%');
    expect(sheet.getColumn(2).width).toBe(50);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getCell('C5').value).toBeNull();
  });
});
