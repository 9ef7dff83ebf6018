import type { Section } from '../../api/types';
import { numberingKind } from '../../../shared/plan-document/document-text';

/** Where a section sits: its index among its siblings at each level, from the top. */
export type SectionPath = readonly number[];

const ROMAN: [number, string][] = [
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

function toRoman(n: number): string {
  let rest = n;
  let out = '';
  for (const [value, numeral] of ROMAN) while (rest >= value) [rest, out] = [rest - value, out + numeral];
  return out;
}

const fromRoman = (numeral: string) => Array.from({ length: 40 }, (_, i) => i + 1).find((n) => toRoman(n) === numeral) ?? 0;

/** The numbering after this one: II after I, 1.3 after 1.2, c after b, (4) after (3); bullets stay bullets. */
export function nextNumbering(numbering: string): string {
  const written = numbering.trim();
  const n = written.replace(/[.)]$/, '');
  switch (numberingKind(n)) {
    case 'roman':
      return toRoman(fromRoman(n) + 1);
    case 'number':
      return n.replace(/(\d+)$/, (d) => String(Number(d) + 1));
    case 'letter':
      return n === 'z' ? 'z' : n === 'đ' ? 'e' : n === 'd' ? 'đ' : String.fromCharCode(n.charCodeAt(0) + 1);
    default:
      return written.replace(/\((\d+)\)$/, (_, d: string) => `(${Number(d) + 1})`);
  }
}

/** The numbering a new child starts with under this section: 1 under I, 1.1 under 1, "-" under a) or a bullet. */
export function firstChildNumbering(parent: Section): string {
  const last = parent.children.at(-1);
  if (last) return nextNumbering(last.numbering);
  const n = parent.numbering.trim().replace(/[.)]$/, '');
  const kind = numberingKind(n);
  return kind === 'roman' ? '1' : kind === 'number' ? `${n}.1` : '-';
}

export const blankSection = (numbering: string): Section => ({ numbering, heading: null, text: null, role: null, reformArea: null, assignee: null, children: [] });

/** Applies `change` to the list of siblings the path points into. */
function withSiblings(sections: readonly Section[], path: SectionPath, change: (siblings: Section[], index: number) => Section[]): Section[] {
  const [head, ...rest] = path;
  if (head === undefined) return [...sections];
  if (rest.length === 0) return change([...sections], head);
  return sections.map((s, i) => (i === head ? { ...s, children: withSiblings(s.children, rest, change) } : s));
}

export const updateAt = (sections: readonly Section[], path: SectionPath, patch: Partial<Section>) =>
  withSiblings(sections, path, (siblings, i) => siblings.map((s, j) => (j === i ? { ...s, ...patch } : s)));

export const insertAfter = (sections: readonly Section[], path: SectionPath) =>
  withSiblings(sections, path, (siblings, i) => [...siblings.slice(0, i + 1), blankSection(nextNumbering(siblings[i]?.numbering ?? '')), ...siblings.slice(i + 1)]);

export const addChild = (sections: readonly Section[], path: SectionPath) =>
  withSiblings(sections, path, (siblings, i) => siblings.map((s, j) => (j === i ? { ...s, children: [...s.children, blankSection(firstChildNumbering(s))] } : s)));

export const removeAt = (sections: readonly Section[], path: SectionPath) => withSiblings(sections, path, (siblings, i) => siblings.filter((_, j) => j !== i));

export const moveAt = (sections: readonly Section[], path: SectionPath, delta: -1 | 1) =>
  withSiblings(sections, path, (siblings, i) => {
    const to = i + delta;
    if (to < 0 || to >= siblings.length) return siblings;
    [siblings[i], siblings[to]] = [siblings[to]!, siblings[i]!];
    return siblings;
  });

/** A new top-level section after the last one (II after I; I in an empty plan). */
export const appendTop = (sections: readonly Section[]) => [...sections, blankSection(sections.length ? nextNumbering(sections.at(-1)!.numbering) : 'I')];
