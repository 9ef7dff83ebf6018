/** Lists are fetched one row past the limit: its presence says there is a next page. */
export function toPage<Row, Item>(rows: Row[], limit: number, present: (row: Row) => Item, cursorOf: (row: Row) => string) {
  const hasMore = rows.length > limit;
  const pageRows = hasMore ? rows.slice(0, limit) : rows;
  return { items: pageRows.map(present), nextCursor: hasMore ? cursorOf(pageRows[pageRows.length - 1]!) : null };
}
