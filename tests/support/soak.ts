/**
 * The trust suites run a quick sample in `npm test` and the long version under `npm run soak` (CCHC_SOAK=1).
 * `runs(quick, long)` picks the count for the current mode, so one test file holds both.
 */
export const SOAK = process.env.CCHC_SOAK === '1';

export function runs(quick: number, long: number): number {
  return SOAK ? long : quick;
}
