import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { NotificationPage, markedReadSchema } from '../../shared/schemas/notifications';
import type { z } from 'zod';
import { api } from '../api/client';

export type { NotificationDto } from '../../shared/schemas/notifications';
type MarkedRead = z.infer<typeof markedReadSchema>;

const NOTIFICATIONS_KEY = ['notifications'] as const;
/** The bell shows the newest few; the count of unread ones comes with them in the same answer. */
const RECENT = 10;
const POLL_MS = 60_000;

export function useRecentNotifications() {
  return useQuery({
    queryKey: [...NOTIFICATIONS_KEY, 'recent'],
    queryFn: () => api<NotificationPage>('/api/notifications', { query: { limit: RECENT } }),
    // A small indexed query once a minute per open tab: a workflow step shows within a minute.
    refetchInterval: POLL_MS,
    refetchIntervalInBackground: false,
  });
}

function useNotificationWrite<Input>(send: (input: Input) => Promise<MarkedRead>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }) });
}

export const useMarkRead = () => useNotificationWrite((id: string) => api<MarkedRead>(`/api/notifications/${id}/read`, { method: 'POST' }));

export const useMarkAllRead = () => useNotificationWrite(() => api<MarkedRead>('/api/notifications/read-all', { method: 'POST' }));
