import { readFileSync } from 'node:fs';
import { parseCommonPasswords, passwordProblem, PASSWORD_MESSAGES } from '../../domain/auth/password-policy';
import { badRequest } from '../errors';

let common: Set<string> | undefined;
/** The bundled list of common passwords, read once (a few thousand lines, no network). */
export function commonPasswords(): ReadonlySet<string> {
  common ??= parseCommonPasswords(readFileSync(new URL('../../domain/auth/common-passwords.txt', import.meta.url), 'utf8'));
  return common;
}

/** The Vietnamese reason `password` may not be set for `username`, or null when it may. */
export function weakPasswordReason(password: string, username: string | null): string | null {
  const problem = passwordProblem(password, { username }, commonPasswords());
  return problem ? PASSWORD_MESSAGES[problem] : null;
}

/** 400 WEAK_PASSWORD naming the form field, so the form shows the reason under it. */
export const weakPassword = (field: string, reason: string) => badRequest('WEAK_PASSWORD', reason, [{ field, message: reason }]);

/** Refuses a new password that breaks the policy (src/domain/auth/password-policy.ts). */
export function requireAcceptablePassword(password: string, username: string | null, field: string): void {
  const reason = weakPasswordReason(password, username);
  if (reason) throw weakPassword(field, reason);
}
