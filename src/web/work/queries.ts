import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { EvidenceDto } from '../../shared/schemas/evidence';
import type { BulkPreviewDto } from '../../shared/schemas/occurrence-workbook';
import type { OccurrenceDto, occurrenceEventSchema, reviewOccurrenceSchema, updateOccurrenceSchema } from '../../shared/schemas/occurrences';
import { api } from '../api/client';
import type { Page } from '../api/types';

export type OccurrenceStatus = OccurrenceDto['status'];
export type OccurrenceUpdate = z.input<typeof updateOccurrenceSchema>;
export type OccurrenceReview = z.input<typeof reviewOccurrenceSchema>;
export type OccurrenceEvent = z.infer<typeof occurrenceEventSchema>;
export type { AddedEvidenceDto, EvidenceDto } from '../../shared/schemas/evidence';

export type WorkView = 'mine' | 'late' | 'review';
export type WorkFilters = { view: WorkView; status?: OccurrenceStatus };

export const OCCURRENCES_KEY = ['occurrences'] as const;
const evidenceKey = (id: string) => [...OCCURRENCES_KEY, 'evidence', id] as const;
const historyKey = (id: string) => [...OCCURRENCES_KEY, 'history', id] as const;

export function listQuery({ view, status }: WorkFilters) {
  if (view === 'review') return { status: 'submitted' };
  // "My work" opens on what is still to do; picking a status (e.g. done) shows that instead.
  return { mine: 1, late: view === 'late' ? 1 : undefined, open: view === 'mine' && !status ? 1 : undefined, status };
}

export function useOccurrenceList(filters: WorkFilters, cursor?: string, limit = 20) {
  return useQuery({
    queryKey: [...OCCURRENCES_KEY, 'list', filters, cursor, limit],
    queryFn: () => api<Page<OccurrenceDto>>('/api/occurrences', { query: { ...listQuery(filters), cursor, limit } }),
    placeholderData: keepPreviousData,
  });
}

export function useOccurrenceHistory(id: string) {
  return useQuery({ queryKey: historyKey(id), queryFn: () => api<{ items: OccurrenceEvent[] }>(`/api/occurrences/${id}/history`) });
}

export function useEvidence(id: string) {
  return useQuery({ queryKey: evidenceKey(id), queryFn: () => api<{ items: EvidenceDto[] }>(`/api/occurrences/${id}/evidence`) });
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
  return useOccurrenceWrite((values: Values) => api<OccurrenceDto>(`/api/occurrences/${id}`, { method: 'PATCH', body: toBody(values) }), onSaved);
}

export function useReviewOccurrence<Values>(id: string, toBody: (values: Values) => OccurrenceReview, onSaved?: () => void) {
  return useOccurrenceWrite((values: Values) => api<OccurrenceDto>(`/api/occurrences/${id}/review`, { method: 'POST', body: toBody(values) }), onSaved);
}

export function useAddEvidenceLink(id: string, onSaved?: () => void) {
  return useOccurrenceWrite((body: { url: string; name: string }) => api<EvidenceDto>(`/api/occurrences/${id}/evidence`, { method: 'POST', body }), onSaved);
}

/** A comment on a period, for the other side (the unit or its reviewer) to read in its history. */
export function useCommentOnOccurrence(id: string, onSaved?: () => void) {
  return useOccurrenceWrite((text: string) => api<OccurrenceDto>(`/api/occurrences/${id}/comments`, { method: 'POST', body: { text } }), onSaved);
}

/** Takes a file or link off the evidence (allowed until the work is accepted). */
export function useRemoveEvidence(onRemoved?: () => void) {
  return useOccurrenceWrite((id: string) => api<{ removed: true }>(`/api/evidence/${id}`, { method: 'DELETE' }), onRemoved);
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
      return api<BulkPreviewDto>('/api/occurrences/workbook/preview', { method: 'POST', body: form });
    },
  });
}

/** Saves the changes the person confirmed, each with the `updatedAt` the preview showed. */
export function useApplyWorkbook(onSaved?: () => void) {
  return useOccurrenceWrite(
    (changes: BulkPreviewDto['changes']) =>
      api<{ saved: number }>('/api/occurrences/workbook/apply', {
        method: 'POST',
        body: { changes: changes.map((c) => ({ row: c.row, occurrenceId: c.occurrenceId, updatedAt: c.updatedAt, ...c.after })) },
      }),
    onSaved,
  );
}
