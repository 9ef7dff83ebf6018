import type { Kysely } from 'kysely';

/**
 * How each person takes workflow notifications by e-mail (immediate, daily digest, off; no row means
 * immediate), and which notifications still wait for their letter: `email_state` is 'pending' until a
 * letter carries the notification ('sent') or it is dropped ('skipped'); null for notifications not
 * e-mailed this way (reminders have their own daily letter). See docs/decisions/0015-notification-email-batching.md.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('notification_settings')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('email_mode', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.alterTable('notifications').addColumn('email_state', 'text').execute();
  await db.schema.alterTable('notifications').addColumn('emailed_at', 'text').execute();
  // The gathering of one person's waiting notifications, and the morning sweep of everyone's.
  await db.schema.createIndex('notifications_email_state_idx').on('notifications').columns(['email_state', 'user_id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('notifications_email_state_idx').execute();
  await db.schema.alterTable('notifications').dropColumn('emailed_at').execute();
  await db.schema.alterTable('notifications').dropColumn('email_state').execute();
  await db.schema.dropTable('notification_settings').execute();
}
