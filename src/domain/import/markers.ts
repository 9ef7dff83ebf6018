/**
 * The marker a paragraph opens with: "I.", "1.", "1.1.", "a)", "(1)", "-", "+". The kind says which
 * family it belongs to; nesting is decided by the order the families first appear (see sections.ts).
 */
export type MarkerKind = 'roman' | `arabic${number}` | 'letter' | 'paren' | 'dash' | 'plus' | 'dot';
export type Marker = { kind: MarkerKind; numbering: string; rest: string };

const ROMAN = /^(?:PHẦN|Phần)?\s*([IVXL]{1,5})\s*[.)/]\s*(.*)$/u;
/** Sub-numbers have at most two digits, so "1.996 TTHC" or "191.647 hồ sơ" at a line start are not numbering. */
const ARABIC = /^(\d{1,2}(?:\.\d{1,2})*)(?:\.|\))(?!\d)\s*(.*)$|^(\d{1,2}(?:\.\d{1,2})+)\s+(.*)$/u;
const LETTER = /^([a-zđ])\s*[)]\s*(.*)$|^([a-zđ])\.\s+(.*)$/u;
const PAREN = /^\((\d{1,2}|[a-zđ])\)\s*(.*)$/u;
const BULLET = /^([-–—+•●▪◦*·])\s*(.*)$/u;

export function readMarker(text: string): Marker | null {
  const roman = ROMAN.exec(text);
  if (roman && isRomanNumeral(roman[1] ?? '')) return { kind: 'roman', numbering: roman[1] ?? '', rest: roman[2] ?? '' };
  const arabic = ARABIC.exec(text);
  if (arabic) {
    const numbering = arabic[1] ?? arabic[3] ?? '';
    // "2025." or "30/6" are not numbering: plain numbers over 2 digits are excluded by the pattern itself.
    return { kind: `arabic${numbering.split('.').length}`, numbering, rest: arabic[2] ?? arabic[4] ?? '' };
  }
  const paren = PAREN.exec(text);
  if (paren) return { kind: 'paren', numbering: `(${paren[1] ?? ''})`, rest: paren[2] ?? '' };
  const letter = LETTER.exec(text);
  if (letter) return { kind: 'letter', numbering: letter[1] ?? letter[3] ?? '', rest: letter[2] ?? letter[4] ?? '' };
  const bullet = BULLET.exec(text);
  if (bullet) {
    const sign = bullet[1] ?? '-';
    const kind = sign === '+' ? 'plus' : '-–—'.includes(sign) ? 'dash' : 'dot';
    return { kind, numbering: kind === 'dash' ? '-' : sign, rest: bullet[2] ?? '' };
  }
  return null;
}

export function isBullet(marker: Marker): boolean {
  return marker.kind === 'dash' || marker.kind === 'plus' || marker.kind === 'dot';
}

const ROMAN_NUMERAL = /^(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

export function isRomanNumeral(text: string): boolean {
  return text.length > 0 && ROMAN_NUMERAL.test(text);
}
