import type { UserRow } from '../../db/repositories/users';

/** What the audit trail keeps of an account: never the password hash. */
export function userAuditFields(row: UserRow) {
  return { username: row.username, fullName: row.full_name, email: row.email, title: row.title, disabledAt: row.disabled_at };
}
