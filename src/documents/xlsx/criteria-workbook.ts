import { criteriaFromRows, type CriteriaProblem, type Criterion } from '../../domain/assessment';
import { cellText } from './cell-values';
import { loadWorkbookGrid } from './workbook-grid';
import { WorkbookRefused } from './workbook-refused';

const ADVICE = { smaller: 'hãy chỉ giữ trang tính có bộ chỉ số' };
/** No criteria set has this many rows; a sheet that does is not one. */
const MAX_ROWS = 2000;

/**
 * A criteria set from an uploaded workbook in the usual shape (STT | Lĩnh vực/Tiêu chí | Điểm tối đa |
 * Hướng dẫn | Tài liệu kiểm chứng): the first sheet with that header, read by the domain row by row.
 * The workbook is checked and loaded like every other upload (capped thread, decision 0020).
 */
export async function readCriteriaWorkbook(bytes: Buffer): Promise<{ areas: Criterion[]; problems: CriteriaProblem[] }> {
  const sheets = await loadWorkbookGrid(bytes, ADVICE);
  for (const sheet of sheets) {
    if (sheet.length > MAX_ROWS) throw new WorkbookRefused('TOO_MANY_ROWS', `Trang tính có hơn ${MAX_ROWS} dòng: không phải một bộ chỉ số.`);
    // Rows as the person sees them, empty rows kept, so a problem's row number is the sheet's.
    const rows: string[][] = [];
    for (const row of sheet) {
      while (rows.length < row.number - 1) rows.push([]);
      const width = Math.max(0, ...row.cells.keys());
      rows.push(Array.from({ length: width }, (_, column) => {
        const cell = row.cells.get(column + 1);
        return cell ? cellText(cell) : '';
      }));
    }
    const read = criteriaFromRows(rows);
    if (read.areas.length > 0 || !read.problems.some((problem) => problem.message.startsWith('Không tìm thấy hàng tiêu đề'))) return read;
  }
  throw new WorkbookRefused('NO_HEADER', 'Không tìm thấy hàng tiêu đề của bộ chỉ số (STT | Lĩnh vực/Tiêu chí | Điểm tối đa | Hướng dẫn | Tài liệu kiểm chứng).');
}
