import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { BulkPreviewDto } from '../../shared/schemas/occurrence-workbook';
import type { OccurrenceDto, occurrenceEventSchema } from '../../shared/schemas/occurrences';
import { api } from '../api/client';
import { answerOf, typedApi, type RequestBodyOf } from '../api/typed-client';

export type OccurrenceStatus = OccurrenceDto['status'];
export type OccurrenceUpdate = RequestBodyOf<'/api/occurrences/{id}', 'patch'>;
export type OccurrenceReview = RequestBodyOf<'/api/occurrences/{id}/review', 'post'>;
export type OccurrenceEvent = z.infer<typeof occurrenceEventSchema>;
export type { AddedEvidenceDto, EvidenceDto } from '../../shared/schemas/evidence';

export type WorkView = 'mine' | 'late' | 'review';
export type WorkFilters = { view: WorkView; status?: OccurrenceStatus };

export const OCCURRENCES_KEY = ['occurrences'] as const;
const evidenceKey = (id: string) => [...OCCURRENCES_KEY, 'evidence', id] as const;
const historyKey = (id: string) => [...OCCURRENCES_KEY, 'history', id] as const;

export function listQuery({ view, status }: WorkFilters) {
  if (view === 'review') return { status: 'submitted' as const };
  // "My work" opens on what is still to do; picking a status (e.g. done) shows that instead.
  return { mine: '1' as const, late: view === 'late' ? ('1' as const) : undefined, open: view === 'mine' && !status ? ('1' as const) : undefined, status };
}

export function useOccurrenceList(filters: WorkFilters, cursor?: string, limit = 20) {
  return useQuery({
    queryKey: [...OCCURRENCES_KEY, 'list', filters, cursor, limit],
    queryFn: () => answerOf(typedApi.GET('/api/occurrences', { params: { query: { ...listQuery(filters), cursor, limit } } })),
    placeholderData: keepPreviousData,
  });
}

export function useOccurrenceHistory(id: string) {
  return useQuery({ queryKey: historyKey(id), queryFn: () => answerOf(typedApi.GET('/api/occurrences/{id}/history', { params: { path: { id } } })) });
}

export function useEvidence(id: string) {
  return useQuery({ queryKey: evidenceKey(id), queryFn: () => answerOf(typedApi.GET('/api/occurrences/{id}/evidence', { params: { path: { id } } })) });
}

/** After any write the lists, history and evidence are read again. */
function useOccurrenceWrite<Input>(send: (input: Input) => Promise<unknown>, onSaved?: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: OCCURRENCES_KEY });
      onSaved?.();
    },
  });
}

/** Saves what a form holds, turned into the API's body by `toBody`. */
export function useUpdateOccurrence<Values>(id: string, toBody: (values: Values) => OccurrenceUpdate, onSaved?: () => void) {
  return useOccurrenceWrite((values: Values) => answerOf(typedApi.PATCH('/api/occurrences/{id}', { params: { path: { id } }, body: toBody(values) })), onSaved);
}

export function useReviewOccurrence<Values>(id: string, toBody: (values: Values) => OccurrenceReview, onSaved?: () => void) {
  return useOccurrenceWrite((values: Values) => answerOf(typedApi.POST('/api/occurrences/{id}/review', { params: { path: { id } }, body: toBody(values) })), onSaved);
}

export function useAddEvidenceLink(id: string, onSaved?: () => void) {
  return useOccurrenceWrite((body: { url: string; name: string }) => answerOf(typedApi.POST('/api/occurrences/{id}/evidence', { params: { path: { id } }, body })), onSaved);
}

/** A comment on a period, for the other side (the unit or its reviewer) to read in its history. */
export function useCommentOnOccurrence(id: string, onSaved?: () => void) {
  return useOccurrenceWrite((text: string) => answerOf(typedApi.POST('/api/occurrences/{id}/comments', { params: { path: { id } }, body: { text } })), onSaved);
}

/** Takes a file or link off the evidence (allowed until the work is accepted). */
export function useRemoveEvidence(onRemoved?: () => void) {
  return useOccurrenceWrite((id: string) => answerOf(typedApi.DELETE('/api/evidence/{id}', { params: { path: { id } } })), onRemoved);
}

/** Rereads one occurrence's evidence after the Upload component has sent a file itself. */
export function useRefreshEvidence(id: string) {
  const queryClient = useQueryClient();
  // The task page shows evidence too: it is read again with everything else about occurrences.
  return () => Promise.all([queryClient.invalidateQueries({ queryKey: evidenceKey(id) }), queryClient.invalidateQueries({ queryKey: [...OCCURRENCES_KEY, 'task'] })]);
}

/** The caller's open work as the workbook they fill in (a plain link: the browser downloads it). */
export const WORKBOOK_URL = '/api/occurrences/workbook.xlsx?mine=1';

/** Reads a filled-in workbook into a preview; the server saves nothing. */
export function usePreviewWorkbook() {
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file);
      // A file goes as multipart, which the typed client does not build: the plain client sends it.
      return api<BulkPreviewDto>('/api/occurrences/workbook/preview', { method: 'POST', body: form });
    },
  });
}

/** Saves the changes the person confirmed, each with the `updatedAt` the preview showed. */
export function useApplyWorkbook(onSaved?: () => void) {
  return useOccurrenceWrite(
    (changes: BulkPreviewDto['changes']) =>
      answerOf(
        typedApi.POST('/api/occurrences/workbook/apply', {
          body: { changes: changes.map((c) => ({ row: c.row, occurrenceId: c.occurrenceId, updatedAt: c.updatedAt, ...c.after })) },
        }),
      ),
    onSaved,
  );
}
