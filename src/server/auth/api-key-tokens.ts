import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * A key is `cchc_<prefix>_<secret>`: the prefix (10 hex digits) finds the key's row and is what screens
 * show; the secret (32 random bytes) is kept only as its SHA-256. A slow hash (as for passwords) is not
 * needed for 256 random bits, and would cost every machine request tens of milliseconds.
 */
const TOKEN_SHAPE = /^cchc_([0-9a-f]{10})_([A-Za-z0-9_-]{43})$/;

export type ApiKeyToken = { prefix: string; secret: string };

export function newApiKeyToken(): ApiKeyToken & { token: string; secretHash: string } {
  const prefix = randomBytes(5).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  return { prefix, secret, token: `cchc_${prefix}_${secret}`, secretHash: hashSecret(secret) };
}

/** The parts of a presented key, or null for anything not shaped like one (no database read for garbage). */
export function parseApiKeyToken(token: string): ApiKeyToken | null {
  const match = TOKEN_SHAPE.exec(token.trim());
  return match ? { prefix: match[1]!, secret: match[2]! } : null;
}

export function secretMatches(secretHash: string, secret: string): boolean {
  const expected = Buffer.from(secretHash, 'hex');
  const given = Buffer.from(hashSecret(secret), 'hex');
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** How screens name a key: enough to tell keys apart, nothing that opens anything. */
export const shownPrefix = (prefix: string) => `cchc_${prefix}`;

function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
