import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadWorkOfBodies, yearRange } from '../../src/server/commands/counted-work';
import { workVersionsOf } from '../../src/db/repositories/counted-work';
import { createTestApp, DIALECTS, orgId, type TestApp } from '../support/test-app';

/**
 * Work versions (migration 0020): triggers bump a body's version when what its work is counted on is
 * written (a period's status, a task's title, a plan's state, a department's name), on both databases and
 * whoever writes; a note or a sign-in does not. The counted work of a province is then read again only
 * for the bodies whose version moved.
 */
describe.each(DIALECTS)('work versions on %s', (dialect) => {
  let t: TestApp;
  let bvsn: string;
  let lccd: string;
  let doh: string;
  const versions = async () => workVersionsOf(t.store.db, [bvsn, lccd, doh]);
  const moved = (before: Map<string, number>, after: Map<string, number>) => [bvsn, lccd, doh].filter((id) => before.get(id) !== after.get(id)).map((id) => ({ [bvsn]: 'BVSN', [lccd]: 'TTYT-LCCD', [doh]: 'SYT-LC' })[id]);

  beforeAll(async () => {
    t = await createTestApp(dialect, { demoHistory: true });
    [bvsn, lccd, doh] = (await Promise.all(['BVSN', 'TTYT-LCCD', 'SYT-LC'].map((code) => orgId(t.store, code)))) as [string, string, string];
  }, 120_000);
  afterAll(() => t.close());

  const openPeriodOf = async (bodyId: string) =>
    t.store.db
      .selectFrom('occurrences as oc')
      .innerJoin('organizations as o', 'o.id', 'oc.organization_id')
      .select(['oc.id', 'oc.task_id', 'oc.plan_id', 'oc.status'])
      .where('o.body_id', '=', bodyId)
      .where('oc.detached_at', 'is', null)
      .where('oc.status', '=', 'not_started')
      .executeTakeFirstOrThrow();

  it("moves a body's version when one of its periods changes status, not when its note does", async () => {
    const period = await openPeriodOf(bvsn);
    let before = await versions();
    await t.store.db.updateTable('occurrences').set({ note: 'Chỉ là ghi chú' }).where('id', '=', period.id).execute();
    expect(moved(before, await versions())).toEqual([]);
    before = await versions();
    await t.store.db.updateTable('occurrences').set({ status: 'in_progress' }).where('id', '=', period.id).execute();
    expect(moved(before, await versions())).toEqual(['BVSN']);
  });

  it("moves every body that shows a task when the department of health renames it, and the bodies of a plan's periods when its state changes", async () => {
    const dohPeriod = await t.store.db
      .selectFrom('occurrences as oc')
      .innerJoin('plans as p', 'p.id', 'oc.plan_id')
      .innerJoin('organizations as o', 'o.id', 'oc.organization_id')
      .select(['oc.task_id', 'oc.plan_id'])
      .where('p.organization_id', '=', doh)
      .where('o.body_id', '=', lccd)
      .executeTakeFirstOrThrow();
    let before = await versions();
    await t.store.db.updateTable('tasks').set({ title: 'Nhiệm vụ đổi tên' }).where('id', '=', dohPeriod.task_id).execute();
    expect(moved(before, await versions())).toContain('TTYT-LCCD');
    expect(moved(before, await versions())).toContain('SYT-LC');
    before = await versions();
    const plan = await t.store.db.selectFrom('plans').select('state').where('id', '=', dohPeriod.plan_id).executeTakeFirstOrThrow();
    await t.store.db.updateTable('plans').set({ state: plan.state === 'issued' ? 'closed' : 'issued' }).where('id', '=', dohPeriod.plan_id).execute();
    expect(moved(before, await versions())).toContain('TTYT-LCCD');
    await t.store.db.updateTable('plans').set({ state: plan.state }).where('id', '=', dohPeriod.plan_id).execute();
  });

  it("moves a body's version when one of its departments is renamed, and a sign-in moves none", async () => {
    let before = await versions();
    await t.login('bvsn.coordinator');
    expect(moved(before, await versions())).toEqual([]);
    before = await versions();
    const unit = await t.store.db.selectFrom('organizations').select(['id', 'name']).where('body_id', '=', lccd).where('id', '!=', lccd).executeTakeFirstOrThrow();
    await t.store.db.updateTable('organizations').set({ name: `${unit.name} (mới)` }).where('id', '=', unit.id).execute();
    expect(moved(before, await versions())).toEqual(['TTYT-LCCD']);
  });

  it("reads again only the body whose work changed, and counts its change", async () => {
    const range = yearRange(2026);
    const first = await loadWorkOfBodies(t.store.db, [bvsn, lccd], range);
    const again = await loadWorkOfBodies(t.store.db, [bvsn, lccd], range);
    expect(again.get(bvsn)).toBe(first.get(bvsn));
    expect(again.get(lccd)).toBe(first.get(lccd));

    const period = first.get(lccd)!.find((o) => o.status === 'not_started' || o.status === 'in_progress')!;
    await t.store.db.updateTable('occurrences').set({ status: 'submitted' }).where('id', '=', period.id).execute();
    const after = await loadWorkOfBodies(t.store.db, [bvsn, lccd], range);
    expect(after.get(bvsn)).toBe(first.get(bvsn));
    expect(after.get(lccd)).not.toBe(first.get(lccd));
    expect(after.get(lccd)!.find((o) => o.id === period.id)?.status).toBe('submitted');
  });
});
