import { useMutation, useQuery } from '@tanstack/react-query';
import type { JobDto, RequestExport } from '../../shared/schemas/jobs';
import { api } from '../api/client';

const POLL_MS = 1000;

const finished = (job: JobDto | undefined) => job?.state === 'done' || job?.state === 'failed';

/** One job, asked for again every second until it is done or has failed. */
export function useJob(id: string) {
  return useQuery({
    queryKey: ['jobs', id],
    queryFn: () => api<JobDto>(`/api/jobs/${id}`),
    refetchInterval: (query) => (finished(query.state.data) ? false : POLL_MS),
  });
}

export function useRequestExport() {
  return useMutation({ mutationFn: (request: RequestExport) => api<JobDto>('/api/exports', { method: 'POST', body: request }) });
}
