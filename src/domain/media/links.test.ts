import { describe, expect, it } from 'vitest';
import { occurrenceLinkable, taskLinkable, unlinkableIds } from './links';

describe('links of an item to the work it fulfils', () => {
  it("takes the body's own tasks in any state and issued tasks above that the body carries out", () => {
    expect(taskLinkable('bvsn', { id: 't', plan_body_id: 'bvsn', plan_state: 'draft', carrier_body_ids: [] })).toBe(true);
    expect(taskLinkable('bvsn', { id: 't', plan_body_id: 'syt', plan_state: 'issued', carrier_body_ids: ['bvsn', 'ttyt'] })).toBe(true);
    expect(taskLinkable('bvsn', { id: 't', plan_body_id: 'syt', plan_state: 'draft', carrier_body_ids: ['bvsn'] })).toBe(false);
    expect(taskLinkable('bvsn', { id: 't', plan_body_id: 'syt', plan_state: 'issued', carrier_body_ids: ['ttyt'] })).toBe(false);
    expect(occurrenceLinkable('bvsn', { id: 'o', plan_body_id: 'syt', plan_state: 'closed', carrier_body_id: 'bvsn' })).toBe(true);
    expect(occurrenceLinkable('bvsn', { id: 'o', plan_body_id: 'ttyt', plan_state: 'issued', carrier_body_id: 'ttyt' })).toBe(false);
  });

  it('names the ids that may not be linked, unknown ones too', () => {
    const found = [{ id: 'a', ok: true }, { id: 'b', ok: false }];
    expect(unlinkableIds(['a', 'b', 'c'], found, (r) => r.ok)).toEqual(['b', 'c']);
  });
});
