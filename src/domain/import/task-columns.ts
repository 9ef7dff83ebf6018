import { folded } from './text-shape';

export type TaskColumn = 'number' | 'task' | 'lead' | 'coordinators' | 'deadline' | 'output' | 'note';

/** Header words of each column, folded; checked in this order so "Thời gian thực hiện" is a deadline and "Nội dung thực hiện" a task, not leads. */
const HEADER_WORDS: [TaskColumn, RegExp][] = [
  ['number', /^(?:stt|tt|so tt|so thu tu)$/u],
  ['deadline', /thoi han|thoi gian|tien do|moc thoi gian/u],
  ['coordinators', /phoi hop/u],
  ['output', /san pham|ket qua/u],
  ['note', /ghi chu/u],
  ['task', /nhiem vu|noi dung|hoat dong|cong viec/u],
  ['lead', /chu tri|thuc hien|phu trach|dau moi|trach nhiem/u],
];

/** Header cells are a few words; a row of task text that happens to say "nhiệm vụ" and "thực hiện" is no header. */
const HEADER_MAX_WORDS = 6;

/** The columns of a task table's header row, or null when the row is not one (it needs a task column and a lead or deadline). */
export function readHeader(cells: readonly string[]): (TaskColumn | null)[] | null {
  if (cells.some((cell) => cell.split(' ').length > HEADER_MAX_WORDS || /^\d+$/u.test(cell))) return null;
  const columns = cells.map((cell) => {
    const words = folded(cell);
    if (words === '') return null;
    return HEADER_WORDS.find(([, pattern]) => pattern.test(words))?.[0] ?? null;
  });
  const has = (column: TaskColumn) => columns.includes(column);
  return has('task') && (has('lead') || has('deadline')) ? columns : null;
}
