/** A rank as results are quoted: "06/63" (two digits at least, like the decree's numbers), or "6" with no count. */
export function formatRank(rank: number | null, rankOf: number | null): string | null {
  if (rank === null) return null;
  const padded = String(rank).padStart(2, '0');
  return rankOf === null ? padded : `${padded}/${rankOf}`;
}

/** Better is a higher score and a smaller rank; a year with a target says whether it was met. */
export function metTarget(result: { value: string | null; rank: number | null }, target: { value: string | null; rank: number | null }): boolean | null {
  if (target.value !== null && result.value !== null) return Number(result.value) >= Number(target.value);
  if (target.rank !== null && result.rank !== null) return result.rank <= target.rank;
  return null;
}
