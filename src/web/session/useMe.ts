import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import type { MeDto } from '../api/types';

export const ME_QUERY_KEY = ['me'] as const;

export function useMeQuery() {
  return useQuery({ queryKey: ME_QUERY_KEY, queryFn: () => api<MeDto>('/api/me'), retry: false, staleTime: 5 * 60_000 });
}
