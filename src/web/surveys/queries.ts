import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import type { Page, SatisfactionByBodyDto, SurveyCreateInput, SurveyDto, SurveyResultsDto, SurveySummaryDto, SurveyUpdateInput } from '../api/types';

export const SURVEYS_KEY = ['surveys'] as const;

export function useSurveyList(organizationId: string | undefined, cursor?: string, limit = 20) {
  return useQuery({
    queryKey: [...SURVEYS_KEY, 'list', organizationId, cursor, limit],
    queryFn: () => api<Page<SurveySummaryDto>>('/api/surveys', { query: { organizationId, cursor, limit } }),
    placeholderData: keepPreviousData,
  });
}

export function useSurvey(id: string) {
  return useQuery({ queryKey: [...SURVEYS_KEY, 'detail', id], queryFn: () => api<SurveyDto>(`/api/surveys/${id}`) });
}

/** Results over a period (both ends optional, yyyy-mm-dd). */
export function useSurveyResults(id: string, range: { from?: string; to?: string }) {
  return useQuery({
    queryKey: [...SURVEYS_KEY, 'results', id, range.from, range.to],
    queryFn: () => api<SurveyResultsDto>(`/api/surveys/${id}/results`, { query: range }),
    placeholderData: keepPreviousData,
  });
}

export function useSatisfactionByBody(year?: number, enabled = true) {
  return useQuery({
    enabled,
    queryKey: [...SURVEYS_KEY, 'by-body', year],
    queryFn: () => api<SatisfactionByBodyDto>('/api/surveys/satisfaction-by-body', { query: { year } }),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

function useSurveyWrite<Input>(send: (input: Input) => Promise<SurveyDto>, onSaved?: (survey: SurveyDto) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: async (survey) => {
      queryClient.setQueryData([...SURVEYS_KEY, 'detail', survey.id], survey);
      await queryClient.invalidateQueries({ queryKey: SURVEYS_KEY });
      onSaved?.(survey);
    },
  });
}

export function useCreateSurvey<Values>(toBody: (values: Values) => SurveyCreateInput, onSaved?: (survey: SurveyDto) => void) {
  return useSurveyWrite((values: Values) => api<SurveyDto>('/api/surveys', { method: 'POST', body: toBody(values) }), onSaved);
}

export function useUpdateSurvey(id: string, onSaved?: (survey: SurveyDto) => void) {
  return useSurveyWrite((body: SurveyUpdateInput) => api<SurveyDto>(`/api/surveys/${id}`, { method: 'PATCH', body }), onSaved);
}

/** Publishing and closing: POST /api/surveys/:id/publish and /close, no body. */
export function useSurveyMove(id: string, onSaved?: (survey: SurveyDto) => void) {
  return useSurveyWrite((to: 'publish' | 'close') => api<SurveyDto>(`/api/surveys/${id}/${to}`, { method: 'POST' }), onSaved);
}
