import { useQuery } from '@tanstack/react-query';
import type { TaskPageDto } from '../../shared/schemas/task-page';
import { api } from '../api/client';
import { OCCURRENCES_KEY } from '../work/queries';

/** Under the occurrences' key: any update, review or evidence change reads the page again. */
export function useTaskPage(id: string) {
  return useQuery({ queryKey: [...OCCURRENCES_KEY, 'task', id], queryFn: () => api<TaskPageDto>(`/api/tasks/${id}`) });
}

export const taskPath = (id: string) => `/nhiem-vu/${id}`;
