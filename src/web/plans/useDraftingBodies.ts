import { useMemo } from 'react';
import { useMe } from '../session/MeContext';

/** Roles that draft a body's plans (the server's `plan.edit`); the server still decides. */
const DRAFTING_ROLES = new Set(['coordinator', 'director']);

/** The bodies the person drafts plans for, to offer "Soạn kế hoạch" and to pick the body when there are several. */
export function useDraftingBodies(): { id: string; name: string }[] {
  const me = useMe();
  return useMemo(() => {
    const bodies = new Map<string, string>();
    for (const grant of me.roles) {
      if (DRAFTING_ROLES.has(grant.role) && grant.organization.id === grant.organization.bodyId) bodies.set(grant.organization.id, grant.organization.name);
    }
    return [...bodies].map(([id, name]) => ({ id, name }));
  }, [me.roles]);
}
