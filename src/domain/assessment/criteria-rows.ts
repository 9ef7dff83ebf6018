import { foldText } from '../../shared/fold';
import type { CriteriaProblem, Criterion } from './criteria';

/**
 * The criteria of a set from the rows of a sheet in the usual shape, as a department keeps it in Excel:
 * STT | Lĩnh vực/Tiêu chí | Điểm tối đa | Hướng dẫn chấm | Tài liệu kiểm chứng. Rows above the header
 * (the sheet's title) are left out. The level of a row comes from how its STT is written, in the order
 * the kinds first appear ("I." areas, "1." criteria, "1.1" or "a)" sub-criteria), so a set numbered
 * "1 / 1.1 / 1.1.1" reads the same. A row without STT or points goes on with the row above (a guide
 * written over merged cells). Returns the areas and, in Vietnamese, what could not be read.
 */
export function criteriaFromRows(rows: readonly (readonly string[])[]): { areas: Criterion[]; problems: CriteriaProblem[] } {
  const problems: CriteriaProblem[] = [];
  const header = rows.findIndex(isHeader);
  if (header < 0) return { areas: [], problems: [{ code: null, message: 'Không tìm thấy hàng tiêu đề (STT | Lĩnh vực/Tiêu chí | Điểm tối đa | Hướng dẫn | Tài liệu kiểm chứng).' }] };
  const kinds: string[] = [];
  const areas: Criterion[] = [];
  const open: Criterion[] = [];
  let last: Criterion | null = null;
  rows.slice(header + 1).forEach((cells, index) => {
    const rowNo = header + index + 2;
    const [stt = '', name = '', points = '', guide = '', evidence = ''] = cells.map((cell) => cell.replace(/\s+/g, ' ').trim());
    if ([stt, name, points, guide, evidence].every((cell) => cell === '')) return;
    if (stt === '' && points === '') {
      // The rest of a guide or evidence written over several rows.
      if (last) {
        if (guide) last.guide = last.guide ? `${last.guide}\n${guide}` : guide;
        if (evidence) last.evidence = last.evidence ? `${last.evidence}\n${evidence}` : evidence;
        if (name && !guide && !evidence) last.guide = last.guide ? `${last.guide}\n${name}` : name;
      }
      return;
    }
    const kind = kindOf(stt);
    if (kind === null) {
      problems.push({ code: null, message: `Dòng ${rowNo}: không đọc được số thứ tự "${stt}".` });
      return;
    }
    if (!kinds.includes(kind)) kinds.push(kind);
    const level = kinds.indexOf(kind) + 1;
    if (level > 3) {
      problems.push({ code: stt, message: `Dòng ${rowNo}: bộ chỉ số chỉ có ba cấp; "${stt}" là cấp thứ tư.` });
      return;
    }
    const maxPoints = Number(points.replace(',', '.'));
    if (points === '' || !Number.isFinite(maxPoints)) problems.push({ code: stt, message: `Dòng ${rowNo}: điểm tối đa "${points}" không phải là số.` });
    const parent = open[level - 2] ?? null;
    if (level > 1 && parent === null) {
      problems.push({ code: stt, message: `Dòng ${rowNo}: "${stt}" không nằm dưới lĩnh vực hay tiêu chí nào.` });
      return;
    }
    const own = stt.replace(/[.)]+$/u, '');
    const code = parent === null || own.startsWith(`${parent.code}.`) ? own : `${parent.code}.${own}`;
    const criterion: Criterion = { code, name, maxPoints: Number.isFinite(maxPoints) ? maxPoints : 0, guide: guide || null, evidence: evidence || null, children: [] };
    (parent?.children ?? areas).push(criterion);
    open.length = level - 1;
    open.push(criterion);
    last = criterion;
  });
  return { areas, problems };
}

function isHeader(cells: readonly string[]): boolean {
  const folded = cells.map((cell) => foldText(cell));
  return folded.some((cell) => /^(?:stt|tt)$/u.test(cell)) && folded.some((cell) => /diem/u.test(cell));
}

/** The kind of numbering: "I." roman, "1." arabic, "1.1" arabic of two parts, "a)" letter. */
function kindOf(stt: string): string | null {
  const text = stt.replace(/[.)]+$/u, '');
  if (/^[IVXL]+$/u.test(text)) return 'roman';
  if (/^\d{1,2}(?:\.\d{1,2})*$/u.test(text)) return `arabic${text.split('.').length}`;
  if (/^[a-zđ]$/u.test(text)) return 'letter';
  return null;
}
