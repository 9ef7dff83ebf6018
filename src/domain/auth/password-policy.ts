import { containsUsername, foldPassword, MIN_PASSWORD_LENGTH } from '../../shared/password-rule';

/**
 * What a new password must be (issue 12): at least 10 characters, not the user name nor holding it
 * (case and diacritics ignored), and not a common password. Office staff choose it, so there are no
 * composition rules ("one capital, one digit…"): they breed "Matkhau@123". Passwords set before this
 * policy still sign in; it applies whenever a password is set.
 *
 * "Common" means: in the bundled list (common-passwords.txt: the most used passwords worldwide and the
 * Vietnamese habits), also when what surrounds a common word is predictable — "Hanoi@2026",
 * "2026matkhau", "P@ssw0rd!" are "hanoi", "matkhau", "password" with a year, a run of digits or a
 * symbol — or a password of fewer than three different characters.
 */
export type PasswordProblem = 'too-short' | 'contains-username' | 'common';

export const PASSWORD_MESSAGES: Record<PasswordProblem, string> = {
  'too-short': `Mật khẩu phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`,
  'contains-username': 'Mật khẩu không được trùng hoặc chứa tên đăng nhập.',
  common: 'Mật khẩu này quá phổ biến nên dễ bị đoán (như "matkhau123", "123456789a"). Hãy chọn mật khẩu khác, ví dụ một câu ngắn chỉ bạn biết.',
};

/** The list in common-passwords.txt: one a line, `#` starts a comment; folded like a password. */
export function parseCommonPasswords(text: string): Set<string> {
  const list = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    const entry = foldPassword(line.trim());
    if (entry && !entry.startsWith('#')) list.add(entry);
  }
  return list;
}

/** The first problem with `password` as a new password for `username`, or null when it may be used. */
export function passwordProblem(password: string, context: { username?: string | null }, common: ReadonlySet<string>): PasswordProblem | null {
  if ([...password.normalize('NFC')].length < MIN_PASSWORD_LENGTH) return 'too-short';
  if (context.username && containsUsername(password, context.username)) return 'contains-username';
  if (isCommonPassword(password, common)) return 'common';
  return null;
}

const LEET: Record<string, string> = { '@': 'a', '4': 'a', '0': 'o', '1': 'i', '!': 'i', '3': 'e', '$': 's', '5': 's', '7': 't' };
const unLeet = (text: string) => text.replace(/[@40!13$57]/g, (c) => LEET[c]!);

export function isCommonPassword(password: string, common: ReadonlySet<string>): boolean {
  const folded = foldPassword(password).trim();
  const squeezed = folded.replace(/\s+/g, '');
  if (common.has(folded) || common.has(squeezed)) return true;
  if (new Set(squeezed).size < 3) return true;
  // A common word between a predictable beginning and ending.
  const [, head = '', core = '', tail = ''] = /^([^a-z]*)(.*?)([^a-z]*)$/.exec(squeezed) ?? [];
  if (core.length < 4 || !isPredictableAffix(head, common) || !isPredictableAffix(tail, common)) return false;
  const forms = [core, core.replace(/[^a-z0-9]/g, ''), unLeet(core), unLeet(core).replace(/[^a-z]/g, '')];
  return forms.some((form) => form.length >= 4 && common.has(form));
}

/**
 * Digits and symbols a guesser tries first around a word: short ones (a year, "123", "@"), a common
 * password itself ("123456"), one digit repeated, a run ("456789", "987654") or a date ("15101990").
 */
function isPredictableAffix(affix: string, common: ReadonlySet<string>): boolean {
  const digits = affix.replace(/\D/g, '');
  return digits.length <= 4 || common.has(digits) || common.has(affix) || /^(\d)\1+$/.test(digits) || isRun(digits) || isDate(digits);
}

function isRun(digits: string): boolean {
  const up = '01234567890123456789';
  const down = '98765432109876543210';
  return up.includes(digits) || down.includes(digits);
}

function isDate(digits: string): boolean {
  const day = (d: string) => +d >= 1 && +d <= 31;
  const month = (m: string) => +m >= 1 && +m <= 12;
  const year = (y: string) => y.length === 2 || (+y >= 1900 && +y <= 2099);
  if (digits.length === 6) return day(digits.slice(0, 2)) && month(digits.slice(2, 4));
  if (digits.length !== 8) return false;
  const ddmmyyyy = day(digits.slice(0, 2)) && month(digits.slice(2, 4)) && year(digits.slice(4));
  const yyyymmdd = year(digits.slice(0, 4)) && month(digits.slice(4, 6)) && day(digits.slice(6));
  const mmddyyyy = month(digits.slice(0, 2)) && day(digits.slice(2, 4)) && year(digits.slice(4));
  return ddmmyyyy || yyyymmdd || mmddyyyy;
}
