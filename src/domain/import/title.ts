import type { PlanKind } from '../../shared/plan-vocabulary';
import { readMarker } from './markers';
import type { SourceLine } from './source-lines';
import { endsSentence, folded, isCapitals, isDecoration, startsLowercase } from './text-shape';

export type TitleBlock = {
  /** Index (into the lines) of the "KẾ HOẠCH" line; -1 when the document has none. */
  kindLine: number;
  title: string | null;
  /** Index of the first line after the title. */
  end: number;
};

/** Lines the body opens with, after the title. */
const BODY_START = /^(?:Căn cứ|Thực hiện|Theo|Để|Nhằm|Trên cơ sở|Triển khai)(?![\p{L}\p{N}])/u;
/** A title line broken before these words goes on with the next line. */
const HANGING = /(?<![\p{L}\p{N}])(?:của|về|và|cho|tại|trong|các|những|với|đến|trên|theo|năm|giai đoạn|công tác|thực hiện|trung tâm|bệnh viện)$/iu;
const MAX_TITLE_LINES = 4;

/** The kind of document a title block names: a plan, or a decision that issues one. */
export const PLAN_KIND_LINE = /^KẾ\s*HOẠCH(?![\p{L}\p{N}])\s*[:.]?\s*/u;
export const DECISION_KIND_LINE = /^QUYẾT\s*ĐỊNH\s*$/u;

/**
 * Finds, from `from` on, the line naming the kind of document ("KẾ HOẠCH") and the summary line(s)
 * under it (or after it on the same line).
 */
export function findTitle(lines: readonly SourceLine[], from = 0, kind: RegExp = PLAN_KIND_LINE): TitleBlock {
  const found = lines.slice(from).findIndex((line) => kind.test(line.text) && isCapitals(line.text.slice(0, 8)));
  const kindLine = found < 0 ? -1 : from + found;
  if (kindLine < 0) return { kindLine, title: null, end: 0 };
  const parts: string[] = [];
  const sameLine = (lines[kindLine]?.text ?? '').replace(kind, '');
  if (sameLine !== '') parts.push(sameLine);
  let index = kindLine + 1;
  for (; index < lines.length && parts.length < MAX_TITLE_LINES; index++) {
    const text = lines[index]?.text ?? '';
    if (text === '') continue;
    if (isDecoration(text)) {
      if (parts.length > 0) break;
      continue;
    }
    if (parts.length > 0 && !goesOn(parts[parts.length - 1] ?? '', text)) break;
    if (parts.length === 0 && (BODY_START.test(text) || readMarker(text))) break;
    parts.push(text);
  }
  const title = parts.join(' ').trim();
  return { kindLine, title: title === '' ? null : title, end: index };
}

function goesOn(before: string, next: string): boolean {
  if (BODY_START.test(next) || readMarker(next) || next.startsWith('(')) return false;
  if (endsSentence(before)) return false;
  if (startsLowercase(next)) return true;
  if (isCapitals(before) && isCapitals(next)) return true;
  return HANGING.test(before);
}

/** The kind of plan from the words of its title (PCI/DDCI first: those plans are also about communication). */
export function planKindOf(title: string | null): PlanKind {
  const words = folded(title ?? '');
  if (/\b(?:pci|ddci)\b/u.test(words)) return 'pci_ddci_communication';
  if (/tuyen truyen|truyen thong/u.test(words)) return 'communication';
  if (/cai cach hanh chinh|\bcchc\b/u.test(words)) return 'cchc';
  return 'other';
}
