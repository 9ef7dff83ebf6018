import type { CitationKind } from './citation';

/** Kind words as written before a citation's number, lower case. */
const KIND_WORDS: ReadonlyArray<readonly [string, CitationKind]> = [
  ['nghị quyết', 'resolution'],
  ['quyết định', 'decision'],
  ['kế hoạch', 'plan'],
  ['đề án', 'scheme'],
  ['công điện', 'telegram'],
  ['kết luận', 'conclusion'],
  ['chỉ thị', 'directive'],
  ['quy định', 'regulation'],
  ['nghị định', 'decree'],
  ['thông tư', 'circular'],
  ['chương trình', 'program'],
  ['luật', 'other'],
  ['pháp lệnh', 'other'],
  ['công văn', 'other'],
  ['văn bản', 'other'],
  ['hướng dẫn', 'other'],
  ['thông báo', 'other'],
  ['thông báo kết luận', 'other'],
  ['báo cáo', 'other'],
  ['quy chế', 'other'],
  ['tờ trình', 'other'],
  ['thông tri', 'other'],
];

/** Abbreviated kind words ("QĐ 4210/QĐ-BYT"); case matters, "kh" or "tt" in lower case are not kinds. */
const KIND_ABBREVIATIONS: Readonly<Record<string, CitationKind>> = {
  NQ: 'resolution',
  QĐ: 'decision',
  KH: 'plan',
  ĐA: 'scheme',
  CĐ: 'telegram',
  KL: 'conclusion',
  CT: 'directive',
  CTr: 'program',
  NĐ: 'decree',
  TT: 'circular',
  TTLT: 'circular',
  CV: 'other',
};

/** The document-type part of a symbol (NQ in "76/NQ-CP", ĐA in "14-ĐA/TU"), upper-cased. */
const SYMBOL_KINDS: Readonly<Record<string, CitationKind>> = {
  NQ: 'resolution',
  NQLT: 'resolution',
  QĐ: 'decision',
  KH: 'plan',
  ĐA: 'scheme',
  CĐ: 'telegram',
  KL: 'conclusion',
  CT: 'directive',
  NĐ: 'decree',
  TT: 'circular',
  TTLT: 'circular',
  CTR: 'program',
};

/** Words that may stand between the kind word and the number: "Chương trình hành động số 12-CTr/TU". */
const QUALIFIERS = ['liên tịch', 'hành động', 'liên ngành', 'phối hợp', 'hợp nhất'];

const spaced = (words: string) => words.split(' ').join('\\s+');
const byLengthDesc = (a: string, b: string) => b.length - a.length;

const NUMBER_LEAD = String.raw`(?:số\s*:?\s*)?$`;
const FULL_PREFIX = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${KIND_WORDS.map(([w]) => w).sort(byLengthDesc).map(spaced).join('|')})` +
    String.raw`(?:\s+(?:${QUALIFIERS.map(spaced).join('|')}))?(?:\s*:\s*|\s+)${NUMBER_LEAD}`,
  'iu',
);
// A symbol inside a previous code ("12/KH-CT 45/…") is preceded by "-" or "/" and is not a kind word.
const ABBREVIATED_PREFIX = new RegExp(
  String.raw`(?<![\p{L}\p{N}/\-–])(${Object.keys(KIND_ABBREVIATIONS).sort(byLengthDesc).join('|')})` +
    String.raw`\s+(?:[Ss]ố|SỐ)?\s*:?\s*$`,
  'u',
);
const KIND_BY_WORD = new Map(KIND_WORDS.map(([word, kind]) => [word, kind]));

/**
 * The kind word written right before a code, if any: `before` is the text that precedes the code.
 * Returns where in `before` the kind word starts, and its kind. Generic words ("văn bản", "công văn") give
 * 'other'; the caller lets a code's symbol say more ("các văn bản: 76/NQ-CP" cites a resolution).
 */
export function kindWordBefore(before: string): { start: number; kind: CitationKind } | null {
  const full = FULL_PREFIX.exec(before);
  if (full) {
    const word = full[1]!.toLowerCase().replace(/\s+/gu, ' ');
    return { start: full.index, kind: KIND_BY_WORD.get(word) ?? 'other' };
  }
  const abbreviated = ABBREVIATED_PREFIX.exec(before);
  if (abbreviated) return { start: abbreviated.index, kind: KIND_ABBREVIATIONS[abbreviated[1]!] ?? 'other' };
  return null;
}

/** The first lettered part of a code: "NQ" for "29/2025/NQ-HĐND", "ĐA" for "14-ĐA/TU". */
export function symbolType(code: string): string | null {
  return code.split(/[/-]/u).find((part) => /\p{L}/u.test(part))?.toUpperCase() ?? null;
}

/** The kind a code's symbol implies when no kind word is written ("76/NQ-CP" → resolution). */
export function kindFromSymbol(code: string): CitationKind {
  const type = symbolType(code);
  return (type && SYMBOL_KINDS[type]) || 'other';
}
