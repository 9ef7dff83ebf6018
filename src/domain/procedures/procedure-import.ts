import { recognizeCitations, uniqueCitations, type Citation } from '../citations';
import { foldText } from '../../shared/fold';
import type { ProcedureLevel } from '../../shared/procedure-vocabulary';
import type { ListFee, ListProcessingTime } from './procedure-list-cells';

/**
 * Importing a published list of procedures (issue 13): each row of the list becomes a new procedure of
 * the body, a correction of the name or field of one it already has, nothing, or a problem to fix first.
 */

export type ImportProblemCode = 'MISSING_CODE' | 'MISSING_NAME' | 'MISSING_FIELD' | 'DUPLICATE_CODE' | 'UNKNOWN_LEVEL' | 'ABOLISHED_IN_LIST' | 'INVALID_VALUE';
export type ImportProblem = { code: ImportProblemCode; message: string };

const MESSAGES: Record<ImportProblemCode, (detail: string) => string> = {
  MISSING_CODE: () => 'Thiếu mã thủ tục: mỗi thủ tục cần một mã (ví dụ 1.001907) để nhận ra khi nhập lại.',
  MISSING_NAME: () => 'Thiếu tên thủ tục.',
  MISSING_FIELD: () => 'Thiếu lĩnh vực: hãy ghi ở cột "Lĩnh vực" hoặc ở dòng tiêu đề nhóm phía trên (ví dụ "I. Lĩnh vực Khám bệnh, chữa bệnh").',
  DUPLICATE_CODE: (rows) => `Mã thủ tục này có ở nhiều dòng (${rows}); hãy chỉ giữ một dòng.`,
  UNKNOWN_LEVEL: (text) => `Không hiểu cấp thực hiện "${text}"; hãy ghi Cấp trung ương, Cấp tỉnh, Cấp huyện, Cấp xã hoặc Tại đơn vị.`,
  ABOLISHED_IN_LIST: () => 'Thủ tục nằm trong phần bị bãi bỏ của danh mục: nhập danh mục chỉ thêm hoặc sửa thủ tục; hãy ghi quyết định bãi bỏ ở trang của thủ tục.',
  INVALID_VALUE: (message) => message,
};

/** A problem with one row, worded for the person who made the list; `detail` is what they wrote. */
export function importProblem(code: ImportProblemCode, detail = ''): ImportProblem {
  return { code, message: MESSAGES[code](detail) };
}

/** One procedure of the list, as read from its row; what is missing is null, and said in `problems`. */
export type ListedProcedure = {
  row: number;
  code: string | null;
  name: string | null;
  field: string | null;
  level: ProcedureLevel | null;
  processingTime: ListProcessingTime | null;
  fees: ListFee[] | null;
  decidingDocument: string | null;
  legalBasis: string | null;
  problems: ImportProblem[];
};

/** Every row whose code is on another row too is refused: which of them is right, only the person knows. */
export function markDuplicateCodes(rows: readonly ListedProcedure[]): void {
  const rowsOf = new Map<string, number[]>();
  for (const r of rows) if (r.code) rowsOf.set(r.code, [...(rowsOf.get(r.code) ?? []), r.row]);
  for (const r of rows) {
    const same = r.code ? rowsOf.get(r.code)! : [];
    if (same.length > 1) r.problems.push(importProblem('DUPLICATE_CODE', same.join(', ')));
  }
}

/** A procedure the body already has, by its code. */
export type ExistingProcedure = { id: string; code: string; name: string; field: string };
export type ImportChange = { field: 'name' | 'field'; before: string; after: string };
export type ImportAction = 'create' | 'update' | 'unchanged';

/**
 * What importing a row does to the body's registry: a code it does not have is a new procedure; one it has
 * is corrected where the list's name or field differs, and otherwise left as it is. Only the name and the
 * field are compared: the registry holds far more than a list does (steps, dossier, postings), and a
 * list's deciding document for a procedure already in force is no event the registry can date.
 */
export function planImportRow(existing: ExistingProcedure | undefined, row: { name: string; field: string }): { action: ImportAction; changes: ImportChange[] } {
  if (!existing) return { action: 'create', changes: [] };
  const changes: ImportChange[] = [];
  if (existing.name !== row.name) changes.push({ field: 'name', before: existing.name, after: row.name });
  if (existing.field !== row.field) changes.push({ field: 'field', before: existing.field, after: row.field });
  return { action: changes.length ? 'update' : 'unchanged', changes };
}

/**
 * The field as the registry already spells it when it is the same words ("Kham benh, chua benh", "KHÁM
 * BỆNH, CHỮA BỆNH" are "Khám bệnh, chữa bệnh"), so a list typed differently does not split a field in two.
 */
export function canonicalField(field: string, known: readonly string[]): string {
  const folded = foldText(field);
  return known.find((k) => foldText(k) === folded) ?? field;
}

/**
 * The deciding document's citation ("Quyết định số 2871/QĐ-UBND ngày 15/9/2017 …"), the first the text
 * names: a cell listing the decision and later amendments starts with the one that issued it.
 */
export function decidingCitation(text: string | null | undefined): Citation | null {
  return text ? (uniqueCitations(recognizeCitations(text))[0] ?? null) : null;
}

/** The day a new procedure is in force from: its deciding document's date, else the day it is imported. */
export function issuedOn(decidingDocument: string | null | undefined, today: string): { effectiveOn: string; dated: boolean } {
  const date = decidingCitation(decidingDocument)?.date;
  return date ? { effectiveOn: date, dated: true } : { effectiveOn: today, dated: false };
}
