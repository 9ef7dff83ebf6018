import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import { answerCell, type Answers } from '../../domain/surveys/answers';
import { questionsOf, type Section } from '../../domain/surveys/questionnaire';
import { excelDate, printSetup, styleHeaderCell } from './sheet-style';

export type SurveyWorkbookInput = {
  title: string;
  bodyName: string;
  sections: readonly Section[];
  /** The answer sheets, oldest first. */
  sheets: readonly { answeredOn: string; answers: Answers }[];
};

const HEADER_ROW = 3;

/**
 * Every answer sheet of a survey, one row each: the day answered (a real date, dd/mm/yyyy), then one
 * column per question headed by its wording — a point as a number to average, choices by their wording,
 * text as written — so a team can filter, chart or hand it on without the app. Written with exceljs's
 * streaming writer, row by row, and formats set per column: a survey has thousands of sheets, which the
 * in-memory workbook took twice as long to write.
 */
export async function surveyResponsesWorkbook(input: SurveyWorkbookInput): Promise<Buffer> {
  const questions = questionsOf(input.sections);
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = 'CCHC';
  const sheet = workbook.addWorksheet('Phiếu trả lời', { views: [{ state: 'frozen', ySplit: HEADER_ROW, xSplit: 1 }], pageSetup: printSetup(HEADER_ROW) });
  sheet.columns = [
    { width: 13, style: { numFmt: 'dd/mm/yyyy' } },
    ...questions.map((q) => (q.kind === 'scale' ? { width: 16, style: { numFmt: '0' } } : { width: q.kind === 'text' ? 48 : 28, style: { alignment: { wrapText: true, vertical: 'top' as const } } })),
  ];
  const last = questions.length + 1;
  sheet.mergeCells(1, 1, 1, last);
  Object.assign(sheet.getCell(1, 1), { value: `${input.title} — ${input.bodyName}`, font: { bold: true, size: 13 } });
  sheet.mergeCells(2, 1, 2, last);
  Object.assign(sheet.getCell(2, 1), { value: `${input.sheets.length} phiếu trả lời; thang điểm 1 (rất không hài lòng) đến 5 (rất hài lòng)`, font: { italic: true, color: { argb: 'FF595959' } } });
  const header = sheet.getRow(HEADER_ROW);
  ['Ngày trả lời', ...questions.map((q) => q.text)].forEach((text, i) => {
    const cell = header.getCell(i + 1);
    cell.value = text;
    styleHeaderCell(cell);
  });
  header.height = 48;
  sheet.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW, column: last } };
  for (const s of input.sheets) sheet.addRow([excelDate(s.answeredOn), ...questions.map((q) => answerCell(q, s.answers[q.id]))]).commit();
  sheet.commit();
  await workbook.commit();
  return Buffer.concat(chunks);
}
