import { isBullet, readMarker, type Marker } from './markers';
import type { SourceLine } from './source-lines';
import { endsSentence, isCapitals, isDecoration, startsLowercase, startsUppercaseOrDigit } from './text-shape';

/** A paragraph of the body with the line it starts on and the marker it opens with. */
export type Paragraph = { no: number; text: string; marker: Marker | null };

/** Words that open a new paragraph of a plan even when the line before has no full stop; the labels of a task written in the text too. */
const OPENER = /^(?:Căn cứ|Thực hiện|Trên đây|Nơi nhận|(?:Đơn vị|Cơ quan|Bộ phận) (?:chủ trì|phối hợp|thực hiện)|Thời (?:gian|hạn) (?:thực hiện|hoàn thành))(?![\p{L}\p{N}])/u;
/** Words a sentence never ends on. */
const HANGING_WORD = /(?<![\p{L}\p{N}])(?:số|của|về|và|các|tại|ngày|theo|với|cho|trong|đến|được|những|thuộc)$/u;
/** A task's label with its value begun ("Đơn vị chủ trì: Các"): the value goes on over the next line. */
const OPEN_LABEL = /^(?:(?:Đơn vị|Cơ quan|Bộ phận) (?:chủ trì|phối hợp|thực hiện)|Thời (?:gian|hạn))[^:]{0,30}:\s*\S/u;
/** A line this much shorter than a full line of the page ended its paragraph (PDF text breaks lines at the margin). */
const SHORT_LINE = 0.6;
/** A line at least this close to a full line reached the margin. */
const FULL_LINE = 0.85;
/** No printed A4 line holds more characters than this; longer "lines" are whole paragraphs. */
const PRINTED_LINE = 130;

/**
 * Joins lines broken at the page margin back into paragraphs. Blank lines carry no meaning (PDF text
 * puts one after every line), so a break is read from the lines themselves: the line before ends a
 * sentence, the next opens with a marker or an opening word, or a heading in capitals meets ordinary text.
 */
export function joinParagraphs(lines: readonly SourceLine[]): Paragraph[] {
  const filled = lines.filter((line) => line.text !== '' && !isDecoration(line.text));
  const fullWidth = typicalWidth(filled);
  const blankAfter = new Set(blankLinesBreak(lines) ? lines.filter((line, index) => line.text !== '' && lines[index + 1]?.text === '').map((line) => line.no) : []);
  const paragraphs: Paragraph[] = [];
  let parts: string[] = [];
  let start: SourceLine | null = null;
  let previous: SourceLine | null = null;

  const flush = () => {
    if (start && parts.length > 0) {
      const text = parts.join(' ');
      paragraphs.push({ no: start.no, text, marker: readMarker(text) });
    }
    parts = [];
    start = null;
  };

  const blankBreaks = blankAfter.size > 0;
  for (const line of filled) {
    // Where blank lines part paragraphs, the lines between two of them are one paragraph unless one opens with a marker.
    const breaks = blankBreaks
      ? blankAfter.has(previous?.no ?? -1) || opensParagraph(line.text) || (previous !== null && headingMeetsText(previous.text, line.text))
      : previous !== null && !continues(previous.text, line.text, fullWidth);
    if (previous && breaks) flush();
    if (!start) start = line;
    parts.push(line.text);
    previous = line;
  }
  flush();
  return paragraphs;
}

/** A heading in capitals and ordinary text on the next line, with no blank line between: two paragraphs. */
function headingMeetsText(before: string, next: string): boolean {
  return isCapitals(before) !== isCapitals(next) && !startsLowercase(next);
}

function opensParagraph(next: string): boolean {
  const marker = readMarker(next);
  return (marker !== null && !(isBullet(marker) && /^[-–—]\s*\d/u.test(next))) || OPENER.test(next);
}

function continues(before: string, next: string, fullWidth: number): boolean {
  const marker = readMarker(next);
  if (marker && !(isBullet(marker) && /^[-–—]\s*\d/u.test(next) && /\d$/u.test(before))) return false;
  if (OPENER.test(next)) return false;
  if (OPEN_LABEL.test(before) && !endsSentence(before) && !before.endsWith(';')) return true;
  // "Căn cứ Luật Dữ liệu số" / "60/2024/QH15 …": a line ending on a word that needs what follows goes on.
  if (HANGING_WORD.test(before)) return true;
  if (endsSentence(before)) return fillsLine(before, fullWidth) && /[^.]\.$/u.test(before) && !startsLowercase(next) && !isCapitals(next);
  if (before.endsWith(';') && !startsLowercase(next)) return false;
  const capsBefore = isCapitals(before);
  const capsNext = isCapitals(next);
  if (capsBefore !== capsNext && !startsLowercase(next)) return false;
  // A heading in capitals broken over lines ("I. MỤC" / "ĐÍCH, YÊU CẦU") goes on, however short its first line.
  if (capsBefore && capsNext) return true;
  if (before.length < fullWidth * SHORT_LINE && startsUppercaseOrDigit(next)) return false;
  return true;
}

/**
 * A sentence that ends exactly at the right margin of a page broken into lines (PDF text: lines of at
 * most a printed line's length) does not end its paragraph; a paragraph per line (DOCX text) never wraps.
 */
function fillsLine(text: string, fullWidth: number): boolean {
  return fullWidth > 0 && fullWidth <= PRINTED_LINE && text.length >= fullWidth * FULL_LINE;
}

/** The length of a full line: the 80th percentile of line lengths, so short closing lines do not drag it down. */
function typicalWidth(lines: readonly SourceLine[]): number {
  const lengths = lines.map((line) => line.text.length).filter((length) => length >= 20);
  if (lengths.length === 0) return 0;
  lengths.sort((a, b) => a - b);
  return lengths[Math.floor((lengths.length - 1) * 0.8)] ?? 0;
}

/**
 * Whether a blank line ends a paragraph. Text from PDF puts one after every line, so there it says
 * nothing; text where most lines go on without one (Word, a web page) uses it between paragraphs only.
 */
function blankLinesBreak(lines: readonly SourceLine[]): boolean {
  let filled = 0;
  let followed = 0;
  lines.forEach((line, index) => {
    if (line.text === '') return;
    filled++;
    if (lines[index + 1]?.text === '') followed++;
  });
  return filled >= 10 && followed / filled < 0.5;
}
