import { expect } from 'vitest';
import { orgId, type TestApp } from './test-app';

/** Friday 26/06/2026, 07:30 in Vietnam: three working days ahead reach Wednesday 01/07. */
export const REMINDER_MORNING = new Date('2026-06-26T00:30:00Z');
export const REMINDER_TODAY = '2026-06-26';
export const REMINDER_HORIZON = '2026-07-01';

/**
 * Puts the health centre's draft communication plan in force: it gives quarterly work (due 31/03,
 * 30/06, 30/09, 31/12) to the TCHC-TCKT office, whose reporter is "ttyt-lccd.tchc-tckt". Answers that
 * office's work with its due dates.
 */
export async function issueHealthCentreCommunicationPlan(t: TestApp): Promise<{ planId: string; officeWork: { id: string; taskId: string; due: string }[] }> {
  const ttyt = await orgId(t.store, 'TTYT-LCCD');
  const plan = await t.store.db.selectFrom('plans').select('id').where('organization_id', '=', ttyt).where('state', '=', 'draft').where('year', '=', 2026).executeTakeFirstOrThrow();
  expect((await t.request('POST', `/api/plans/${plan.id}/transition`, { cookie: await t.login('ttyt-lccd.coordinator'), body: { to: 'submitted' } })).statusCode).toBe(200);
  expect((await t.request('POST', `/api/plans/${plan.id}/transition`, { cookie: await t.login('ttyt-lccd.director'), body: { to: 'issued', issuedOn: '2026-01-20' } })).statusCode).toBe(200);
  const office = await orgId(t.store, 'TCHC-TCKT', 'TTYT-LCCD');
  const rows = await t.store.db.selectFrom('occurrences').select(['id', 'task_id', 'due']).where('plan_id', '=', plan.id).where('organization_id', '=', office).where('due', 'is not', null).execute();
  return { planId: plan.id, officeWork: rows.map((r) => ({ id: r.id, taskId: r.task_id, due: r.due! })) };
}
