import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { PlanKind, PlanState } from '../../shared/plan-vocabulary';
import type { createPlanSchema, transitionPlanSchema, updatePlanSchema } from '../../shared/schemas/plans-api';
import { api } from '../api/client';
import type { Page, PlanDetailDto, PlanSummaryDto, PlanVersionDocumentDto, PlanVersionDto } from '../api/types';

export type PlanListFilters = { year?: number; kind?: PlanKind; state?: PlanState; organizationId?: string; q?: string };
export type PlanUpdate = z.input<typeof updatePlanSchema>;
export type PlanCreate = z.input<typeof createPlanSchema>;
export type PlanTransition = z.input<typeof transitionPlanSchema>;

export const PLANS_KEY = ['plans'] as const;
const detailKey = (id: string) => [...PLANS_KEY, 'detail', id] as const;

export function usePlanList(filters: PlanListFilters, cursor?: string, limit = 20) {
  return useQuery({
    queryKey: [...PLANS_KEY, 'list', filters, cursor, limit],
    queryFn: () => api<Page<PlanSummaryDto>>('/api/plans', { query: { ...filters, q: filters.q?.trim(), cursor, limit } }),
    placeholderData: keepPreviousData,
  });
}

export function usePlan(id: string) {
  return useQuery({ queryKey: detailKey(id), queryFn: () => api<PlanDetailDto>(`/api/plans/${id}`) });
}

export function usePlanChildren(id: string) {
  return useQuery({ queryKey: [...PLANS_KEY, 'children', id], queryFn: () => api<Page<PlanSummaryDto>>(`/api/plans/${id}/children`) });
}

export function usePlanVersions(id: string) {
  return useQuery({ queryKey: [...PLANS_KEY, 'versions', id], queryFn: () => api<{ items: PlanVersionDto[] }>(`/api/plans/${id}/versions`) });
}

/** A version exactly as kept when it was issued. */
export function usePlanVersion(id: string, version: number | null) {
  return useQuery({
    queryKey: [...PLANS_KEY, 'version', id, version],
    queryFn: () => api<PlanVersionDocumentDto>(`/api/plans/${id}/versions/${version}`),
    enabled: version !== null,
    staleTime: Infinity,
  });
}

/** After a write the answer is the plan as now stored; lists, children and versions are read again. */
function usePlanWrite<Input>(send: (input: Input) => Promise<PlanDetailDto>, onSaved?: (plan: PlanDetailDto) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: async (plan) => {
      queryClient.setQueryData(detailKey(plan.id), plan);
      await queryClient.invalidateQueries({ queryKey: PLANS_KEY, predicate: (q) => q.queryKey[2] !== plan.id || q.queryKey[1] !== 'detail' });
      onSaved?.(plan);
    },
  });
}

/** Saves what a form holds, turned into the API's body by `toBody`. */
export function useSavePlan<Values>(id: string, toBody: (values: Values) => PlanUpdate, onSaved?: (plan: PlanDetailDto) => void) {
  return usePlanWrite((values: Values) => api<PlanDetailDto>(`/api/plans/${id}`, { method: 'PATCH', body: toBody(values) }), onSaved);
}

export function useTransitionPlan<Values>(id: string, toBody: (values: Values) => PlanTransition, onSaved?: (plan: PlanDetailDto) => void) {
  return usePlanWrite((values: Values) => api<PlanDetailDto>(`/api/plans/${id}/transition`, { method: 'POST', body: toBody(values) }), onSaved);
}

export function useCreatePlan<Values>(toBody: (values: Values) => PlanCreate, onSaved?: (plan: PlanDetailDto) => void) {
  return usePlanWrite((values: Values) => api<PlanDetailDto>('/api/plans', { method: 'POST', body: toBody(values) }), onSaved);
}
