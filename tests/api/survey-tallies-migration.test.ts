import { Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../src/db/database';
import { migrations } from '../../src/db/migrations';
import { openTestStore, DIALECTS } from '../support/test-app';

/**
 * Migration 0019 counts the answers a database already holds into day tallies: a body that upgrades keeps
 * its satisfaction rates. Taken down and up again on the demo's lived year, the tallies equal the raw answers.
 */
describe.each(DIALECTS)('survey tallies migration on %s', (dialect) => {
  let opened: Awaited<ReturnType<typeof openTestStore>>;
  beforeAll(async () => {
    opened = await openTestStore(dialect, { demoHistory: true });
  });
  afterAll(() => opened.dispose());

  it('fills the tallies from the answers already kept', async () => {
    const db = opened.store.db;
    const before = await db.selectFrom('survey_scale_tallies').selectAll().execute();
    expect(before.length).toBeGreaterThan(100);

    // Down to the migration before the tallies (and whatever came after them), then up again.
    const down = await new Migrator({ db, provider: { getMigrations: async () => migrations } }).migrateTo('0018-assessment-rounds');
    expect(down.error).toBeUndefined();
    expect(down.results?.find((r) => r.migrationName === '0019-survey-scale-tallies')).toMatchObject({ direction: 'Down', status: 'Success' });
    await migrateToLatest(db);

    const after = await db.selectFrom('survey_scale_tallies').selectAll().execute();
    const line = (r: (typeof after)[number]) => `${r.survey_id} ${r.organization_id} ${r.answered_on} ${r.aspect} ${Number(r.answered)} ${Number(r.satisfied)}`;
    expect(after.map(line).sort()).toEqual(before.map(line).sort());
    const answers = await db.selectFrom('survey_scale_answers').select(sql<number | string>`count(*)`.as('n')).executeTakeFirstOrThrow();
    expect(after.reduce((n, r) => n + Number(r.answered), 0)).toBe(Number(answers.n));
  });
});
