/**
 * The parts of the password policy the web forms check too (src/domain/auth/password-policy.ts has the
 * whole of it; the server always checks again).
 */
export const MIN_PASSWORD_LENGTH = 10;

/** Lower case, diacritics removed, đ → d: "Mật Khẩu" and "mat khau" are the same password to a guesser. */
export function foldPassword(password: string): string {
  return password.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

/** Letters and digits only: "bvsn.editor" and "BVSN-Editor" both become "bvsneditor". */
const bare = (text: string) => foldPassword(text).replace(/[^a-z0-9]/g, '');

/** Whether the password is, or holds, the user name (ignoring case, diacritics and punctuation). */
export function containsUsername(password: string, username: string): boolean {
  const name = foldPassword(username.trim());
  if (!name) return false;
  if (foldPassword(password).includes(name)) return true;
  const bareName = bare(name);
  return bareName.length >= 3 && bare(password).includes(bareName);
}
