import { isAuthorityLine } from './closing-block';
import { NATION } from './heading-block';
import { joinedText } from './joined-text';
import { readMarker } from './markers';
import type { SourceLine } from './source-lines';
import { findTaskTable } from './task-table';
import { isCapitals, isDecoration } from './text-shape';
import { DECISION_KIND_LINE, findTitle, type TitleBlock } from './title';

/** Where each part of a plan lies, as indexes into its lines: [start, end). */
export type PlanRegions = {
  title: TitleBlock;
  heading: [number, number];
  body: [number, number];
  closing: [number, number];
  /**
   * A decision that issues the plan attached to it ("QUYẾT ĐỊNH … Điều 1. Ban hành kèm theo …"): its own
   * text, where the bases are; the heading and closing regions are then the decision's. Null for a plan alone.
   */
  decision: [number, number] | null;
  appendix: [number, number];
  /** Index of the task table's first header row, or -1. */
  table: number;
};

const APPENDIX = /^PH[ỤU]\s*L[ỤU]C(?![\p{L}\p{N}])/iu;
const RECIPIENTS = /^N[ơoƠO]I\s*NH[ậaẬA]N(?![\p{L}\p{N}])/iu;
const BODY_START = /^(?:Căn cứ|Thực hiện)(?![\p{L}\p{N}])/u;
/** How far above a task table its "PHỤ LỤC" heading may stand. */
const APPENDIX_HEADING_REACH = 8;

/**
 * Cuts a plan into heading block, body, recipients and signature, and appendix. Text before the heading
 * block (a web page's menus and metadata) is left out; so is whatever follows the signature and is no appendix.
 */
export function planRegions(lines: readonly SourceLine[]): PlanRegions {
  const table = findTaskTable(lines);
  const appendixStart = table < 0 ? appendixHeading(lines, 0, lines.length) : appendixHeading(lines, Math.max(0, table - APPENDIX_HEADING_REACH), table);
  const main = lines.slice(0, appendixStart);
  const start = documentStart(main);
  const decision = findDecision(main, start);
  const title = findTitle(main, decision?.plan ?? start);
  const bodyStart = title.kindLine >= 0 ? title.end : firstBodyLine(main, start);
  const headingEnd = decision?.line ?? (title.kindLine >= 0 ? title.kindLine : bodyStart);
  const closingStart = closingLine(main, bodyStart);
  return {
    title,
    heading: [start, headingEnd],
    body: [bodyStart, closingStart],
    closing: decision ? [decision.closing, decision.plan] : [closingStart, appendixStart],
    decision: decision ? [decision.text, decision.closing] : null,
    appendix: [appendixStart, lines.length],
    table,
  };
}

/**
 * Where the document's heading block begins: the national name ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
 * however broken over lines) stands in it, and the names of bodies beside or above it are in capitals.
 * From there back over capitals, rules, blank lines and the number and date lines; the first line of anything
 * else is not the document's.
 */
function documentStart(lines: readonly SourceLine[]): number {
  const text = joinedText(lines);
  const nation = NATION.exec(text.value);
  if (!nation) return 0;
  const no = text.lineAt(nation.index);
  let index = lines.findIndex((line) => line.no === no);
  while (index > 0 && isHeadingFurniture(lines[index - 1]?.text ?? '')) index--;
  return index;
}

function isHeadingFurniture(text: string): boolean {
  return text === '' || /^\|[|\s]*$/u.test(text) || isDecoration(text) || isCapitals(text) || /^Số\s*:/u.test(text) || /,\s*ngày\b/iu.test(text);
}

/**
 * A decision issuing a plan: "QUYẾT ĐỊNH" as the first title after the heading block, its recipients or
 * signature, and then the plan's own "KẾ HOẠCH". Returns where the decision's title, text, closing and
 * the attached plan start.
 */
function findDecision(lines: readonly SourceLine[], from: number): { line: number; text: number; closing: number; plan: number } | null {
  const decision = findTitle(lines, from, DECISION_KIND_LINE);
  if (decision.kindLine < 0) return null;
  const plan = findTitle(lines, decision.end);
  // The decision's own title ("BAN HÀNH KẾ HOẠCH …") holds no line of its own starting "KẾ HOẠCH"; the plan's does.
  if (plan.kindLine < 0) return null;
  const closing = closingLine(lines.slice(0, plan.kindLine), decision.end);
  if (closing >= plan.kindLine) return null;
  return { line: decision.kindLine, text: decision.end, closing, plan: plan.kindLine };
}

/** The "PHỤ LỤC" line between `from` and `to`, else `to`: an appendix without a table still is no signature. */
function appendixHeading(lines: readonly SourceLine[], from: number, to: number): number {
  for (let index = from; index < to; index++) {
    if (APPENDIX.test(lines[index]?.text ?? '')) return index;
  }
  return to;
}

function firstBodyLine(lines: readonly SourceLine[], from: number): number {
  const index = lines.findIndex((line, at) => at >= from && (BODY_START.test(line.text) || readMarker(line.text)?.kind === 'roman'));
  return index < 0 ? from : index;
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
