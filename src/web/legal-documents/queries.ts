import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { LegalDocumentKind } from '../../shared/legal-document-kinds';
import { foldText } from '../../shared/fold';
import type { createLegalDocumentSchema } from '../../shared/schemas/legal-documents';
import { api } from '../api/client';
import type { CitationDto, LegalDocumentDto, Page } from '../api/types';

export type LegalDocumentFilters = { kind?: LegalDocumentKind; q?: string };
export type LegalDocumentInput = z.input<typeof createLegalDocumentSchema>;

export const LEGAL_DOCUMENTS_KEY = ['legal-documents'] as const;

export function useLegalDocumentList(filters: LegalDocumentFilters, cursor?: string, limit = 20) {
  return useQuery({
    queryKey: [...LEGAL_DOCUMENTS_KEY, 'list', filters, cursor, limit],
    queryFn: () => api<Page<LegalDocumentDto>>('/api/legal-documents', { query: { ...filters, q: filters.q?.trim(), cursor, limit } }),
    placeholderData: keepPreviousData,
  });
}

/**
 * Adds a document, or changes one when `id` is given, from what a form holds (turned into the API's
 * body by `toBody`); every list and existence check is read again.
 */
export function useSaveLegalDocument<Values>(id: string | null, toBody: (values: Values) => LegalDocumentInput, onSaved: (doc: LegalDocumentDto) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (values: Values) =>
      id
        ? api<LegalDocumentDto>(`/api/legal-documents/${id}`, { method: 'PATCH', body: toBody(values) })
        : api<LegalDocumentDto>('/api/legal-documents', { method: 'POST', body: toBody(values) }),
    onSuccess: async (doc) => {
      await queryClient.invalidateQueries({ queryKey: LEGAL_DOCUMENTS_KEY });
      onSaved(doc);
    },
  });
}

export function useRecognizeCitations() {
  return useMutation({
    mutationFn: (text: string) => api<{ citations: CitationDto[] }>('/api/citations/recognize', { method: 'POST', body: { text } }),
  });
}

/** Same number and symbol, whatever the case or diacritics ("qđ" / "QĐ"). */
export const sameCode = (a: string, b: string) => foldText(a) === foldText(b);

/**
 * Whether the registry already holds each code: the search finds every document whose text contains
 * the code, and one of them must carry exactly that code. `undefined` while still asking.
 */
export function useCodesInRegistry(codes: readonly string[]): (boolean | undefined)[] {
  const answers = useQueries({
    queries: codes.map((code) => ({
      queryKey: [...LEGAL_DOCUMENTS_KEY, 'exists', code],
      queryFn: () => api<Page<LegalDocumentDto>>('/api/legal-documents', { query: { q: code, limit: 100 } }),
    })),
  });
  return answers.map((answer, i) => (answer.data ? answer.data.items.some((doc) => sameCode(doc.code, codes[i]!)) : undefined));
}
