import type { ImportedSection } from '../../shared/schemas/plan-import';
import { isBullet, type Marker } from './markers';
import type { Paragraph } from './paragraphs';
import { isCapitals } from './text-shape';

/** A numbered paragraph this long, or ending in punctuation, is an item of text rather than a heading. */
const HEADING_MAX_WORDS = 30;
/** An unnumbered line in capitals this short is a heading ("MỤC ĐÍCH, YÊU CẦU" without a numeral). */
const CAPS_HEADING_MAX_WORDS = 15;

type Open = { kind: string; node: ImportedSection };

/**
 * Nests paragraphs by their markers. Families nest in the order they first appear under a parent
 * ("I." over "1." over "1.1." over "a)" over "-" over "+"), so a plan numbered without Roman numerals,
 * or with unnumbered headings in capitals, nests the same way.
 */
export function buildSections(paragraphs: readonly Paragraph[]): ImportedSection[] {
  const root: ImportedSection = { heading: null, numbering: null, text: null, items: [] };
  const stack: Open[] = [];

  for (const paragraph of paragraphs) {
    const kind = familyOf(paragraph);
    if (kind === null) {
      attachText(root, stack, paragraph.text);
      continue;
    }
    const at = stack.findIndex((open) => open.kind === kind);
    if (at >= 0) stack.length = at;
    const node = nodeOf(paragraph);
    const parent = stack[stack.length - 1]?.node ?? root;
    parent.items.push(node);
    stack.push({ kind, node });
  }
  return root.items;
}

export function familyOf(paragraph: Paragraph): string | null {
  if (paragraph.marker) return paragraph.marker.kind;
  if (isCapsHeading(paragraph.text)) return 'caps';
  return null;
}

export function isCapsHeading(text: string): boolean {
  return isCapitals(text) && text.split(' ').length <= CAPS_HEADING_MAX_WORDS && !/[.;:]$/u.test(text);
}

function nodeOf(paragraph: Paragraph): ImportedSection {
  const marker = paragraph.marker;
  if (!marker) return { heading: paragraph.text, numbering: null, text: null, items: [] };
  const rest = marker.rest.trim();
  if (isHeading(marker, rest)) return { heading: rest, numbering: marker.numbering, text: null, items: [] };
  return { heading: null, numbering: marker.numbering, text: rest, items: [] };
}

function isHeading(marker: Marker, rest: string): boolean {
  if (isBullet(marker) || marker.kind === 'paren') return false;
  if (marker.kind === 'roman') return true;
  if (isCapitals(rest)) return true;
  return rest !== '' && !/[.;:!?…]$/u.test(rest) && rest.split(' ').length <= HEADING_MAX_WORDS;
}

/** Text without a marker belongs to the nearest heading above it: its own text first, then items of text. */
function attachText(root: ImportedSection, stack: readonly Open[], text: string): void {
  const owner = [...stack].reverse().find((open) => open.node.heading !== null)?.node ?? root;
  if (owner.text === null && owner.items.length === 0 && owner !== root) owner.text = text;
  else owner.items.push({ heading: null, numbering: null, text, items: [] });
}
