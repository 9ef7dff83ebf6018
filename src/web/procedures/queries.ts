import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ProcedureScope, ProcedureStatus } from '../../shared/procedure-vocabulary';
import type {
  PostingStanding,
  AddPostingInput,
  AddProcedureEventInput,
  createProcedureSchema,
  postingByBodySchema,
  procedureListSchema,
  ProcedureDto,
  ProcedureEventDto,
  PostingDto,
  updateProcedureSchema,
} from '../../shared/schemas/procedures';
import { api } from '../api/client';

/** The registry's filters as the API reads them; `on` is the day the status is read on (yyyy-mm-dd). */
export type ProcedureFilters = { q?: string; field?: string; status?: ProcedureStatus; scope?: ProcedureScope; standing?: PostingStanding; on?: string; organizationId?: string };
export type ProcedureList = z.infer<typeof procedureListSchema>;
export type PostingByBody = z.infer<typeof postingByBodySchema>;
export type ProcedureCreate = z.input<typeof createProcedureSchema>;
export type ProcedureUpdate = z.input<typeof updateProcedureSchema>;

export const PROCEDURES_KEY = ['procedures'] as const;
const detailKey = (id: string) => [...PROCEDURES_KEY, 'detail', id] as const;

export function useProcedureList(filters: ProcedureFilters, cursor?: string, limit = 20, enabled = true) {
  return useQuery({
    enabled,
    queryKey: [...PROCEDURES_KEY, 'list', filters, cursor, limit],
    queryFn: () => api<ProcedureList>('/api/procedures', { query: { ...filters, q: filters.q?.trim(), cursor, limit } }),
    placeholderData: keepPreviousData,
  });
}

export function useProcedure(id: string) {
  return useQuery({ queryKey: detailKey(id), queryFn: () => api<ProcedureDto>(`/api/procedures/${id}`) });
}

/** The posting KPI of the caller's body and of every body under it (one row when there is none). */
export function usePostingByBody(on?: string) {
  return useQuery({
    queryKey: [...PROCEDURES_KEY, 'by-body', on],
    queryFn: () => api<PostingByBody>('/api/procedures/posting-by-body', { query: { on } }),
    placeholderData: keepPreviousData,
  });
}

/**
 * Any write changes the procedure's version or postings, hence its standing and every KPI: the lists,
 * the bodies' table and the procedure itself are read again.
 */
export function useRefreshProcedures() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: PROCEDURES_KEY });
}

function useProcedureWrite<Input, Output>(send: (input: Input) => Promise<Output>, onSaved?: (output: Output) => void) {
  const refresh = useRefreshProcedures();
  return useMutation({
    mutationFn: send,
    onSuccess: async (output) => {
      await refresh();
      onSaved?.(output);
    },
  });
}

/** Adds a procedure, or changes one when `id` is given, from what a form holds (turned into the API's body by `toBody`). */
export function useSaveProcedure<Values>(id: string | null, toBody: (values: Values) => ProcedureCreate | ProcedureUpdate, onSaved?: (procedure: ProcedureDto) => void) {
  return useProcedureWrite(
    (values: Values) =>
      id
        ? api<ProcedureDto>(`/api/procedures/${id}`, { method: 'PATCH', body: toBody(values) })
        : api<ProcedureDto>('/api/procedures', { method: 'POST', body: toBody(values) }),
    onSaved,
  );
}

export function useAddProcedureEvent<Values>(id: string, toBody: (values: Values) => AddProcedureEventInput, onSaved?: (event: ProcedureEventDto) => void) {
  return useProcedureWrite((values: Values) => api<ProcedureEventDto>(`/api/procedures/${id}/events`, { method: 'POST', body: toBody(values) }), onSaved);
}

/**
 * Records a posting: as JSON, or as a multipart form when a photo is attached. The fields go before the
 * file, as the server reads them first.
 */
export function useAddPosting<Values>(id: string, toInput: (values: Values) => { posting: AddPostingInput; photo?: File }, onSaved?: (posting: PostingDto) => void) {
  return useProcedureWrite((values: Values) => {
    const { posting, photo } = toInput(values);
    if (!photo) return api<PostingDto>(`/api/procedures/${id}/postings`, { method: 'POST', body: posting });
    const form = new FormData();
    for (const [key, value] of Object.entries(posting)) if (value) form.append(key, value);
    form.append('file', photo, photo.name);
    return api<PostingDto>(`/api/procedures/${id}/postings`, { method: 'POST', body: form });
  }, onSaved);
}

export function useRemoveProcedureForm(onRemoved?: () => void) {
  return useProcedureWrite((fileId: string) => api<ProcedureDto>(`/api/procedure-files/${fileId}`, { method: 'DELETE' }), onRemoved);
}
