import { useCallback, useMemo } from 'react';
import { foldText } from '../../shared/fold';
import type { AssigneeRef, OrganizationDto } from '../api/types';
import { useT } from '../i18n/I18nProvider';
import { organizationTreeOptions, type TreeOption } from '../organizations/OrganizationTreeSelect';
import { useExternalBodies, useGroups, useOrganizations } from '../organizations/queries';
import { subtreeIds } from '../organizations/tree';

export const refKey = (ref: AssigneeRef) => `${ref.type}:${ref.id}`;

export function refFromKey(key: string): AssigneeRef | null {
  const [type, id] = key.split(':');
  return (type === 'organization' || type === 'group' || type === 'external') && id ? { type, id } : null;
}

export type AssigneeDirectory = {
  /** Groups, the body's tree and its external bodies, as the options of one tree picker. */
  options: TreeOption[];
  nameOf: (ref: AssigneeRef) => string;
  orgName: (id: string) => string;
};

const header = (value: string, title: string, children: TreeOption[]): TreeOption => ({ value, title, search: '', selectable: false, children });

/**
 * Who a plan of this body may give work to, and the names of those it already has (the plan itself
 * names them, so a reader below the issuing body sees them too).
 */
export function useAssigneeDirectory(body: { id: string; name: string }, knownNames: Record<string, string> = {}): AssigneeDirectory {
  const t = useT();
  const orgs = useOrganizations();
  const visible = orgs.byId.has(body.id);
  const groups = useGroups(body.id, visible);
  const externals = useExternalBodies(body.id, visible);

  const options = useMemo(() => {
    const inBody = subtreeIds(body.id, orgs.items);
    const tree = organizationTreeOptions(
      orgs.items.filter((o) => inBody.has(o.id)),
      (o: OrganizationDto) => !o.retiredAt,
      (o) => refKey({ type: 'organization', id: o.id }),
    );
    const groupOptions = (groups.data?.items ?? []).map((g) => ({ value: refKey({ type: 'group', id: g.id }), title: g.name, search: foldText(g.name), children: [] }));
    const externalOptions = (externals.data?.items ?? [])
      .filter((e) => !e.retiredAt)
      .map((e) => ({ value: refKey({ type: 'external', id: e.id }), title: e.name, search: foldText(`${e.name} ${e.code ?? ''}`), children: [] }));
    return [
      ...(groupOptions.length ? [header('header:groups', t('assignee.groups'), groupOptions)] : []),
      ...tree,
      ...(externalOptions.length ? [header('header:external', t('assignee.external'), externalOptions)] : []),
    ];
  }, [body.id, orgs.items, groups.data, externals.data, t]);

  const names = useMemo(() => {
    // The plan names what it mentions; the lists the reader can see add the rest for the pickers.
    const map = new Map<string, string>(Object.entries(knownNames));
    for (const o of orgs.items) map.set(refKey({ type: 'organization', id: o.id }), o.name);
    for (const g of groups.data?.items ?? []) map.set(refKey({ type: 'group', id: g.id }), g.name);
    for (const e of externals.data?.items ?? []) map.set(refKey({ type: 'external', id: e.id }), e.name);
    return map;
  }, [knownNames, orgs.items, groups.data, externals.data]);

  const nameOf = useCallback((ref: AssigneeRef) => names.get(refKey(ref)) ?? t('assignee.ofBody', { body: body.name }), [names, t, body.name]);
  const orgName = useCallback((id: string) => nameOf({ type: 'organization', id }), [nameOf]);
  return { options, nameOf, orgName };
}
