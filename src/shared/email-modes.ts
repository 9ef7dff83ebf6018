/**
 * How a person takes workflow notifications by e-mail; in the app they always show. "immediate" gathers
 * what happens within ten minutes into one letter, "digest" sends one letter a day at 07:00.
 */
export const EMAIL_MODES = ['immediate', 'digest', 'off'] as const;
export type EmailMode = (typeof EMAIL_MODES)[number];
export const DEFAULT_EMAIL_MODE: EmailMode = 'immediate';
