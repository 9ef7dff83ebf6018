import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { answerOf, typedApi, type AnswerOf, type RequestBodyOf } from '../api/typed-client';

export type ApiKeyDto = AnswerOf<'/api/api-keys/{id}', 'get'>;
export type ApiKeyInput = RequestBodyOf<'/api/api-keys', 'post'>;
/** A key just made, with its secret: held by the page only while the dialog showing it is open. */
export type CreatedApiKey = AnswerOf<'/api/api-keys', 'post'>;

const API_KEYS_KEY = ['api-keys'] as const;

export function useApiKeys(filters: { includeRevoked: boolean }, cursor: string | undefined, limit: number) {
  return useQuery({
    queryKey: [...API_KEYS_KEY, filters, cursor, limit],
    queryFn: () => answerOf(typedApi.GET('/api/api-keys', { params: { query: { limit, cursor, includeRevoked: filters.includeRevoked ? '1' : undefined } } })),
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
    mutationFn: (input: ApiKeyInput) => answerOf(typedApi.POST('/api/api-keys', { body: input })),
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
    mutationFn: (key: ApiKeyDto) => answerOf(typedApi.POST('/api/api-keys/{id}/revoke', { params: { path: { id: key.id } } })),
    onSuccess: async (key) => {
      await queryClient.invalidateQueries({ queryKey: API_KEYS_KEY });
      onRevoked(key);
    },
  });
}
