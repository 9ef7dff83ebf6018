import type { Problem } from './validation';

type Frame = { kind: 'object'; path: string; keys: Set<string>; key: string; expectKey: boolean } | { kind: 'array'; path: string; index: number };

const QUOTE = 34;
const BACKSLASH = 92;
const MAX_REPORTED = 20;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Deeper than any real request (a plan's sections nest a dozen levels): deeper is an attack on the stack of whatever reads it next. */
export const MAX_JSON_DEPTH = 64;

export type JsonShape = { duplicates: string[]; tooDeep: boolean };

/**
 * Reads the shape of a JSON text that already parsed: the keys that appear twice in the same object (as
 * dotted paths, "tasks.0.title") — JSON.parse keeps the last and drops the others without a word — and
 * whether it nests deeper than MAX_JSON_DEPTH. Only strings, brackets and commas are looked at, with no
 * recursion, so a hostile text cannot exhaust the stack here.
 */
export function jsonShape(text: string): JsonShape {
  const duplicates: string[] = [];
  const stack: Frame[] = [];
  const join = (path: string, key: string) => (path ? `${path}.${key}` : key);
  const pathOfNewValue = () => {
    const top = stack[stack.length - 1];
    if (!top) return '';
    return top.kind === 'object' ? join(top.path, top.key) : join(top.path, String(top.index));
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      let end = i + 1;
      let escaped = false;
      while (end < text.length) {
        const ch = text.charCodeAt(end);
        if (ch === BACKSLASH) {
          escaped = true;
          end += 2;
        } else if (ch === QUOTE) break;
        else end++;
      }
      const top = stack[stack.length - 1];
      if (top?.kind === 'object' && top.expectKey) {
        // "\u0061" and "a" are the same key.
        const key = escaped ? (JSON.parse(text.slice(i, end + 1)) as string) : text.slice(i + 1, end);
        if (top.keys.has(key)) {
          if (duplicates.length < MAX_REPORTED) duplicates.push(join(top.path, key));
        } else top.keys.add(key);
        top.key = key;
        top.expectKey = false;
      }
      i = end;
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (stack.length >= MAX_JSON_DEPTH) return { duplicates, tooDeep: true };
      const path = pathOfNewValue();
      stack.push(c === 123 ? { kind: 'object', path, keys: new Set(), key: '', expectKey: true } : { kind: 'array', path, index: 0 });
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      stack.pop();
    } else if (c === 44 /* , */) {
      const top = stack[stack.length - 1];
      if (top?.kind === 'object') top.expectKey = true;
      else if (top?.kind === 'array') top.index++;
    }
  }
  return { duplicates, tooDeep: false };
}

/**
 * Text no database keeps as sent: NUL (PostgreSQL refuses it in text; SQLite would cut or keep it, so the
 * two would disagree) and lone UTF-16 surrogates (written out as U+FFFD, so the text read back differs).
 * Answers why, or null for text that is stored exactly.
 */
export function unstorableText(text: string): string | null {
  if (text.includes('\u0000')) return 'Văn bản chứa ký tự NUL (\\u0000), không lưu được.';
  if (LONE_SURROGATE.test(text)) return 'Văn bản chứa ký tự Unicode không hợp lệ (nửa cặp surrogate), không lưu được đúng như gửi.';
  return null;
}

/** Every string (and key) in a parsed JSON value that unstorableText refuses, with its path; walked without recursion. */
export function unstorableStrings(value: unknown): Problem[] {
  const problems: Problem[] = [];
  const pending: { value: unknown; path: string[] }[] = [{ value, path: [] }];
  while (pending.length > 0 && problems.length < MAX_REPORTED) {
    const { value: v, path } = pending.pop()!;
    if (typeof v === 'string') {
      const why = unstorableText(v);
      if (why) problems.push({ path, message: why });
    } else if (Array.isArray(v)) {
      v.forEach((item, i) => pending.push({ value: item, path: [...path, String(i)] }));
    } else if (v !== null && typeof v === 'object') {
      for (const [key, item] of Object.entries(v)) {
        const why = unstorableText(key);
        if (why) problems.push({ path: [...path, key], message: why });
        pending.push({ value: item, path: [...path, key] });
      }
    }
  }
  return problems;
}
