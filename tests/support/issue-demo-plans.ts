import { expect } from 'vitest';
import type { TestApp } from './test-app';

type PlanItem = { id: string; year: number; organization: { code: string } };

/**
 * Brings a demo body's draft plans into force through the API, as its coordinator and director would:
 * only plans in force ask work of anyone, so tests of the work start here.
 */
export async function issueDraftPlans(t: TestApp, bodyCode: string, year = 2026): Promise<string[]> {
  const prefix = bodyCode.toLowerCase();
  const coordinator = await t.login(`${prefix}.coordinator`);
  const director = await t.login(`${prefix}.director`);
  const drafts: PlanItem[] = (await t.request('GET', '/api/plans?state=draft&limit=100', { cookie: coordinator })).json().items;
  const mine = drafts.filter((p) => p.organization.code === bodyCode && p.year === year);
  for (const plan of mine) {
    expect((await t.request('POST', `/api/plans/${plan.id}/transition`, { cookie: coordinator, body: { to: 'submitted' } })).statusCode).toBe(200);
    expect((await t.request('POST', `/api/plans/${plan.id}/transition`, { cookie: director, body: { to: 'issued' } })).statusCode).toBe(200);
  }
  return mine.map((p) => p.id);
}
