import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import type {
  AssessmentDto,
  CriteriaSetChoiceDto,
  EvidenceOptionsDto,
  Page,
  RoundCreateInput,
  RoundDto,
  RoundHeadDto,
  RoundResultsDto,
  RoundUpdateInput,
  ScoreChangeDto,
  ScoringEvidenceDto,
  ScoringEvidenceInput,
  UserDto,
} from '../api/types';

/** Rounds and assessments share one key: a score saved changes the round's table, a round changed changes its assessments' deadlines. */
export const ROUNDS_KEY = ['scoring-rounds'] as const;
const assessmentKey = (id: string) => [...ROUNDS_KEY, 'assessment', id] as const;

export function useRounds() {
  return useQuery({ queryKey: [...ROUNDS_KEY, 'list'], queryFn: () => api<{ items: RoundHeadDto[] }>('/api/scoring/rounds') });
}

export function useRound(id: string) {
  return useQuery({ queryKey: [...ROUNDS_KEY, 'round', id], queryFn: () => api<RoundDto>(`/api/scoring/rounds/${id}`) });
}

/** Several rounds at once: a body's own row in each round that scores it (the list of rounds does not carry it). */
export function useRoundsDetail(ids: readonly string[]) {
  return useQueries({ queries: ids.map((id) => ({ queryKey: [...ROUNDS_KEY, 'round', id], queryFn: () => api<RoundDto>(`/api/scoring/rounds/${id}`) })) });
}

export function useRoundResults(id: string, enabled: boolean) {
  return useQuery({ enabled, queryKey: [...ROUNDS_KEY, 'results', id], queryFn: () => api<RoundResultsDto>(`/api/scoring/rounds/${id}/results`), retry: false });
}

/** The department of health's criteria sets, to open a round on one. */
export function useCriteriaSetChoices(organizationId: string) {
  return useQuery({
    queryKey: [...ROUNDS_KEY, 'set-choices', organizationId],
    queryFn: () => api<{ items: CriteriaSetChoiceDto[] }>('/api/scoring/criteria-sets', { query: { organizationId } }),
  });
}

/** People holding a role anywhere in the body (its own roles and its departments'): who may sit on its review team. */
export function useBodyPeople(unitIds: readonly string[]) {
  return useQuery({
    enabled: unitIds.length > 0,
    queryKey: ['users', 'of-units', ...unitIds],
    queryFn: async () => {
      const pages = await Promise.all(unitIds.map((organizationId) => api<Page<UserDto>>('/api/users', { query: { organizationId, limit: 1000 } })));
      const byId = new Map(pages.flatMap((p) => p.items).map((u) => [u.id, u]));
      return [...byId.values()].sort((a, b) => a.fullName.localeCompare(b.fullName, 'vi'));
    },
    staleTime: 60_000,
  });
}

function useRoundWrite<Input>(send: (input: Input) => Promise<RoundDto>, onSaved?: (round: RoundDto) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: async (round) => {
      queryClient.setQueryData([...ROUNDS_KEY, 'round', round.id], round);
      await queryClient.invalidateQueries({ queryKey: ROUNDS_KEY });
      onSaved?.(round);
    },
  });
}

export function useOpenRound<Values>(toBody: (values: Values) => RoundCreateInput, onSaved: (round: RoundDto) => void) {
  return useRoundWrite((values: Values) => api<RoundDto>('/api/scoring/rounds', { method: 'POST', body: toBody(values) }), onSaved);
}

export function useEditRound<Values>(id: string, toBody: (values: Values) => RoundUpdateInput, onSaved: (round: RoundDto) => void) {
  return useRoundWrite((values: Values) => api<RoundDto>(`/api/scoring/rounds/${id}`, { method: 'PATCH', body: toBody(values) }), onSaved);
}

export function usePublishRound(id: string) {
  return useRoundWrite(() => api<RoundDto>(`/api/scoring/rounds/${id}/publish`, { method: 'POST' }));
}

// ---- A body's assessment ----

export function useAssessment(id: string) {
  return useQuery({ queryKey: assessmentKey(id), queryFn: () => api<AssessmentDto>(`/api/scoring/assessments/${id}`) });
}

export function useScoreHistory(id: string) {
  return useQuery({ queryKey: [...assessmentKey(id), 'history'], queryFn: () => api<{ items: ScoreChangeDto[] }>(`/api/scoring/assessments/${id}/history`) });
}

export function useEvidenceOptions(id: string, enabled: boolean) {
  return useQuery({ enabled, queryKey: [...assessmentKey(id), 'evidence-options'], queryFn: () => api<EvidenceOptionsDto>(`/api/scoring/assessments/${id}/evidence-options`), staleTime: 60_000 });
}

/** Score and step writes answer with the whole assessment; evidence writes with the piece added or removed. */
const isAssessment = (output: unknown): output is AssessmentDto => typeof output === 'object' && output !== null && 'criteria' in output;

/** A write shows the assessment it answers with at once; everything else of the rounds (tables, history, totals) is read again. */
function useAssessmentWrite<Input, Output>(id: string, send: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  const detail = assessmentKey(id).join('/');
  return useMutation({
    mutationFn: send,
    onSuccess: async (output) => {
      const fresh = isAssessment(output);
      if (fresh) queryClient.setQueryData(assessmentKey(id), output);
      await queryClient.invalidateQueries({ queryKey: ROUNDS_KEY, predicate: (query) => !fresh || query.queryKey.join('/') !== detail });
    },
  });
}

export type SelfScore = { code: string; points: number | null; note: string | null };
export type ReviewScore = { code: string; points: number; reason: string | null };
export type AssessmentStep = 'submit' | 'withdraw' | 'reopen';

export function useSaveSelfScores(id: string) {
  return useAssessmentWrite(id, (scores: SelfScore[]) => api<AssessmentDto>(`/api/scoring/assessments/${id}/self-scores`, { method: 'PUT', body: { scores } }));
}

export function useSaveReviewScores(id: string) {
  return useAssessmentWrite(id, (scores: ReviewScore[]) => api<AssessmentDto>(`/api/scoring/assessments/${id}/review-scores`, { method: 'PUT', body: { scores } }));
}

export function useAssessmentStep(id: string) {
  return useAssessmentWrite(id, (step: AssessmentStep) => api<AssessmentDto>(`/api/scoring/assessments/${id}/${step}`, { method: 'POST' }));
}

export function useAnswerReview(id: string) {
  return useAssessmentWrite(id, (body: { code: string; text: string }) => api<AssessmentDto>(`/api/scoring/assessments/${id}/answers`, { method: 'POST', body }));
}

export function useAddEvidence(id: string) {
  return useAssessmentWrite(id, (body: ScoringEvidenceInput) => api<ScoringEvidenceDto>(`/api/scoring/assessments/${id}/evidence`, { method: 'POST', body }));
}

/** The server reads the criterion before the file, so the field goes first. */
export function useUploadEvidence(id: string) {
  return useAssessmentWrite(id, ({ criterionCode, file }: { criterionCode: string; file: File }) => {
    const form = new FormData();
    form.append('criterionCode', criterionCode);
    form.append('file', file);
    return api<ScoringEvidenceDto>(`/api/scoring/assessments/${id}/evidence/file`, { method: 'POST', body: form });
  });
}

export function useRemoveEvidence(id: string) {
  return useAssessmentWrite(id, (evidenceId: string) => api<{ removed: true }>(`/api/scoring/assessment-evidence/${evidenceId}`, { method: 'DELETE' }));
}
