import type { TestApp } from './test-app';

/**
 * Issues the district health centre's 2026 plan when the demo left it a draft: only the work of plans
 * in force is listed and counted, and these suites follow that work. Through the API, as its
 * coordinator (submit) and director (issue) would.
 */
export async function issueCentrePlan(t: TestApp): Promise<void> {
  const coordinator = await t.login('ttyt-lccd.coordinator');
  const plans: { id: string; year: number; state: string; organization: { code: string } }[] = (await t.request('GET', '/api/plans?limit=100', { cookie: coordinator })).json().items;
  const plan = plans.find((p) => p.organization.code === 'TTYT-LCCD' && p.year === 2026);
  if (!plan || plan.state === 'issued') return;
  if (plan.state === 'draft') await t.request('POST', `/api/plans/${plan.id}/transition`, { cookie: coordinator, body: { to: 'submitted' } });
  const issued = await t.request('POST', `/api/plans/${plan.id}/transition`, { cookie: await t.login('ttyt-lccd.director'), body: { to: 'issued' } });
  if (issued.statusCode !== 200) throw new Error(`could not issue the centre's plan: ${issued.body}`);
}
