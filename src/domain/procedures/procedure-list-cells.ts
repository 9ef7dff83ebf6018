import { foldText } from '../../shared/fold';
import type { ProcedureLevel, ProcessingTimeUnit } from '../../shared/procedure-vocabulary';

/**
 * The cells of a published list of procedures, read as people write them: the level that settles it
 * ("Cấp tỉnh"), the processing time ("05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ"), the fees
 * ("500.000 đồng/hồ sơ", "Không"), and the section rows that group the list ("I. Lĩnh vực Dược phẩm").
 */

export type ListProcessingTime = { value: number | null; unit: ProcessingTimeUnit; note: string | null };
export type ListFee = { name: string; amountDong: number | null; note: string | null };

/** Words for each level, folded; the first one written wins ("Cấp tỉnh, cấp huyện" is the province's). */
const LEVEL_WORDS: Array<[RegExp, ProcedureLevel]> = [
  [/\btrung uong\b|\bbo y te\b/, 'central'],
  [/\btinh\b|\bso y te\b/, 'province'],
  [/\bhuyen\b/, 'district'],
  [/\bxa\b/, 'commune'],
  [/\bdon vi\b|\bbenh vien\b|\bco so\b|\btrung tam\b/, 'body'],
];

/** The level a cell or a heading names, or null when it names none. */
export function readLevel(text: string): ProcedureLevel | null {
  const folded = foldText(text);
  let found: { at: number; level: ProcedureLevel } | null = null;
  for (const [words, level] of LEVEL_WORDS) {
    const at = folded.search(words);
    if (at >= 0 && (!found || at < found.at)) found = { at, level };
  }
  return found?.level ?? null;
}

const TIME = /(\d+(?:[.,]\d+)?)\s*(ngay lam viec|ngay|gio)\b/;

/**
 * "05 ngày làm việc" is 5 working days; anything said around it ("kể từ ngày nhận đủ hồ sơ") is kept as
 * the note, as is a time without a number ("Trong ngày"), so nothing written is lost.
 */
export function readProcessingTime(text: string): ListProcessingTime {
  const folded = foldText(text);
  const match = TIME.exec(folded);
  const unitOf = (words: string): ProcessingTimeUnit => (words === 'gio' ? 'hours' : words === 'ngay' ? 'days' : 'working_days');
  if (!match) return { value: null, unit: /\bgio\b/.test(folded) ? 'hours' : /\bngay lam viec\b/.test(folded) || !/\bngay\b/.test(folded) ? 'working_days' : 'days', note: text };
  const rest = (folded.slice(0, match.index) + folded.slice(match.index + match[0].length)).replace(/[\s.;,]+/g, '');
  return { value: Number(match[1]!.replace(',', '.')), unit: unitOf(match[2]!), note: rest ? text : null };
}

/** "Không", "Không thu", "Miễn phí", "0 đồng": nothing to pay. */
const NO_FEE = /^(khong( co| thu)?( phi)?(,? le phi)?|mien phi|mien|0( dong| d)?)$/;
const AMOUNT = /(\d{1,3}(?:[.,]\d{3})+|\d+)\s*(?:dong|d|vnd)\b/g;

/** The fee column as one fee, its amount when it names exactly one; an empty list when it says there is none. */
export function readFees(text: string): ListFee[] {
  const folded = foldText(text).replace(/[.;]+$/, '');
  if (NO_FEE.test(folded)) return [];
  const amounts = [...folded.matchAll(AMOUNT)].map((m) => Number(m[1]!.replace(/[.,]/g, '')));
  const amountDong = amounts.length === 1 ? amounts[0]! : null;
  const bare = amountDong !== null && folded.replace(AMOUNT, '').replace(/[\s.;,]+/g, '') === '';
  return [{ name: 'Phí, lệ phí', amountDong, note: bare ? null : text }];
}

/** What a section row of the list says about the rows under it. */
export type ListHeading =
  | { kind: 'part'; abolished: boolean }
  | { kind: 'level'; level: ProcedureLevel; abolished: boolean }
  | { kind: 'field'; field: string };

/** "Phần II.", "A.", "I.", "1.2.", "a)": the numbering before a heading's words. */
const NUMBERING = /^(?:(?:phần|phan|mục|muc)\s+)?(?:[IVXLC]+|[A-Za-zĐđ]|\d+(?:\.\d+)*)\s*[.:)\-–/]\s*/iu;
const FIELD_WORD = /^l[iĩí]nh\s+v[uựứ]c\s*[:\-–]?\s*/iu;

/**
 * Reads a section row: a part of a decision's annex ("Phần II. Danh mục TTHC bị bãi bỏ"), a level ("A.
 * Thủ tục hành chính cấp tỉnh") or a field ("I. Lĩnh vực Khám bệnh, chữa bệnh", "II. DƯỢC PHẨM"). A field
 * written in capitals is given in sentence case, as fields are written in the registry.
 */
export function readHeading(text: string): ListHeading {
  const words = text.normalize('NFC').trim().replace(NUMBERING, '').trim();
  const folded = foldText(words);
  const abolished = /\bbai bo\b/.test(folded);
  if (!FIELD_WORD.test(words)) {
    const listWords = /\b(danh muc|thu tuc|tthc)\b/.test(folded);
    const level = listWords ? readLevel(folded) : null;
    if (level) return { kind: 'level', level, abolished };
    if (listWords || abolished || /^phan\b/.test(foldText(text))) return { kind: 'part', abolished };
  }
  // "(05 thủ tục)" after a field counts its rows; it is no part of the field's name.
  const field = words.replace(FIELD_WORD, '').replace(/\s*\([^()]*\d[^()]*\)\s*$/u, '').replace(/[.;:]+$/, '').trim();
  return { kind: 'field', field: sentenceCase(field) };
}

const sentenceCase = (text: string) => (/\p{Ll}/u.test(text) ? text : text.charAt(0) + text.slice(1).toLocaleLowerCase('vi'));
