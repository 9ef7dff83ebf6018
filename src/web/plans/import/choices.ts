import type { AssigneeRef } from '../../api/types';
import type { AssigneeMatchDto } from '../../../shared/schemas/plan-import-api';
import { refFromKey, refKey } from '../useAssigneeDirectory';

/**
 * What the person chose for a lead or coordinator, as a picker value: a reference ("organization:…"),
 * or a proposal to create ("new_unit:Khoa Dược", "new_external:Báo Lào Cai") when the plan is saved.
 */
export type ChoiceKey = string;
export type Proposal = { kind: 'new_unit' | 'new_external'; name: string };

export const proposalKey = (p: Proposal): ChoiceKey => `${p.kind}:${p.name}`;

export function proposalOf(key: ChoiceKey): Proposal | null {
  const at = key.indexOf(':');
  const kind = key.slice(0, at);
  return kind === 'new_unit' || kind === 'new_external' ? { kind, name: key.slice(at + 1) } : null;
}

/** The picker value the server's match proposes for a written name. */
export const choiceOf = (match: AssigneeMatchDto | undefined): ChoiceKey | null =>
  !match ? null : 'id' in match ? refKey({ type: match.kind, id: match.id }) : proposalKey(match);

/** A code for a new department from its name's initials ("Khoa Dược" → KD), made unique among the taken ones. */
export function codeFor(name: string, taken: Set<string>): string {
  const initials = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'D')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase())
    .join('')
    .slice(0, 20) || 'DV';
  let code = initials;
  for (let n = 2; taken.has(code); n++) code = `${initials}-${n}`;
  return code;
}

/** The reference a key stands for once every proposal has been created. */
export function resolveKey(key: ChoiceKey, created: Map<ChoiceKey, AssigneeRef>): AssigneeRef | null {
  return created.get(key) ?? refFromKey(key);
}
