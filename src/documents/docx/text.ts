import { AlignmentType, BorderStyle, LineRuleType, NoBreakHyphen, Paragraph, Tab, TextRun, type IParagraphOptions } from 'docx';
import { FONT, pt } from './units';

/** A piece of text with its emphasis, in points. */
export type RunStyle = { size: number; bold?: boolean; italic?: boolean };

/** A hyphen inside a symbol or code ("06/KH-SYT", "TCHC-TCKT"): a line must not break there. */
const SYMBOL_HYPHEN = /(?<=[\p{Lu}\d])-(?=[\p{Lu}\d])/u;

/** The text with each symbol hyphen as Word's non-breaking hyphen and each tab as a tab element. */
function runChildren(text: string): (string | NoBreakHyphen | Tab)[] {
  const withTabs = (piece: string) => piece.split('\t').flatMap((part, i) => (i === 0 ? [part] : [new Tab(), part]));
  return text
    .split(SYMBOL_HYPHEN)
    .flatMap((piece, i) => (i === 0 ? withTabs(piece) : [new NoBreakHyphen(), ...withTabs(piece)]))
    .filter((p) => p !== '');
}

/** Every run names Times New Roman itself, so a document pasted into another keeps its font. */
export function run(text: string, style: RunStyle): TextRun {
  return new TextRun({ children: runChildren(text), font: FONT, size: pt(style.size), bold: style.bold ?? false, italics: style.italic ?? false });
}

type LineOptions = Omit<IParagraphOptions, 'children' | 'text' | 'run'>;

/**
 * A paragraph of one style. The paragraph mark gets the same font and size, so an empty line keeps
 * the height of the text around it.
 */
export function line(text: string, style: RunStyle, options: LineOptions = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    ...options,
    // A little over single spacing: stacked Vietnamese diacritics on capitals otherwise touch the line above.
    spacing: { before: 0, after: 0, line: 264, ...options.spacing },
    run: { font: FONT, size: pt(style.size), bold: style.bold, italics: style.italic },
    children: text ? [run(text, style)] : [],
  });
}

/** Several runs in one paragraph (a bold numbering before plain text, a closing end mark). */
export function runs(parts: readonly { text: string; style: RunStyle }[], options: LineOptions): Paragraph {
  const size = parts[0]?.style.size ?? 14;
  return new Paragraph({ ...options, run: { font: FONT, size: pt(size) }, children: parts.map((p) => run(p.text, p.style)) });
}

/**
 * A short solid line centred in its column: the top border of an empty, one-point-high paragraph
 * indented to the line's length. A paragraph border is drawn the same by Word and LibreOffice,
 * moves with the text, and needs no drawing object.
 */
export function rule(length: number, columnWidth: number, after = 0): Paragraph {
  const side = Math.max(0, Math.round((columnWidth - length) / 2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side },
    // The space before keeps the line clear of the descenders of the text above it.
    spacing: { before: 60, after, line: 20, lineRule: LineRuleType.EXACT },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    run: { font: FONT, size: 2 },
    children: [],
  });
}
