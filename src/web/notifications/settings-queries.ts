import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { NotificationSettingsDto, NotificationSettingsInput } from '../../shared/schemas/notification-settings';
import { api } from '../api/client';

const SETTINGS_KEY = ['notification-settings'] as const;
const PATH = '/api/me/notification-settings';

export function useNotificationSettings(enabled: boolean) {
  return useQuery({ queryKey: SETTINGS_KEY, queryFn: () => api<NotificationSettingsDto>(PATH), enabled });
}

export function useSaveNotificationSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NotificationSettingsInput) => api<NotificationSettingsDto>(PATH, { method: 'PUT', body: input }),
    onSuccess: (saved) => queryClient.setQueryData(SETTINGS_KEY, saved),
  });
}
