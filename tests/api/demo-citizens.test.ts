import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInVietnam } from '../../src/domain/calendar';
import { FEEDBACK_STATES } from '../../src/shared/feedback-vocabulary';
import { createTestApp, DIALECTS, orgId, type TestApp } from '../support/test-app';

/** The demo's citizens, as a hospital's customer-care team would find them after living the year. */
describe.each(DIALECTS)("the demo's feedback and surveys on %s", (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect, { demoHistory: true });
  });
  afterAll(() => t.close());

  it('gives BVSN and TTYT-LCCD a dozen feedback items in every state, one past due, some answers published', async () => {
    const today = todayInVietnam(new Date());
    for (const code of ['BVSN', 'TTYT-LCCD']) {
      const bodyId = await orgId(t.store, code);
      const items = await t.store.db.selectFrom('feedback_items').selectAll().where('organization_id', '=', bodyId).execute();
      expect(items.length).toBeGreaterThanOrEqual(10);
      expect(new Set(items.map((i) => i.state))).toEqual(new Set(FEEDBACK_STATES));
      expect(items.filter((i) => (i.state === 'received' || i.state === 'assigned') && i.due_on < today).length).toBeGreaterThanOrEqual(1);
      expect(items.filter((i) => i.answer_published_at !== null).length).toBeGreaterThanOrEqual(2);
      expect(items.filter((i) => i.answered_on !== null && i.answered_on > i.due_on).length).toBeGreaterThanOrEqual(1);
      // Every step is on a day no later than today, and an item's steps run in order.
      const events = await t.store.db.selectFrom('feedback_events').select(['feedback_id', 'at']).where('feedback_id', 'in', items.map((i) => i.id)).orderBy('at').execute();
      expect(events.every((e) => e.at.slice(0, 10) <= today)).toBe(true);
      expect(new Set(items.map((i) => i.tracking_code)).size).toBe(items.length);
    }
  });

  it('gives each of them a SIPAS survey with a few hundred anonymous answers spread over the months', async () => {
    for (const code of ['BVSN', 'TTYT-LCCD']) {
      const bodyId = await orgId(t.store, code);
      const survey = await t.store.db.selectFrom('surveys').selectAll().where('organization_id', '=', bodyId).executeTakeFirstOrThrow();
      expect(survey).toMatchObject({ template: 'sipas', state: 'published' });
      const responses = await t.store.db.selectFrom('survey_responses').select(['answered_on', 'device_hash']).where('survey_id', '=', survey.id).execute();
      expect(responses.length).toBeGreaterThanOrEqual(250);
      expect(new Set(responses.map((r) => r.answered_on.slice(0, 7))).size).toBeGreaterThanOrEqual(2);
      const points = await t.store.db.selectFrom('survey_scale_answers').select(['point', 'aspect']).where('survey_id', '=', survey.id).execute();
      const satisfied = points.filter((p) => p.point >= 4).length / points.length;
      expect(satisfied).toBeGreaterThan(0.6);
      expect(satisfied).toBeLessThan(0.97);
      expect(new Set(points.map((p) => p.aspect))).toEqual(new Set(['access', 'procedure', 'staff', 'result', 'feedback_handling']));
    }
  });
});
