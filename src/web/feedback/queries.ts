import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FeedbackState } from '../../shared/feedback-vocabulary';
import { api } from '../api/client';
import type {
  FeedbackByBodyDto,
  FeedbackCreateInput,
  FeedbackDto,
  FeedbackListDto,
  FeedbackSettingsDto,
  FeedbackStepInput,
  Page,
  UserDto,
} from '../api/types';

/** The list's filters as the API reads them. */
export type FeedbackFilters = { q?: string; state?: FeedbackState; overdue?: boolean; assignedUnitId?: string; year?: number; organizationId?: string };

export const FEEDBACK_KEY = ['feedback'] as const;

export function useFeedbackList(filters: FeedbackFilters, cursor?: string, limit = 20) {
  return useQuery({
    queryKey: [...FEEDBACK_KEY, 'list', filters, cursor, limit],
    queryFn: () =>
      api<FeedbackListDto>('/api/feedback', { query: { ...filters, overdue: filters.overdue ? 1 : undefined, q: filters.q?.trim(), cursor, limit } }),
    placeholderData: keepPreviousData,
  });
}

export function useFeedback(id: string) {
  return useQuery({ queryKey: [...FEEDBACK_KEY, 'detail', id], queryFn: () => api<FeedbackDto>(`/api/feedback/${id}`) });
}

/** Every body in reach with its year's counts; one row when the caller's body has none under it. */
export function useFeedbackByBody(year?: number, enabled = true) {
  return useQuery({
    enabled,
    queryKey: [...FEEDBACK_KEY, 'by-body', year],
    queryFn: () => api<FeedbackByBodyDto>('/api/feedback/by-body', { query: { year } }),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function useFeedbackSettings(organizationId: string, enabled: boolean) {
  return useQuery({
    enabled,
    queryKey: [...FEEDBACK_KEY, 'settings', organizationId],
    queryFn: () => api<FeedbackSettingsDto>('/api/feedback/settings', { query: { organizationId } }),
  });
}

/** People of a department who may be named as the handler; empty when the caller may not list users. */
export function useUnitUsers(unitId: string | undefined) {
  return useQuery({
    enabled: Boolean(unitId),
    queryKey: ['users', 'of-unit', unitId],
    queryFn: () => api<Page<UserDto>>('/api/users', { query: { organizationId: unitId, limit: 100 } }),
    retry: false,
    staleTime: 60_000,
  });
}

/** Any write changes the item's state, its deadline standing and every count: all feedback queries are read again. */
function useFeedbackWrite<Input, Output>(send: (input: Input) => Promise<Output>, onSaved?: (output: Output) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: async (output) => {
      await queryClient.invalidateQueries({ queryKey: FEEDBACK_KEY });
      onSaved?.(output);
    },
  });
}

export function useRecordFeedback<Values>(toBody: (values: Values) => FeedbackCreateInput, onSaved?: (item: FeedbackDto) => void) {
  return useFeedbackWrite((values: Values) => api<FeedbackDto>('/api/feedback', { method: 'POST', body: toBody(values) }), onSaved);
}

export function useFeedbackStep<Values>(id: string, toBody: (values: Values) => FeedbackStepInput, onSaved?: (item: FeedbackDto) => void) {
  return useFeedbackWrite((values: Values) => api<FeedbackDto>(`/api/feedback/${id}/steps`, { method: 'POST', body: toBody(values) }), onSaved);
}

export function useSaveFeedbackSettings(onSaved?: (settings: FeedbackSettingsDto) => void) {
  return useFeedbackWrite((settings: FeedbackSettingsDto) => api<FeedbackSettingsDto>('/api/feedback/settings', { method: 'PUT', body: settings }), onSaved);
}
