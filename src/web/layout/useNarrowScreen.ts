import { useSyncExternalStore } from 'react';

/** antd's breakpoints (its Grid), so a page and its antd parts agree on what is narrow. */
const MIN_WIDTH = { md: 768, lg: 992 } as const;

/**
 * Below this, wide tables scroll sideways instead of squeezing their columns. Read from the browser's
 * media query rather than antd's Grid, so the shell that uses it carries no antd (issue 17).
 */
export function useNarrowScreen(breakpoint: 'md' | 'lg' = 'lg'): boolean {
  const query = `(max-width: ${MIN_WIDTH[breakpoint] - 0.02}px)`;
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => window.matchMedia(query).matches,
    () => false,
  );
}
