import type { NormalizedText } from './normalize-text';

/** "của …" or "do … ban hành" introduces the issuer. */
const ISSUER_LEAD = /^\s*,?\s*(?:của|do)\s+/iu;

/**
 * Words that begin a document's summary (trích yếu) or the rest of the sentence, never a body's name.
 * Matched in lower case only: inside a name the same words are capitalised ("Ban Chỉ đạo", "Sở Kế hoạch
 * và Đầu tư"), and a kind word followed by a number has already bounded the phrase as the next citation.
 */
const STOP_PHRASES = [
  'về', 'v/v', 'V/v', 'Về việc', 'triển khai', 'phê duyệt', 'ban hành', 'thực hiện', 'hướng dẫn', 'quy định',
  'sửa đổi', 'bổ sung', 'bãi bỏ', 'công bố', 'thành lập', 'kiện toàn', 'chỉ đạo', 'tăng cường', 'đẩy mạnh',
  'tiếp tục', 'ngày', 'năm', 'tháng', 'giai đoạn', 'trên địa bàn', 'đã', 'đang', 'sẽ', 'được', 'là', 'nhằm',
  'để', 'theo', 'đối với', 'trong', 'tại', 'với', 'như', 'cho', 'và các', 'và những', 'gắn với', 'liên quan',
  'chủ trì', 'phối hợp', 'xây dựng', 'tổ chức',
];
const STOP = new RegExp(
  `^(?:${[...STOP_PHRASES].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?=[\\s,.;:)]|$)` +
    // "và" then a lower-case word joins a new clause ("Chính phủ và hướng dẫn của Bộ"); names go on capitalised
    String.raw`|^và\s+(?=\p{Ll})`,
  'u',
);

/**
 * A comma inside a name: names that contain one ("Bộ Văn hóa, Thể thao và Du lịch", "Cục Quản lý Khám,
 * chữa bệnh"), and the province after a district ("UBND huyện Bát Xát, tỉnh Lào Cai").
 */
const AFTER_COMMA_IN_NAMES = new RegExp(
  String.raw`^(?:(?:Thể thao|[Cc]hữa bệnh|Thương binh và Xã hội)(?![\p{L}\p{N}])` +
    String.raw`|(?:[Tt]ỉnh|[Tt]hành phố|TP\.?) \p{Lu})`,
  'u',
);
/** Abbreviations ending in a full stop inside names: "UBND TP. Hồ Chí Minh", "UBND P. Lào Cai". */
const DOTTED_ABBREVIATION = /^(?:TP|Tp|TX|Tx|\p{Lu})$/u;
/** A line that starts with one of these begins a new item, so the phrase cannot go on across the break. */
const BLOCK_MARKER = /^(?:[-+•*–—]|\d+(?:\.\d+)*[.)]|[IVXLC]+\.|\(\d+\)|[a-zđ]\))$/u;
const OPENER = /^[(["“‘«|]/u;
const TRAILING_PUNCTUATION = /[,;:.!?)\]"”’»|]+$/u;
const TRAILING_JOINERS = new Set(['và', 'hoặc', 'cùng', '-', '–', '—']);
/** Names are short; a longer run without a stop is a sentence, not a name. */
const MAX_WORDS = 16;
/** Enough text to see the longest lead or stop phrase, so long documents are not copied word by word. */
const LOOKAHEAD = 40;

/**
 * Reads "của <issuer>" starting at `from` in the normalised text, stopping before `limit` (where the next
 * citation starts). Returns the issuer and where it ends, or null when none is written.
 */
export function readIssuer(norm: NormalizedText, from: number, limit: number): { issuer: string; end: number } | null {
  const text = norm.text;
  const lead = ISSUER_LEAD.exec(text.slice(from, Math.min(limit, from + LOOKAHEAD)));
  if (!lead) return null;
  const words: Array<{ start: number; end: number; text: string }> = [];
  let position = from + lead[0].length;
  while (position < limit) {
    const spaceAt = text.indexOf(' ', position);
    const tokenEnd = Math.min(spaceAt === -1 ? text.length : spaceAt, limit);
    const token = text.slice(position, tokenEnd);
    if (words.length === 0 && !/^\p{Lu}/u.test(token)) return null;
    if (norm.lineBreaks.has(position - 1) && BLOCK_MARKER.test(token)) break;
    if (OPENER.test(token) || STOP.test(text.slice(position, Math.min(limit, position + LOOKAHEAD)))) break;
    if (words.length === MAX_WORDS) return null;

    const punctuation = TRAILING_PUNCTUATION.exec(token)?.[0] ?? '';
    const word = token.slice(0, token.length - punctuation.length);
    const next = text.slice(tokenEnd + 1, Math.min(limit, tokenEnd + LOOKAHEAD));
    const keepsGoing =
      (punctuation === ',' && AFTER_COMMA_IN_NAMES.test(next)) ||
      (punctuation === '.' && DOTTED_ABBREVIATION.test(word));
    const kept = keepsGoing ? token : word;
    if (kept) words.push({ start: position, end: position + kept.length, text: kept });
    if (punctuation && !keepsGoing) break;
    position = tokenEnd + 1;
  }
  while (words.length > 0 && TRAILING_JOINERS.has(words.at(-1)!.text)) words.pop();
  const first = words[0];
  const last = words.at(-1);
  if (!first || !last) return null;
  return { issuer: text.slice(first.start, last.end), end: last.end };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
}
