// Loads an uploaded workbook in a capped thread (read-occurrence-workbook.ts runs it through
// capped-worker.ts): exceljs unpacks and parses the XML here, and only the cells' plain values go back,
// so a hostile file can exhaust only this thread's heap and time. Plain JavaScript, as every worker
// script is.
import ExcelJS from 'exceljs';
import { Refusal, serve } from '../worker/serve.mjs';

/**
 * Every sheet's rows that hold values, each as [row number, [[column, value, number format?], …]], the
 * value as the cell shows it (formulas by their result, rich text and links by their text). Bounded by
 * `maxCells` and `maxChars`, so what is posted back cannot be larger than a real workbook's.
 */
serve(async (bytes, { maxCells, maxChars }) => {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes);
  } catch {
    throw new Refusal('NOT_XLSX');
  }
  let cells = 0;
  let chars = 0;
  const sheets = [];
  for (const sheet of workbook.worksheets) {
    const rows = [];
    sheet.eachRow((row, n) => {
      const values = [];
      row.eachCell((cell, column) => {
        const value = plainValue(cell.value);
        if (value === null || value === '') return;
        if (++cells > maxCells) throw new Refusal('TOO_MANY_CELLS');
        chars += typeof value === 'string' ? value.length : 8;
        if (chars > maxChars) throw new Refusal('TOO_MANY_CELLS');
        values.push(cell.numFmt ? [column, value, cell.numFmt] : [column, value]);
      });
      if (values.length) rows.push([n, values]);
    });
    sheets.push({ name: sheet.name, rows });
  }
  return sheets;
});

/** A cell's value with formulas, rich text and links reduced to what the cell shows. */
function plainValue(value) {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return plainValue(value.result);
  if ('hyperlink' in value) return plainValue(value.text);
  if ('error' in value) return value.error;
  return null;
}
