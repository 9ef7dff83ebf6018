import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CommunicationTargetDto, GoodPracticeDto, GoodPracticeListDto, MediaStatsDto } from '../../shared/schemas/media-insights';
import { api } from '../api/client';

export type GoodPracticeScope = GoodPracticeListDto['scope'];
export type StatsFilters = { from: string; to: string; groupBy: MediaStatsDto['groupBy']; scope: MediaStatsDto['scope'] };

const GOOD_PRACTICES_KEY = ['good-practices'] as const;

export function useGoodPractices(month: string, scope: GoodPracticeScope) {
  return useQuery({
    queryKey: [...GOOD_PRACTICES_KEY, month, scope],
    queryFn: () => api<GoodPracticeListDto>('/api/good-practices', { query: { month, scope } }),
    placeholderData: keepPreviousData,
  });
}

export function useSubmitGoodPractices(onSent: (list: GoodPracticeListDto, count: number) => void) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { month: string; itemIds: string[] }) => api<GoodPracticeListDto>('/api/good-practices/submissions', { method: 'POST', body }),
    onSuccess: (list, body) => {
      client.setQueryData([...GOOD_PRACTICES_KEY, list.month, 'own'], list);
      onSent(list, body.itemIds.length);
    },
  });
}

export function useSelectGoodPractice() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, selected }: { id: string; selected: boolean }) => api<GoodPracticeDto>(`/api/good-practices/${id}/selection`, { method: 'POST', body: { selected } }),
    onSuccess: () => client.invalidateQueries({ queryKey: GOOD_PRACTICES_KEY }),
  });
}

export function useMediaStats(filters: StatsFilters, enabled = true) {
  return useQuery({
    enabled,
    queryKey: ['media-stats', filters],
    queryFn: () => api<MediaStatsDto>('/api/media-stats', { query: { ...filters } }),
    placeholderData: keepPreviousData,
  });
}

export function useCommunicationTargets(planId: string) {
  return useQuery({
    queryKey: ['plans', planId, 'communication-targets'],
    queryFn: () => api<CommunicationTargetDto[]>(`/api/plans/${planId}/communication-targets`),
  });
}
