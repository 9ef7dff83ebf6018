/** Weak comparison (RFC 9110 §13.1.2) of If-None-Match with a page's ETag: compression may have changed the bytes, not the page. */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => bare(tag) === bare(etag));
}

