/** Lists are fetched one row past the limit: its presence says there is a next page. */
export function toPage<Row, Item>(rows: Row[], limit: number, present: (row: Row) => Item, cursorOf: (row: Row) => string) {
  const hasMore = rows.length > limit;
  const pageRows = hasMore ? rows.slice(0, limit) : rows;
  return { items: pageRows.map(present), nextCursor: hasMore ? cursorOf(pageRows[pageRows.length - 1]!) : null };
}

/**
 * A page of the rows a rule keeps when the rule can only be applied after the query (whether work is late
 * depends on when it was handed in): reads on, `limit` rows at a time, until the page is full or the rows run
 * out, so a page is never short while `nextCursor` says there is more. The cursor is the last row looked at.
 */
export async function keptPage<Row, Item>(
  read: (cursor: string | undefined) => Promise<Row[]>,
  limit: number,
  cursor: string | undefined,
  keep: (row: Row) => Promise<Item | undefined>,
  cursorOf: (row: Row) => string,
): Promise<{ items: Item[]; nextCursor: string | null }> {
  const items: Item[] = [];
  let after = cursor;
  for (;;) {
    const rows = await read(after);
    const hasMore = rows.length > limit;
    const batch = hasMore ? rows.slice(0, limit) : rows;
    for (const [i, row] of batch.entries()) {
      const item = await keep(row);
      if (item !== undefined) items.push(item);
      if (items.length === limit) return { items, nextCursor: hasMore || i < batch.length - 1 ? cursorOf(row) : null };
    }
    if (!hasMore || batch.length === 0) return { items, nextCursor: null };
    after = cursorOf(batch[batch.length - 1]!);
  }
}
