import { importProblem, markDuplicateCodes, type ListedProcedure } from '../../domain/procedures/procedure-import';
import { readFees, readHeading, readLevel, readProcessingTime, type ListHeading } from '../../domain/procedures/procedure-list-cells';
import type { ProcedureLevel } from '../../shared/procedure-vocabulary';
import { cellText, type GridCell } from './cell-values';
import { procedureListColumn, type ProcedureListColumn } from './procedure-list-columns';
import { loadWorkbookGrid, type Grid, type GridRow } from './workbook-grid';
import { MAX_WORKBOOK_ROWS } from './workbook-layout';
import { WorkbookRefused } from './workbook-refused';

export { type ListedProcedure } from '../../domain/procedures/procedure-import';

type Columns = Partial<Record<ProcedureListColumn, number>> & { code: number; name: number };
type Table = { sheet: GridRow[]; headerRow: number; columns: Columns };
/** What the rows above say about the rows below: the field and level of their section, and whether it lists abolished ones. */
type Section = { field: string | null; level: ProcedureLevel | null; abolished: boolean };

/** A decision's annex puts a title, its number and a note above the table. */
const HEADER_SEARCH_ROWS = 30;
const ADVICE = { smaller: 'hãy chỉ giữ trang tính có danh mục thủ tục, hoặc chia danh mục thành nhiều tệp' };

/**
 * Reads a published list of procedures (the annex of a province's decision, a hospital's own list) into
 * its procedures, whatever the list's exact shape: the header row is found by what its cells mean ("Mã
 * TTHC", "Mã số", "Tên thủ tục hành chính", with or without accents), on whichever sheet has it; a section
 * row ("I. Lĩnh vực Khám bệnh, chữa bệnh", merged across the table) gives the field of the rows under it;
 * blank rows, a row of column numbers "(1) (2) (3)" and notes under the table are passed over. A row it
 * cannot take is kept with its problems, named by its row number in Excel.
 */
export async function readProcedureListWorkbook(bytes: Buffer): Promise<ListedProcedure[]> {
  const table = findTable(await loadWorkbookGrid(bytes, ADVICE));
  const procedures: ListedProcedure[] = [];
  let section: Section = { field: null, level: null, abolished: false };
  let seen = 0;
  for (const row of table.sheet) {
    if (row.number <= table.headerRow) continue;
    const line = readLine(table.columns, row);
    if (line.kind === 'skip') continue;
    if (++seen > MAX_WORKBOOK_ROWS) throw new WorkbookRefused('TOO_MANY_ROWS', `Danh mục có hơn ${MAX_WORKBOOK_ROWS} dòng; hãy chia thành nhiều tệp nhỏ hơn.`);
    if (line.kind === 'heading') section = follow(section, line.heading);
    else procedures.push(readProcedure(table.columns, row, section));
  }
  if (procedures.length === 0) throw new WorkbookRefused('NO_ROWS', 'Danh mục không có thủ tục nào dưới dòng tiêu đề.');
  markDuplicateCodes(procedures);
  return procedures;
}

function findTable(sheets: Grid): Table {
  for (const sheet of sheets) {
    for (const row of sheet) {
      if (row.number > HEADER_SEARCH_ROWS) break;
      const found: Partial<Record<ProcedureListColumn, number>> = {};
      for (const [column, cell] of row.cells) {
        const key = procedureListColumn(cellText(cell));
        if (key && found[key] === undefined) found[key] = column;
      }
      if (found.code !== undefined && found.name !== undefined) return { sheet, headerRow: row.number, columns: found as Columns };
    }
  }
  throw new WorkbookRefused(
    'NO_HEADER',
    'Không tìm thấy dòng tiêu đề của danh mục: cần một cột mã thủ tục ("Mã thủ tục", "Mã TTHC" hoặc "Mã số") và một cột tên thủ tục ("Tên thủ tục hành chính" hoặc "Tên TTHC").',
  );
}

type Line = { kind: 'skip' } | { kind: 'heading'; heading: ListHeading } | { kind: 'procedure' };

/** Column numbers under a header: "(1)", "2". A procedure's name is never one. */
const COLUMN_NUMBER = /^\(?\d{1,2}\)?$/;
/** How a section row begins: "Phần II", "A.", "IV.", "Lĩnh vực …". */
const HEADING_START = /^(?:(?:phần|phan|mục|muc)\s|[IVXLC]+\s*[.:)\-–]|[A-ZĐ]\s*[.)\-–]\s|l[iĩ]nh\s+v[uự]c\b)/iu;
/** A section's number in the STT column: "I", "II.", "A" — a procedure's is a plain number. */
const SECTION_NUMBER = /^(?:[IVXLC]+|[A-ZĐ])\.?$/iu;

function readLine(columns: Columns, row: GridRow): Line {
  const texts = [...row.cells].map(([column, cell]) => [column, oneLine(cellText(cell))] as const).filter(([, text]) => text !== '');
  if (texts.every(([column]) => column === columns.index)) return { kind: 'skip' };
  if (texts.length >= 3 && texts.every(([, text]) => COLUMN_NUMBER.test(text))) return { kind: 'skip' };
  // "I | | Lĩnh vực Dược phẩm": a section numbered in the STT column, its words in another.
  const numbered = texts.some(([column, text]) => column === columns.index && SECTION_NUMBER.test(text));
  const words = numbered ? texts.filter(([column]) => column !== columns.index) : texts;
  if (words.length > 0 && new Set(words.map(([, text]) => text)).size === 1) {
    const [column, text] = words[0]!;
    // One text across several cells is a merged section row. Alone in one cell, it is a section row when it
    // reads like one, or sits left of the name where no procedure's data goes — not a name without its code,
    // nor a code without its name (a code has no spaces).
    const alone = words.length === 1;
    const heading = numbered || !alone || HEADING_START.test(text) || (column < columns.name && column !== columns.code) || (column === columns.code && /\s/.test(text));
    if (heading) return { kind: 'heading', heading: readHeading(text) };
  }
  const at = (key: ProcedureListColumn) => (columns[key] === undefined ? '' : oneLine(cellText(row.cells.get(columns[key]) ?? { value: '' })));
  // A note, a total or a sub-header under the table names no procedure.
  if (!at('code') && !at('name')) return { kind: 'skip' };
  return { kind: 'procedure' };
}

function follow(section: Section, heading: ListHeading): Section {
  switch (heading.kind) {
    case 'part':
      return { field: null, level: null, abolished: heading.abolished };
    case 'level':
      return { field: null, level: heading.level, abolished: heading.abolished };
    case 'field':
      return { ...section, field: heading.field || null };
  }
}

function readProcedure(columns: Columns, row: GridRow, section: Section): ListedProcedure {
  const cell = (key: ProcedureListColumn): GridCell | undefined => (columns[key] === undefined ? undefined : row.cells.get(columns[key]));
  const text = (key: ProcedureListColumn) => {
    const c = cell(key);
    return c ? cellText(c) : '';
  };
  const code = codeText(cell('code'));
  const name = oneLine(text('name'));
  const field = oneLine(text('field')) || section.field;
  const levelText = oneLine(text('level'));
  const level = levelText ? readLevel(levelText) : section.level;
  const processingTime = oneLine(text('processingTime'));
  const fees = oneLine(text('fees'));
  const problems = [
    ...(code ? [] : [importProblem('MISSING_CODE')]),
    ...(name ? [] : [importProblem('MISSING_NAME')]),
    ...(field ? [] : [importProblem('MISSING_FIELD')]),
    ...(levelText && !level ? [importProblem('UNKNOWN_LEVEL', levelText)] : []),
    ...(section.abolished ? [importProblem('ABOLISHED_IN_LIST')] : []),
  ];
  return {
    row: row.number,
    code: code || null,
    name: name || null,
    field,
    level,
    processingTime: processingTime ? readProcessingTime(processingTime) : null,
    fees: fees ? readFees(fees) : null,
    decidingDocument: oneLine(text('decidingDocument')) || null,
    legalBasis: text('legalBasis').trim() || null,
    problems,
  };
}

/**
 * A national code such as "1.004610" typed into a cell that Excel took for a number comes back as
 * 1.00461: those codes always have six decimals, so a number of that shape is given them back.
 */
function codeText(cell: GridCell | undefined): string {
  if (!cell) return '';
  const { value } = cell;
  if (typeof value === 'number' && value > 0 && value < 10 && !Number.isInteger(value) && (String(value).split('.')[1]?.length ?? 0) <= 6) return value.toFixed(6);
  return oneLine(cellText(cell));
}

/** Line breaks and runs of spaces inside a cell (Alt+Enter, text pasted from Word) are one space. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
