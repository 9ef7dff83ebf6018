import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * The one style sheet of the citizen pages, named by its content hash so a phone keeps it for a year
 * and still gets a changed one at once. "_" is never part of a body's code, so the folder cannot
 * shadow a body's pages.
 */
const css = readFileSync(new URL('./public.css', import.meta.url));
const hash = createHash('sha256').update(css).digest('hex').slice(0, 10);

export const PUBLIC_CSS = { body: css, name: `public.${hash}.css`, path: `/p/_assets/public.${hash}.css` } as const;
