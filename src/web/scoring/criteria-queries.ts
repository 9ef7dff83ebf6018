import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import type { CriteriaImportPreviewDto, CriteriaSetDto } from '../api/types';
import type { Band, CriterionInput } from './criteria-model';
import { CRITERIA_SETS_PATH } from './labels';

export { CRITERIA_SETS_PATH };
/** The editor for a set not saved yet (made by hand or from a sheet); saved sets have ids, never this word. */
export const NEW_CRITERIA_SET_ID = 'moi';
export const criteriaSetPath = (id: string) => `${CRITERIA_SETS_PATH}/${id}`;
/** A set opened straight in edit mode (after a copy, to change what differs from last year). */
export const EDIT_PARAM = 'sua';

export type CriteriaSetCreate = { year: number; name: string; areas: CriterionInput[]; bands: Band[] };
export type CriteriaSetUpdate = { name: string; areas: CriterionInput[]; bands: Band[] };

const KEY = ['criteria-sets'] as const;
const detailKey = (id: string) => [...KEY, 'detail', id] as const;

/** The caller's body's sets, newest year first. */
export function useCriteriaSets() {
  return useQuery({ queryKey: [...KEY, 'list'], queryFn: () => api<{ items: CriteriaSetDto[] }>('/api/scoring/criteria-sets') });
}

export function useCriteriaSet(id: string, enabled = true) {
  return useQuery({ enabled, queryKey: detailKey(id), queryFn: () => api<CriteriaSetDto>(`/api/scoring/criteria-sets/${id}`) });
}

/** A write answers with the set as saved: it becomes the set's cached view, and the list is read again. */
function useCriteriaSetWrite<Input>(send: (input: Input) => Promise<CriteriaSetDto>, onSaved: (set: CriteriaSetDto) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: async (set) => {
      queryClient.setQueryData(detailKey(set.id), set);
      await queryClient.invalidateQueries({ queryKey: [...KEY, 'list'] });
      onSaved(set);
    },
  });
}

export function useCreateCriteriaSet(onSaved: (set: CriteriaSetDto) => void) {
  return useCriteriaSetWrite((body: CriteriaSetCreate) => api<CriteriaSetDto>('/api/scoring/criteria-sets', { method: 'POST', body }), onSaved);
}

export function useUpdateCriteriaSet(id: string, onSaved: (set: CriteriaSetDto) => void) {
  return useCriteriaSetWrite((body: CriteriaSetUpdate) => api<CriteriaSetDto>(`/api/scoring/criteria-sets/${id}`, { method: 'PUT', body }), onSaved);
}

export function useCopyCriteriaSet(id: string, onSaved: (set: CriteriaSetDto) => void) {
  return useCriteriaSetWrite((body: { year: number; name?: string }) => api<CriteriaSetDto>(`/api/scoring/criteria-sets/${id}/copy`, { method: 'POST', body }), onSaved);
}

/** What this page needs of a scoring round: which set it scores with, and where it stands. */
export type RoundUsingSet = { id: string; name: string; phaseLabel: string; criteriaSet: { id: string } };

/** The rounds that score with this set: a change to the set changes their score sheets too. */
export function useRoundsUsingSet(setId: string) {
  return useQuery({
    queryKey: [...KEY, 'rounds'],
    queryFn: () => api<{ items: RoundUsingSet[] }>('/api/scoring/rounds'),
    select: (list) => list.items.filter((round) => round.criteriaSet.id === setId),
  });
}

/** Reads a sheet into a set to check and edit; the server saves nothing. */
export function useCriteriaImportPreview() {
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file);
      return api<CriteriaImportPreviewDto>('/api/scoring/criteria-sets/import/preview', { method: 'POST', body: form });
    },
  });
}
