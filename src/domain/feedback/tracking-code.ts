import { randomInt } from 'node:crypto';

/**
 * The code a citizen follows a feedback item with: 8 characters from 31 that cannot be mistaken for one
 * another when read aloud or typed from a phone screen (no 0/O, no 1/I/L). 31⁸ ≈ 8.5 × 10¹¹ codes drawn
 * by a cryptographic generator: guessing one that exists is hopeless, and the public page is rate-limited.
 */
export const TRACKING_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const TRACKING_CODE_LENGTH = 8;

export function newTrackingCode(): string {
  let code = '';
  for (let i = 0; i < TRACKING_CODE_LENGTH; i++) code += TRACKING_ALPHABET[randomInt(TRACKING_ALPHABET.length)];
  return code;
}

/** "ABCD-EFGH": how the code is shown and printed, in two halves easy to copy. */
export const displayTrackingCode = (code: string) => `${code.slice(0, 4)}-${code.slice(4)}`;

/**
 * The code as a citizen types it: any case, with spaces or the dash. Null when it cannot be a code — a
 * look-alike such as O or 1 is in no code, so it is not guessed at.
 */
export function readTrackingCode(typed: string): string | null {
  const code = typed.normalize('NFKC').toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== TRACKING_CODE_LENGTH) return null;
  for (const ch of code) if (!TRACKING_ALPHABET.includes(ch)) return null;
  return code;
}
