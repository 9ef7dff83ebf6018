import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { MediaKind, MediaState } from '../../shared/media-vocabulary';
import type {
  ChannelDto,
  createMediaItemSchema,
  MediaItemDto,
  MediaItemSummaryDto,
  mediaEventSchema,
  mediaTransitionSchema,
  saveChannelSchema,
  updateMediaItemSchema,
} from '../../shared/schemas/media';
import { api } from '../api/client';
import type { Page } from '../api/types';

export type MediaListFilters = { state?: MediaState; kind?: MediaKind; q?: string; goodPractice?: '1' };
export type MediaCreate = z.input<typeof createMediaItemSchema>;
export type MediaUpdate = z.input<typeof updateMediaItemSchema>;
export type MediaTransition = z.input<typeof mediaTransitionSchema>;
export type MediaEvent = z.infer<typeof mediaEventSchema>;
export type ChannelInput = z.input<typeof saveChannelSchema>;

export const MEDIA_KEY = ['media-items'] as const;
export const CHANNELS_KEY = ['media-channels'] as const;
const detailKey = (id: string) => [...MEDIA_KEY, 'detail', id] as const;

export function useMediaList(filters: MediaListFilters, cursor?: string, limit = 20) {
  return useQuery({
    queryKey: [...MEDIA_KEY, 'list', filters, cursor, limit],
    queryFn: () => api<Page<MediaItemSummaryDto>>('/api/media-items', { query: { ...filters, q: filters.q?.trim(), cursor, limit } }),
    placeholderData: keepPreviousData,
  });
}

/** Off while there is no id (a new item's form). */
export function useMediaItem(id: string) {
  return useQuery({ queryKey: detailKey(id), queryFn: () => api<MediaItemDto>(`/api/media-items/${id}`), enabled: id !== '' });
}

export function useMediaHistory(id: string) {
  return useQuery({ queryKey: [...MEDIA_KEY, 'history', id], queryFn: () => api<{ items: MediaEvent[] }>(`/api/media-items/${id}/history`) });
}

/** After a write the answer is the item as now stored; lists and its history are read again. */
function useMediaWrite<Input>(send: (input: Input) => Promise<MediaItemDto>, onSaved?: (item: MediaItemDto) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: async (item) => {
      queryClient.setQueryData(detailKey(item.id), item);
      await queryClient.invalidateQueries({ queryKey: MEDIA_KEY, predicate: (q) => q.queryKey[1] !== 'detail' || q.queryKey[2] !== item.id });
      onSaved?.(item);
    },
  });
}

/** Creates an item, or saves one when `id` is given, from what a form holds (turned into the API's body by `toBody`). */
export function useSaveMediaItem<Values>(id: string | null, toBody: (values: Values) => MediaCreate & MediaUpdate, onSaved?: (item: MediaItemDto) => void) {
  return useMediaWrite(
    (values: Values) =>
      id
        ? api<MediaItemDto>(`/api/media-items/${id}`, { method: 'PATCH', body: toBody(values) })
        : api<MediaItemDto>('/api/media-items', { method: 'POST', body: toBody(values) }),
    onSaved,
  );
}

export function useTransitionMediaItem<Values>(id: string, toBody: (values: Values) => MediaTransition, onSaved?: (item: MediaItemDto) => void) {
  return useMediaWrite((values: Values) => api<MediaItemDto>(`/api/media-items/${id}/transition`, { method: 'POST', body: toBody(values) }), onSaved);
}

/** An upload or a removal changes the item's files: read it again. */
export function useRefreshMediaItem(id: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: detailKey(id) });
}

export function useDeleteMediaFile(itemId: string, onDeleted?: () => void) {
  const refresh = useRefreshMediaItem(itemId);
  return useMutation({
    mutationFn: (fileId: string) => api<void>(`/api/media-items/${itemId}/files/${fileId}`, { method: 'DELETE' }),
    onSuccess: async () => {
      await refresh();
      onDeleted?.();
    },
  });
}

/** The caller's body's channels, retired ones included so old publications keep their names. */
export function useChannels() {
  return useQuery({ queryKey: CHANNELS_KEY, queryFn: () => api<{ items: ChannelDto[] }>('/api/media-channels'), staleTime: 60_000 });
}

/** Adds a channel, or changes one when `id` is given, from what a form holds (turned into the API's body by `toBody`). */
export function useSaveChannel<Values>(id: string | null, toBody: (values: Values) => ChannelInput, onSaved?: (channel: ChannelDto) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (values: Values) =>
      id
        ? api<ChannelDto>(`/api/media-channels/${id}`, { method: 'PATCH', body: toBody(values) })
        : api<ChannelDto>('/api/media-channels', { method: 'POST', body: toBody(values) }),
    onSuccess: async (channel) => {
      await queryClient.invalidateQueries({ queryKey: CHANNELS_KEY });
      onSaved?.(channel);
    },
  });
}

/** The items linked to one period of a task: the period shows them as its evidence. */
export function useOccurrenceMediaItems(occurrenceId: string) {
  return useQuery({
    queryKey: [...MEDIA_KEY, 'occurrence', occurrenceId],
    queryFn: () => api<{ items: MediaItemSummaryDto[] }>(`/api/occurrences/${occurrenceId}/media-items`),
  });
}
