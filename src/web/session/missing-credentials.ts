import type { MessageKey } from '../i18n/vi';

export type Credentials = { username: string; password: string };
export type MissingCredentials = Partial<Record<keyof Credentials, MessageKey>>;

/** What the sign-in form still lacks, as antd's Form said it: a name of spaces only is no name; a password is taken as typed. */
export function missingCredentials({ username, password }: Credentials): MissingCredentials {
  return { ...(username.trim() ? {} : { username: 'signIn.usernameRequired' }), ...(password ? {} : { password: 'signIn.passwordRequired' }) };
}
