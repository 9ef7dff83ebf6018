import { isAuthorityLine } from './closing-block';
import { readMarker } from './markers';
import type { SourceLine } from './source-lines';
import { findTaskTable } from './task-table';
import { findTitle, type TitleBlock } from './title';

/** Where each part of a plan lies, as indexes into its lines: [start, end). */
export type PlanRegions = {
  title: TitleBlock;
  heading: [number, number];
  body: [number, number];
  closing: [number, number];
  appendix: [number, number];
  /** Index of the task table's first header row, or -1. */
  table: number;
};

const APPENDIX = /^PH[ỤU]\s*L[ỤU]C(?![\p{L}\p{N}])/iu;
const RECIPIENTS = /^N[ơoƠO]I\s*NH[ậaẬA]N(?![\p{L}\p{N}])/iu;
const BODY_START = /^(?:Căn cứ|Thực hiện)(?![\p{L}\p{N}])/u;
/** How far above a task table its "PHỤ LỤC" heading may stand. */
const APPENDIX_HEADING_REACH = 8;

/** Cuts a plan into heading block, body, recipients and signature, and appendix. */
export function planRegions(lines: readonly SourceLine[]): PlanRegions {
  const table = findTaskTable(lines);
  const appendixStart = table < 0 ? appendixHeading(lines, 0, lines.length) : appendixHeading(lines, Math.max(0, table - APPENDIX_HEADING_REACH), table);
  const main = lines.slice(0, appendixStart);
  const title = findTitle(main);
  const bodyStart = title.kindLine >= 0 ? title.end : firstBodyLine(main);
  const headingEnd = title.kindLine >= 0 ? title.kindLine : bodyStart;
  const closingStart = closingLine(main, bodyStart);
  return {
    title,
    heading: [0, headingEnd],
    body: [bodyStart, closingStart],
    closing: [closingStart, appendixStart],
    appendix: [appendixStart, lines.length],
    table,
  };
}

/** The "PHỤ LỤC" line between `from` and `to`, else `to`: an appendix without a table still is no signature. */
function appendixHeading(lines: readonly SourceLine[], from: number, to: number): number {
  for (let index = from; index < to; index++) {
    if (APPENDIX.test(lines[index]?.text ?? '')) return index;
  }
  return to;
}

function firstBodyLine(lines: readonly SourceLine[]): number {
  const index = lines.findIndex((line) => BODY_START.test(line.text) || readMarker(line.text)?.kind === 'roman');
  return index < 0 ? 0 : index;
}

/** "Nơi nhận:" (also as the left cell of a row beside the signature), else the last authority line ("GIÁM ĐỐC"). */
function closingLine(lines: readonly SourceLine[], from: number): number {
  for (let index = from; index < lines.length; index++) {
    if (RECIPIENTS.test(lines[index]?.text ?? '')) return index;
  }
  for (let index = lines.length - 1; index >= from; index--) {
    const cells = (lines[index]?.raw ?? '').split(/\t|\||\s{3,}/);
    if (cells.some((cell) => isAuthorityLine(cell.trim()))) {
      // Go back over an authority written on two lines ("KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC").
      let start = index;
      while (start - 1 >= from && ((lines[start - 1]?.text ?? '') === '' || isAuthorityLine(lines[start - 1]?.text ?? ''))) start--;
      while (start < index && (lines[start]?.text ?? '') === '') start++;
      return start;
    }
  }
  return lines.length;
}
