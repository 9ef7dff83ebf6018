import { useOrganizations } from '../organizations/queries';

/** The departments of a body still working, as picker options: what a step or the responsibility may name. */
export function useBodyUnits(bodyId: string) {
  const orgs = useOrganizations();
  return orgs.items.filter((org) => org.bodyId === bodyId && !org.isBody && !org.retiredAt).map((unit) => ({ value: unit.id, label: unit.name }));
}
