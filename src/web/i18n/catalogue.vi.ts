import { areasVi } from './areas.vi';
import { shellVi, type MessageKey } from './vi';

/**
 * The whole Vietnamese catalogue, the reference every other language must match key for key. The app loads it
 * in two parts (`shellVi` first, `areasVi` with the first page of an area); this is for the tests and tools.
 */
export const vi: Record<MessageKey, string> = { ...shellVi, ...areasVi };
