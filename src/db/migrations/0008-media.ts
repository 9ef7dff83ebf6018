import type { Kysely } from 'kysely';

/**
 * Communication work (SPEC §2.6): items through their editorial workflow, where they were published,
 * the channels a body has, the tasks they fulfil, their files, and good practices sent upward.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('media_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('unit_id', 'text', (c) => c.references('organizations.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('summary', 'text')
    .addColumn('body_html', 'text', (c) => c.notNull())
    .addColumn('search_folded', 'text', (c) => c.notNull())
    .addColumn('reform_areas_json', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('good_practice', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('cover_file_id', 'text')
    .addColumn('first_published_on', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_by_name', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('media_items_slug_idx').unique().on('media_items').columns(['organization_id', 'slug']).execute();
  await db.schema.createIndex('media_items_org_state_idx').on('media_items').columns(['organization_id', 'state']).execute();

  await db.schema
    .createTable('media_item_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('item_id', 'text', (c) => c.notNull().references('media_items.id').onDelete('cascade'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_name', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('from_state', 'text')
    .addColumn('to_state', 'text')
    .addColumn('comment', 'text')
    .execute();
  await db.schema.createIndex('media_item_events_item_idx').on('media_item_events').column('item_id').execute();

  await db.schema
    .createTable('media_channels')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('retired_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('media_channels_org_idx').on('media_channels').column('organization_id').execute();

  await db.schema
    .createTable('media_publications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('item_id', 'text', (c) => c.notNull().references('media_items.id').onDelete('cascade'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('channel_id', 'text')
    .addColumn('url', 'text')
    .addColumn('published_on', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('media_publications_item_idx').on('media_publications').column('item_id').execute();
  await db.schema.createIndex('media_publications_on_idx').on('media_publications').column('published_on').execute();

  await db.schema
    .createTable('media_item_links')
    .addColumn('item_id', 'text', (c) => c.notNull().references('media_items.id').onDelete('cascade'))
    .addColumn('task_id', 'text', (c) => c.notNull().references('tasks.id').onDelete('cascade'))
    .addColumn('occurrence_id', 'text', (c) => c.references('occurrences.id').onDelete('cascade'))
    .execute();
  await db.schema.createIndex('media_item_links_item_idx').on('media_item_links').column('item_id').execute();
  await db.schema.createIndex('media_item_links_occurrence_idx').on('media_item_links').column('occurrence_id').execute();

  await db.schema
    .createTable('media_files')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('item_id', 'text', (c) => c.notNull().references('media_items.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('storage_key', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('media_files_item_idx').on('media_files').column('item_id').execute();

  await db.schema
    .createTable('good_practice_submissions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('item_id', 'text', (c) => c.notNull().references('media_items.id').onDelete('cascade'))
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('parent_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addColumn('submitted_by', 'text')
    .addColumn('selected_at', 'text')
    .addColumn('selected_by', 'text')
    .execute();
  await db.schema.createIndex('good_practice_item_month_idx').unique().on('good_practice_submissions').columns(['item_id', 'month']).execute();
  await db.schema.createIndex('good_practice_parent_month_idx').on('good_practice_submissions').columns(['parent_id', 'month']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['good_practice_submissions', 'media_files', 'media_item_links', 'media_publications', 'media_channels', 'media_item_events', 'media_items']) {
    await db.schema.dropTable(table).execute();
  }
}
