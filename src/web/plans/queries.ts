import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PlanKind, PlanState } from '../../shared/plan-vocabulary';
import { answerOf, typedApi, type RequestBodyOf } from '../api/typed-client';
import type { PlanDetailDto } from '../api/types';

export type PlanListFilters = { year?: number; kind?: PlanKind; state?: PlanState; organizationId?: string; q?: string };
export type PlanUpdate = RequestBodyOf<'/api/plans/{id}', 'patch'>;
export type PlanCreate = RequestBodyOf<'/api/plans', 'post'>;
export type PlanTransition = RequestBodyOf<'/api/plans/{id}/transition', 'post'>;

export const PLANS_KEY = ['plans'] as const;
const detailKey = (id: string) => [...PLANS_KEY, 'detail', id] as const;

export function usePlanList(filters: PlanListFilters, cursor?: string, limit = 20) {
  return useQuery({
    queryKey: [...PLANS_KEY, 'list', filters, cursor, limit],
    queryFn: () => answerOf(typedApi.GET('/api/plans', { params: { query: { ...filters, q: filters.q?.trim() || undefined, cursor, limit } } })),
    placeholderData: keepPreviousData,
  });
}

export function usePlan(id: string) {
  return useQuery({ queryKey: detailKey(id), queryFn: () => answerOf(typedApi.GET('/api/plans/{id}', { params: { path: { id } } })) });
}

export function usePlanChildren(id: string) {
  return useQuery({ queryKey: [...PLANS_KEY, 'children', id], queryFn: () => answerOf(typedApi.GET('/api/plans/{id}/children', { params: { path: { id } } })) });
}

export function usePlanVersions(id: string) {
  return useQuery({ queryKey: [...PLANS_KEY, 'versions', id], queryFn: () => answerOf(typedApi.GET('/api/plans/{id}/versions', { params: { path: { id } } })) });
}

/** A version exactly as kept when it was issued. */
export function usePlanVersion(id: string, version: number | null) {
  return useQuery({
    queryKey: [...PLANS_KEY, 'version', id, version],
    queryFn: () => answerOf(typedApi.GET('/api/plans/{id}/versions/{version}', { params: { path: { id, version: version! } } })),
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
  return usePlanWrite((values: Values) => answerOf(typedApi.PATCH('/api/plans/{id}', { params: { path: { id } }, body: toBody(values) })), onSaved);
}

export function useTransitionPlan<Values>(id: string, toBody: (values: Values) => PlanTransition, onSaved?: (plan: PlanDetailDto) => void) {
  return usePlanWrite((values: Values) => answerOf(typedApi.POST('/api/plans/{id}/transition', { params: { path: { id } }, body: toBody(values) })), onSaved);
}

export function useCreatePlan<Values>(toBody: (values: Values) => PlanCreate, onSaved?: (plan: PlanDetailDto) => void) {
  return usePlanWrite((values: Values) => answerOf(typedApi.POST('/api/plans', { body: toBody(values) })), onSaved);
}
