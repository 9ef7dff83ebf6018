import type { Kysely } from 'kysely';
import { unwatchTable, watchTable } from './data-version-triggers';

/**
 * Keys for other systems (issue 18): a province's e-office, the People's Committee's reporting system. A key
 * belongs to one body and acts through an account of its own (`user_id`, which signs nothing in and holds no
 * role row), so whatever it writes carries an author like any person's change. Only a hash of the secret is
 * kept; `prefix` finds the key without it and is what screens show.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('api_keys')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().unique().references('users.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('prefix', 'text', (c) => c.notNull().unique())
    .addColumn('secret_hash', 'text', (c) => c.notNull())
    .addColumn('requests_per_minute', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_used_at', 'text')
    .addColumn('revoked_at', 'text')
    .addColumn('revoked_by', 'text', (c) => c.references('users.id'))
    .execute();
  await db.schema.createIndex('api_keys_organization_idx').on('api_keys').columns(['organization_id', 'created_at']).execute();
  await watchTable(db, 'api_keys');
}

export async function down(db: Kysely<any>): Promise<void> {
  await unwatchTable(db, 'api_keys');
  await db.schema.dropTable('api_keys').execute();
}
