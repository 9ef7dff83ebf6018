import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api } from '../api/client';
import type { ExternalBodyDto, GroupDto, OrganizationDto, Page } from '../api/types';
import { ME_QUERY_KEY } from '../session/useMe';

export const ORGANIZATIONS_KEY = ['organizations'] as const;

/** Every node the person can see, retired ones included; small enough (a province) to load at once. */
export function useOrganizations() {
  const query = useQuery({
    queryKey: ORGANIZATIONS_KEY,
    queryFn: () => api<Page<OrganizationDto>>('/api/organizations', { query: { limit: 5000, includeRetired: 1 } }),
    staleTime: 60_000,
  });
  const items = useMemo(() => query.data?.items ?? [], [query.data]);
  const byId = useMemo(() => new Map(items.map((o) => [o.id, o])), [items]);
  return { ...query, items, byId };
}

/** After a change to the tree; the header shows the person's own body, which may be the one renamed. */
export function useInvalidateOrganizations() {
  const queryClient = useQueryClient();
  return () => Promise.all([queryClient.invalidateQueries({ queryKey: ORGANIZATIONS_KEY }), queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY })]);
}

export const groupsKey = (ownerId: string) => ['groups', ownerId] as const;
export const externalBodiesKey = (ownerId: string) => ['external-bodies', ownerId] as const;

/** The groups of a body ("Các khoa, phòng trực thuộc" and hand-picked ones); off for a body the person cannot see. */
export function useGroups(ownerId: string, enabled = true) {
  return useQuery({
    queryKey: groupsKey(ownerId),
    queryFn: () => api<Page<GroupDto>>('/api/groups', { query: { ownerId } }),
    enabled,
    staleTime: 60_000,
  });
}

/** A body's registry of bodies outside the tree, retired ones included so old assignments keep their names. */
export function useExternalBodies(ownerId: string, enabled = true) {
  return useQuery({
    queryKey: externalBodiesKey(ownerId),
    queryFn: () => api<Page<ExternalBodyDto>>('/api/external-bodies', { query: { ownerId, includeRetired: 1, limit: 1000 } }),
    enabled,
    staleTime: 60_000,
  });
}
