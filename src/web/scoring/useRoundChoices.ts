import { useMemo } from 'react';
import type { OrganizationDto } from '../api/types';
import { useOrganizations } from '../organizations/queries';
import { useBodyPeople } from './queries';

type Choice = { value: string; label: string };

/** Is `org` somewhere below `ownerId` in the tree? Walked up by parent, as the list carries no paths. */
function isBelow(org: OrganizationDto, ownerId: string, byId: Map<string, OrganizationDto>): boolean {
  for (let parent = org.parentId; parent; parent = byId.get(parent)?.parentId ?? null) if (parent === ownerId) return true;
  return false;
}

/**
 * What a department of health may put in a round: the bodies under it still in service (its hospitals and
 * centres) and the people of its own body (its offices included) for the review team.
 */
export function useRoundChoices(ownerId: string): { bodies: Choice[]; people: Choice[]; loading: boolean } {
  const orgs = useOrganizations();
  const units = useMemo(() => orgs.items.filter((o) => o.bodyId === ownerId && !o.retiredAt).map((o) => o.id), [orgs.items, ownerId]);
  const people = useBodyPeople(units);
  return useMemo(() => {
    const bodies = orgs.items
      .filter((o) => o.isBody && !o.retiredAt && o.id !== ownerId && isBelow(o, ownerId, orgs.byId))
      .map((o) => ({ value: o.id, label: o.name }))
      .sort((a, b) => a.label.localeCompare(b.label, 'vi'));
    const reviewers = (people.data ?? []).map((u) => {
      // "Ngô Thị Mai — Phòng Tổ chức cán bộ": the office tells two people of the same name apart.
      const where = u.roles.find((r) => r.organization.bodyId === ownerId)?.organization.name;
      return { value: u.id, label: [u.fullName, u.title ?? where].filter(Boolean).join(' — ') };
    });
    return { bodies, people: reviewers, loading: orgs.isPending || people.isPending };
  }, [orgs.items, orgs.byId, orgs.isPending, people.data, people.isPending, ownerId]);
}
