import { useState } from 'react';

/**
 * Page-by-page browsing over a cursor API: remembers the cursors of the pages already seen so
 * "previous" works, and starts again at page 1 whenever the filters (filterKey) change.
 */
export function useCursorPager(filterKey: string) {
  const [state, setState] = useState<{ key: string; cursors: (string | undefined)[] }>({ key: filterKey, cursors: [undefined] });
  const cursors = state.key === filterKey ? state.cursors : [undefined];
  return {
    cursor: cursors[cursors.length - 1],
    page: cursors.length,
    hasPrevious: cursors.length > 1,
    next: (nextCursor: string) => setState({ key: filterKey, cursors: [...cursors, nextCursor] }),
    previous: () => setState({ key: filterKey, cursors: cursors.slice(0, -1) }),
  };
}
