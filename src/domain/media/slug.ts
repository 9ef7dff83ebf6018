import { foldText } from '../../shared/fold';

export const MAX_SLUG_LENGTH = 80;

/**
 * The address of an item on the public page, from its title: "Cải cách hành chính: kết quả quý I/2026"
 * becomes "cai-cach-hanh-chinh-ket-qua-quy-i-2026". Only a-z, 0-9 and single dashes; cut at a word
 * boundary so a link read aloud over the phone still makes sense. Uniqueness within the body is the
 * repository's (it adds -2, -3).
 */
export function slugify(title: string, maxLength = MAX_SLUG_LENGTH): string {
  const words = foldText(title)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) {
      // A single word longer than the limit is cut rather than lost.
      if (!slug) slug = word.slice(0, maxLength);
      break;
    }
    slug = next;
  }
  return slug || 'tin-bai';
}

/** The n-th candidate for a title already taken in the body: "x", "x-2", "x-3"… still within the limit. */
export function slugCandidate(base: string, n: number, maxLength = MAX_SLUG_LENGTH): string {
  if (n <= 1) return base;
  const suffix = `-${n}`;
  return `${base.slice(0, maxLength - suffix.length).replace(/-+$/, '')}${suffix}`;
}
