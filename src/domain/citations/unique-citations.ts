import type { Citation } from './citation';

/**
 * The identity of a cited document: writers pad numbers ("03/KH-BVSN" and "3/KH-BVSN") and vary the case
 * of symbols ("CTr"/"CTR", "TTg"/"TTG"), so neither tells documents apart.
 */
export function citationKey(code: string): string {
  return code.replace(/^0+(?=\d)/u, '').toUpperCase();
}

/**
 * One citation per document, in order of first appearance. Where a document is cited several times, the
 * first citation that tells the most (date and issuer) stands for it.
 */
export function uniqueCitations(citations: readonly Citation[]): Citation[] {
  const chosen = new Map<string, Citation>();
  for (const citation of citations) {
    const key = citationKey(citation.code);
    const kept = chosen.get(key);
    if (!kept || detail(citation) > detail(kept)) chosen.set(key, citation);
  }
  return [...chosen.values()];
}

function detail(citation: Citation): number {
  return (citation.date ? 1 : 0) + (citation.issuer ? 1 : 0);
}
