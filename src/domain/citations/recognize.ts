import type { Citation, CitationKind } from './citation';
import { readDatePhrase } from './citation-date';
import { readIssuer } from './issuer-phrase';
import { kindFromSymbol, kindWordBefore, symbolType } from './kind-vocabulary';
import { normalizeText, originalRange, type NormalizedText } from './normalize-text';

/**
 * A document's number and symbol: a number, an optional year, then symbol parts joined by "/" or "-"
 * ("76/NQ-CP", "14-ĐA/TU", "29/2025/NQ-HĐND", "12/2017/TTLT-BYT-BTC", "25/2018/QH14"), the number sometimes with a
 * part ("66.2/2025/NQ-CP", a resolution split from number 66). Symbol parts start
 * with a capital. Nothing glued on the left, so the tail of a longer code ("2025/NQ-HĐND") never matches.
 */
const CODE = /(?<![\p{L}\p{N}/\-–.])\d{1,5}(?:\.\d{1,2})?(?:[/\-–]\d{4})?(?:[/\-–]\p{Lu}[\p{L}\p{N}]*)+/gu;
/** Bare numbers ("Đề án 06"), dates and ratios ("98/95%") are not codes: a code has a "/" and a lettered symbol. */
const LETTERED_SYMBOL = /\p{L}{2}/u;
/** What may stand between two codes of one list: "280/CĐ-TTg và 968/CĐ-TTg", "1/QĐ-X, 2/QĐ-Y". */
const LIST_SEPARATOR = /^\s*(?:[,;]\s*)?(?:(?:và|hoặc)\s+)?(?:số\s*:?\s*)?$/iu;
/** How far back a kind word may start before its code ("Chương trình hành động số: " is the longest). */
const KIND_WORD_REACH = 60;
/** Longer than any list separator (", hoặc số: "). */
const LIST_SEPARATOR_REACH = 16;

type CodeMatch = {
  code: string;
  start: number;
  end: number;
  /** Where the citation begins: its kind word, or the code itself when none is written. */
  head: number;
  writtenKind: CitationKind | null;
};
type Previous = { match: CodeMatch; kind: CitationKind; end: number } | null;

/**
 * Every legal-document citation in `text`, in order of appearance, repeats included (callers dedupe with
 * `uniqueCitations`). A citation needs a code with a "/"; the kind word, "số", date and issuer are optional.
 */
export function recognizeCitations(text: string): Citation[] {
  const norm = normalizeText(text);
  const codes = findCodes(norm.text);
  const citations: Citation[] = [];
  let previous: Previous = null;

  codes.forEach((match, index) => {
    const limit = codes[index + 1]?.head ?? norm.text.length;
    const tail = readTail(norm, match.end, limit);
    const kind = writtenOrListKind(norm.text, previous, match) ?? kindFromSymbol(match.code);
    const span = originalRange(norm, match.head, tail.end);
    citations.push({
      kind,
      code: match.code,
      date: tail.date,
      issuer: tail.issuer,
      text: text.slice(span.start, span.end),
      start: span.start,
      end: span.end,
    });
    previous = { match, kind, end: tail.end };
  });
  return citations;
}

function findCodes(text: string): CodeMatch[] {
  const matches: CodeMatch[] = [];
  let previousEnd = 0;
  for (const found of text.matchAll(CODE)) {
    const written = found[0];
    if (!written.includes('/') || !LETTERED_SYMBOL.test(written)) continue;
    const start = found.index;
    const end = start + written.length;
    const windowStart = wordStartAfter(text, Math.max(previousEnd, start - KIND_WORD_REACH), previousEnd);
    const kindWord = kindWordBefore(text.slice(windowStart, start));
    matches.push({
      code: written.replace(/–/gu, '-'),
      start,
      end,
      head: kindWord ? windowStart + kindWord.start : start,
      writtenKind: kindWord?.kind ?? null,
    });
    previousEnd = end;
  }
  return matches;
}

/** Moves `at` to the start of a word, so a kind word is never read from the middle of a longer word. */
function wordStartAfter(text: string, at: number, floor: number): number {
  if (at <= floor || at === 0 || text[at - 1] === ' ') return at;
  const space = text.indexOf(' ', at);
  return space === -1 ? at : space + 1;
}

/** Date and issuer after the code, in either order ("ngày … của …" or "của … ngày …"). */
function readTail(norm: NormalizedText, from: number, limit: number) {
  let end = from;
  const date = readDatePhrase(norm.text, end, limit);
  if (date) end = date.end;
  const issuer = readIssuer(norm, end, limit);
  if (issuer) end = issuer.end;
  const lateDate = !date && issuer ? readDatePhrase(norm.text, end, limit) : null;
  if (lateDate) end = lateDate.end;
  return { date: (date ?? lateDate)?.iso ?? null, issuer: issuer?.issuer ?? null, end };
}

/** A specific written kind wins over the symbol ("Quy định số 124-QĐ/TW"); a generic one yields to it. */
function writtenOrListKind(text: string, previous: Previous, match: CodeMatch): CitationKind | null {
  if (match.writtenKind === 'other') return kindFromSymbol(match.code);
  return match.writtenKind ?? listKind(text, previous, match);
}

/**
 * In a list under one kind word ("Quy định số 124-QĐ/TW và 125-QĐ/TW") a code without its own kind word
 * takes the list's kind, as long as its symbol has the same type as the one before it; a different type
 * ("Kế hoạch số 12/KH-UBND, 45/NQ-CP") means the writer moved on to another kind of document.
 */
function listKind(text: string, previous: Previous, match: CodeMatch): CitationKind | null {
  if (!previous || match.start - previous.end > LIST_SEPARATOR_REACH) return null;
  if (!LIST_SEPARATOR.test(text.slice(previous.end, match.start))) return null;
  return symbolType(previous.match.code) === symbolType(match.code) ? previous.kind : null;
}
