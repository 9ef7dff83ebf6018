import type { AssigneeRef, OrganizationDto } from '../../api/types';
import { api } from '../../api/client';
import { draftToPlan } from '../../../shared/plan-import/draft-to-plan';
import type { PlanDraft } from '../../../shared/schemas/plan-import';
import type { PlanDetailDto } from '../../api/types';
import { codeFor, proposalOf, resolveKey, type ChoiceKey } from './choices';

/** A task of the draft under review: its lead and coordinators already chosen (picker keys, not names). */
export type ReviewedDraft = PlanDraft;

/**
 * Saves the reviewed draft: the new departments and external bodies the person accepted are created
 * first, then the plan goes through POST /api/plans like any other draft.
 */
export async function savePlanImport(draft: ReviewedDraft, body: { id: string }, organizations: OrganizationDto[]): Promise<PlanDetailDto> {
  const keys = new Set<ChoiceKey>(draft.tasks.flatMap((t) => [t.lead ?? '', ...t.coordinators]).filter(Boolean));
  const taken = new Set(organizations.filter((o) => o.bodyId === body.id).map((o) => o.code));
  const created = new Map<ChoiceKey, AssigneeRef>();
  for (const key of keys) {
    const proposal = proposalOf(key);
    if (!proposal) continue;
    if (proposal.kind === 'new_unit') {
      const code = codeFor(proposal.name, taken);
      taken.add(code);
      const unit = await api<{ id: string }>('/api/organizations', { method: 'POST', body: { parentId: body.id, kind: 'office', code, name: proposal.name } });
      created.set(key, { type: 'organization', id: unit.id });
    } else {
      const external = await api<{ id: string }>('/api/external-bodies', { method: 'POST', body: { ownerId: body.id, name: proposal.name } });
      created.set(key, { type: 'external', id: external.id });
    }
  }
  const resolved = Object.fromEntries([...keys].map((k) => [k, resolveKey(k, created)]));
  return api<PlanDetailDto>('/api/plans', { method: 'POST', body: { organizationId: body.id, ...draftToPlan(draft, resolved) } });
}
