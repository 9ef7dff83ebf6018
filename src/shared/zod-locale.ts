import { z } from 'zod';

/** What a refused unknown field is told: "Trường không được hỗ trợ: body" (several names comma-separated). */
export const unknownFieldsMessage = (names: readonly string[]) => `Trường không được hỗ trợ: ${names.join(', ')}`;

/**
 * Validation messages in Vietnamese wherever a schema does not give its own. Request schemas are strict
 * (z.strictObject), so a misspelt or unknown field is refused by name rather than silently dropped.
 */
z.config(z.locales.vi());
z.config({ customError: (issue) => (issue.code === 'unrecognized_keys' ? unknownFieldsMessage(issue.keys) : undefined) });
