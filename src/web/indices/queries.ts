import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { IndexResultDto, KpiDto, saveIndexResultSchema } from '../../shared/schemas/indices';
import { api } from '../api/client';

export type IndexResultInput = z.input<typeof saveIndexResultSchema>;
const KEY = ['indices'] as const;

export function useIndexResults() {
  return useQuery({ queryKey: [...KEY, 'results'], queryFn: () => api<{ items: IndexResultDto[]; canEdit: boolean }>('/api/indices') });
}

export function useKpis(year: number) {
  return useQuery({ queryKey: [...KEY, 'kpis', year], queryFn: () => api<{ year: number; items: KpiDto[] }>('/api/indices/kpis', { query: { year } }) });
}

function useIndexWrite<Input>(send: (input: Input) => Promise<unknown>, onDone?: () => void) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: KEY });
      onDone?.();
    },
  });
}

export function useSaveIndexResult<Values>(toBody: (values: Values) => IndexResultInput, onDone?: () => void) {
  return useIndexWrite((values: Values) => api<IndexResultDto>('/api/indices', { method: 'PUT', body: toBody(values) }), onDone);
}

export function useDeleteIndexResult() {
  return useIndexWrite((id: string) => api<null>(`/api/indices/${id}`, { method: 'DELETE' }));
}
