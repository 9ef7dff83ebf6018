import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api } from '../api/client';
import type { OrganizationDto, Page } from '../api/types';
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
