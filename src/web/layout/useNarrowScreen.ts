import { Grid } from 'antd';

/** Below this, wide tables scroll sideways instead of squeezing their columns. */
export function useNarrowScreen(breakpoint: 'md' | 'lg' = 'lg'): boolean {
  return Grid.useBreakpoint()[breakpoint] === false;
}
