import { DEFAULT_EMAIL_MODE, EMAIL_MODES, type EmailMode } from '../../shared/email-modes';
import type { Db } from '../database';

const asMode = (value: string | undefined): EmailMode => (EMAIL_MODES as readonly string[]).includes(value ?? '') ? (value as EmailMode) : DEFAULT_EMAIL_MODE;

/** Each person's e-mail mode; someone who never chose has the default. */
export async function emailModesOf(db: Db, userIds: readonly string[]): Promise<Map<string, EmailMode>> {
  const ids = [...new Set(userIds)];
  const rows = ids.length ? await db.selectFrom('notification_settings').select(['user_id', 'email_mode']).where('user_id', 'in', ids).execute() : [];
  const chosen = new Map(rows.map((r) => [r.user_id, r.email_mode]));
  return new Map(ids.map((id) => [id, asMode(chosen.get(id))]));
}

export async function emailModeOf(db: Db, userId: string): Promise<EmailMode> {
  return (await emailModesOf(db, [userId])).get(userId)!;
}

export async function saveEmailMode(db: Db, userId: string, mode: EmailMode, now: string): Promise<void> {
  await db
    .insertInto('notification_settings')
    .values({ user_id: userId, email_mode: mode, updated_at: now })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ email_mode: mode, updated_at: now }))
    .execute();
}
