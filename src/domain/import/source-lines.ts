/** One line of the source as the importer reads it; `no` is 1-based so problems point at the line the person sees. */
export type SourceLine = {
  no: number;
  /** Characters cleaned, columns kept: tabs, "|" and runs of spaces still separate cells and heading columns. */
  raw: string;
  /** Whitespace collapsed to single spaces and trimmed: what paragraphs and headings are read from. */
  text: string;
};

/** Invisible characters that extraction leaves inside words: soft hyphen, zero-width spaces and joiners, BOM. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
/** Spaces other than the plain one (NBSP from Word, figure and thin spaces from PDF). */
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029\f\v]/;

/**
 * What a web page turned into Markdown adds around the document's own words (issue 15): `**bold**` and
 * `*italic*` marks, `#` headings, backslash escapes ("1\."). They are layout, not text: a heading reads
 * "KẾ HOẠCH" whether or not it was bold. An asterisk standing alone ("(*)", "* item") is kept.
 */
function withoutMarkdownMarks(line: string): string {
  return line
    .replace(/^\s{0,3}#{1,6}\s+/u, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/gu, '$1')
    .replace(/\*{2,}/gu, '')
    .replace(/(^|[\s(["“'])\*(?=[\p{L}\p{N}"“(])/gu, '$1')
    .replace(/\s+\*+$/u, '')
    .replace(/(?<=[\p{L}\p{N}.,:;!?…)"”'])\*(?=$|[\s)\]"”',.;:])/gu, '');
}

export function sourceLines(text: string): SourceLine[] {
  return text
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(ODD_SPACES, ' ')
    .split(LINE_BREAK)
    .map((line, index) => {
      // Tabs at either end are kept: a leading tab is an empty first cell (a continuation row's STT).
      const raw = withoutMarkdownMarks(line.replace(/[\u0000-\u0008\u000E-\u001F\u007F]/g, '')).replace(/^ +| +$/g, '');
      return { no: index + 1, raw, text: raw.replace(/\s+/g, ' ') };
    });
}
