import { foldText } from '../../shared/fold';

/** The columns of a published list of procedures that the import reads; any other column is left alone. */
export type ProcedureListColumn = 'index' | 'code' | 'name' | 'field' | 'level' | 'processingTime' | 'fees' | 'decidingDocument' | 'legalBasis';

/**
 * What each column is called in the lists provinces and hospitals publish, folded (no accents, lower case,
 * punctuation as spaces) and tried in this order, so "Mã số TTHC" is the code and not the name. A
 * deciding document is the decision that announced the procedure ("Quyết định công bố"); the documents
 * that rule it ("Căn cứ pháp lý", "Văn bản quy định") are its legal basis — two things the registry keeps
 * apart (decision 0024).
 */
const HEADERS: Array<[ProcedureListColumn, RegExp]> = [
  ['index', /^(stt|tt|so tt|so thu tu)$/],
  ['code', /^(ma|ma so|ma thu tuc|ma tthc|ma so tthc|ma so thu tuc|ma thu tuc hanh chinh|ma so thu tuc hanh chinh|ma ho so tthc|ma quy trinh)( .*)?$/],
  ['decidingDocument', /\b(quyet dinh|qd)\b.*\b(cong bo|ban hanh)\b|^(so ky hieu )?(quyet dinh|qd)( cong bo)?$|^van ban cong bo/],
  ['legalBasis', /\b(can cu|co so) phap ly\b|^van ban (quy dinh|qppl|quy pham|phap luat)/],
  ['field', /^(ten )?linh vuc\b/],
  ['level', /^cap (thuc hien|giai quyet|co tham quyen)\b|^cap$/],
  ['processingTime', /^thoi (han|gian) (giai quyet|thuc hien|xu ly)\b/],
  ['fees', /^(phi|le phi|phi le phi)\b/],
  ['name', /^(ten|thu tuc hanh chinh$|thu tuc$|tthc$|quy trinh$)/],
];

/** Which column a header cell names, however it is written: "Mã TTHC", "MA THU TUC", "Tên thủ tục hành chính", "Lĩnh vực". */
export function procedureListColumn(text: string): ProcedureListColumn | null {
  const folded = foldText(text)
    .replace(/\(.*?\)/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  if (!folded) return null;
  return HEADERS.find(([, words]) => words.test(folded))?.[0] ?? null;
}

/** Human names of the columns, for the messages about them. */
export const PROCEDURE_LIST_COLUMN_LABELS_VI: Record<ProcedureListColumn, string> = {
  index: 'STT',
  code: 'Mã thủ tục',
  name: 'Tên thủ tục',
  field: 'Lĩnh vực',
  level: 'Cấp thực hiện',
  processingTime: 'Thời hạn giải quyết',
  fees: 'Phí, lệ phí',
  decidingDocument: 'Quyết định công bố',
  legalBasis: 'Căn cứ pháp lý',
};
