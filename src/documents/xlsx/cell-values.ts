import type { OccurrenceStatus } from '../../domain/calendar';
import { foldText } from '../../shared/fold';
import { OCCURRENCE_STATUS_LABELS_VI } from '../../shared/occurrence-statuses';

/**
 * A cell as the capped thread that loads a workbook hands it back (workbook-worker.mjs): its value as
 * the cell shows it (formulas by their result, rich text and links by their text) and its number format.
 */
export type GridCell = { value: string | number | boolean | Date; numFmt?: string };

export function cellText(cell: GridCell): string {
  const { value } = cell;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
}

/** Besides the labels we write, the words people use for the same statuses, and the API's codes. */
const ALIASES: Record<string, OccurrenceStatus> = {
  'chua bat dau': 'not_started',
  'dang lam': 'in_progress',
  'da nop': 'submitted',
  'gui duyet': 'submitted',
  'khong thuc hien': 'not_applicable',
};

const STATUS_WORDS = new Map<string, OccurrenceStatus>([
  ...Object.entries(OCCURRENCE_STATUS_LABELS_VI).map(([status, label]) => [foldText(label), status as OccurrenceStatus] as const),
  ...Object.entries(ALIASES),
  ...Object.keys(OCCURRENCE_STATUS_LABELS_VI).map((status) => [status, status as OccurrenceStatus] as const),
]);

/** "Đang thực hiện", "dang thuc hien", "ĐANG THỰC HIỆN." all mean in progress; null when it is none. */
export function recogniseStatus(text: string): OccurrenceStatus | null {
  return STATUS_WORDS.get(foldText(text).replace(/[.;:!]+$/, '').trim()) ?? null;
}

export type ProgressReading = { value: number } | { invalid: string } | undefined;

/**
 * Progress as people put it in a cell: 50, "50", "50%", "50,0" or 0.5 shown as a percentage. Range is
 * the domain's to check; this only says what number was meant, or that it was not a number.
 */
export function readProgress(cell: GridCell): ProgressReading {
  const { value } = cell;
  if (value === '') return undefined;
  if (typeof value === 'number') return { value: snap(isPercentFormat(cell.numFmt) ? value * 100 : value) };
  if (typeof value !== 'string') return { invalid: cellText(cell) };
  const text = value.trim();
  if (!text) return undefined;
  const number = text.replace(/\s*%$/, '').replace(',', '.');
  if (!/^[+-]?\d+(\.\d+)?$/.test(number)) return { invalid: text };
  return { value: snap(Number(number)) };
}

const isPercentFormat = (format: string | undefined) => !!format && format.replace(/"[^"]*"/g, '').includes('%');

/** 0.57 × 100 is 56.99999999999999 in floating point: people meant 57. */
const snap = (n: number) => (Math.abs(n - Math.round(n)) < 1e-9 ? Math.round(n) : n);
