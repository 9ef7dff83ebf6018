import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { apiKeySchema, createApiKeySchema, createdApiKeySchema } from '../../shared/schemas/api-keys';
import { api } from '../api/client';
import type { Page } from '../api/types';

export type ApiKeyDto = z.infer<typeof apiKeySchema>;
export type ApiKeyInput = z.input<typeof createApiKeySchema>;
/** A key just made, with its secret: held by the page only while the dialog showing it is open. */
export type CreatedApiKey = z.infer<typeof createdApiKeySchema>;

const API_KEYS_KEY = ['api-keys'] as const;

export function useApiKeys(filters: { includeRevoked: boolean }, cursor: string | undefined, limit: number) {
  return useQuery({
    queryKey: [...API_KEYS_KEY, filters, cursor, limit],
    queryFn: () => api<Page<ApiKeyDto>>('/api/api-keys', { query: { limit, cursor, includeRevoked: filters.includeRevoked ? 1 : undefined } }),
    placeholderData: keepPreviousData,
  });
}

/**
 * Makes a key. Its answer carries the secret, so the mutation is dropped from react-query's cache as soon as
 * the form that ran it closes (gcTime 0), and the list is fetched again rather than given the answer.
 */
export function useCreateApiKey(onCreated: (created: CreatedApiKey) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ApiKeyInput) => api<CreatedApiKey>('/api/api-keys', { method: 'POST', body: input }),
    gcTime: 0,
    onSuccess: (created) => {
      void queryClient.invalidateQueries({ queryKey: API_KEYS_KEY });
      onCreated(created);
    },
  });
}

export function useRevokeApiKey(onRevoked: (key: ApiKeyDto) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (key: ApiKeyDto) => api<ApiKeyDto>(`/api/api-keys/${key.id}/revoke`, { method: 'POST' }),
    onSuccess: async (key) => {
      await queryClient.invalidateQueries({ queryKey: API_KEYS_KEY });
      onRevoked(key);
    },
  });
}
