/**
 * Text imported from PDF or DOCX breaks lines mid-phrase ("của Chính \n\nphủ"), may be in decomposed Unicode,
 * and sometimes writes Đ as the look-alike Ð (U+00D0). Matching runs on a normalised copy; every character of
 * the copy remembers the original range it came from, so results can point back into the original text.
 */
export type NormalizedText = {
  /** NFC, Đ/đ unified, whitespace runs collapsed to one space, no leading/trailing space. */
  text: string;
  /** For each UTF-16 unit of `text`, the original range [starts[i], ends[i]) it stands for. */
  starts: number[];
  ends: number[];
  /** Indices of spaces in `text` that stand for whitespace containing a line break. */
  lineBreaks: Set<number>;
};

const WHITESPACE = /\s/u;
const LINE_BREAK = /[\n\r\u2028\u2029]/u;
const COMBINING_MARK = /\p{M}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Characters that carry nothing when reading: soft hyphen and zero-width marks. */
const INVISIBLE = new Set(['\u00AD', '\u200B', '\u200C', '\u200D', '\u2060']);
const LOOK_ALIKES: Record<string, string> = { 'Ð': 'Đ', 'ð': 'đ' };

export function normalizeText(original: string): NormalizedText {
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const lineBreaks = new Set<number>();

  const push = (unit: string, start: number, end: number) => {
    out.push(unit);
    starts.push(start);
    ends.push(end);
  };

  let i = 0;
  while (i < original.length) {
    const ch = original[i]!;
    if (INVISIBLE.has(ch)) {
      i += 1;
      continue;
    }
    if (WHITESPACE.test(ch)) {
      let j = i;
      while (j < original.length && (WHITESPACE.test(original[j]!) || INVISIBLE.has(original[j]!))) j += 1;
      const hasBreak = LINE_BREAK.test(original.slice(i, j));
      const last = out.length - 1;
      if (last < 0) {
        // leading whitespace is dropped
      } else if (out[last] === ' ') {
        ends[last] = j;
        if (hasBreak) lineBreaks.add(last);
      } else if (hasBreak && isLineEndHyphen(out, original[j])) {
        // "Sản-\nNhi", "14-\nĐA/TU": the hyphen belongs to the word, so the break vanishes
      } else {
        push(' ', i, j);
        if (hasBreak) lineBreaks.add(out.length - 1);
      }
      i = j;
      continue;
    }
    let j = i + (ch.codePointAt(0)! > 0xffff ? 2 : 1);
    while (j < original.length && COMBINING_MARK.test(original[j]!)) j += 1;
    const composed = original.slice(i, j).normalize('NFC');
    for (const unit of composed) {
      for (let k = 0; k < unit.length; k += 1) push(LOOK_ALIKES[unit] ?? unit[k]!, i, j);
    }
    i = j;
  }
  if (out.at(-1) === ' ') {
    lineBreaks.delete(out.length - 1);
    out.pop();
    starts.pop();
    ends.pop();
  }
  return { text: out.join(''), starts, ends, lineBreaks };
}

/** A hyphen glued to the word before it, with a letter or digit on the next line. */
function isLineEndHyphen(out: string[], next: string | undefined): boolean {
  const last = out.at(-1);
  const beforeLast = out.at(-2);
  return (
    (last === '-' || last === '\u2010') &&
    beforeLast !== undefined &&
    LETTER_OR_DIGIT.test(beforeLast) &&
    next !== undefined &&
    LETTER_OR_DIGIT.test(next)
  );
}

/** The original range behind the normalised range [start, end). */
export function originalRange(norm: NormalizedText, start: number, end: number): { start: number; end: number } {
  return { start: norm.starts[start]!, end: norm.ends[end - 1]! };
}
