import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { ScheduleExpansionDto, TaskDto } from '../../api/types';
import { useDebouncedValue } from '../../forms/useDebouncedValue';

/** `dues`: the distinct due dates the deadline expands to, so a person sees what was understood. */
export type DeadlineHint = { state: 'empty' | 'pending' | 'understood' | 'not-understood' | 'failed'; text: string; dues?: string[] };

export type SavedDeadline = { text: string; schedule: TaskDto['schedule']; dues: string[] };

export const distinctDues = (spans: readonly { due?: string }[]) => [...new Set(spans.map((s) => s.due).filter((d): d is string => !!d))].sort();

export const hintFromSchedule = (s: TaskDto['schedule'], dues: string[] = []): DeadlineHint =>
  s.understood ? { state: 'understood', text: s.description ?? '', dues } : { state: 'not-understood', text: s.reason ?? '' };

/** How the server reads a deadline: as saved while unchanged, else asked again once typing stops. */
export function useDeadlineHint(text: string, year: number, saved?: SavedDeadline): DeadlineHint {
  const trimmed = text.trim();
  const settled = useDebouncedValue(trimmed, 400);
  const unchanged = saved !== undefined && saved.text.trim() === trimmed;
  const live = useQuery({
    queryKey: ['schedule-expansion', year, settled],
    queryFn: () => api<ScheduleExpansionDto>('/api/schedules/expand', { method: 'POST', body: { text: settled, year } }),
    enabled: !unchanged && settled !== '' && settled === trimmed,
    staleTime: Infinity,
  });
  if (!trimmed) return { state: 'empty', text: '' };
  if (unchanged) return hintFromSchedule(saved.schedule, saved.dues);
  if (settled !== trimmed || live.isPending) return { state: 'pending', text: '' };
  if (live.isError) return { state: 'failed', text: '' };
  return live.data.understood ? { state: 'understood', text: live.data.description, dues: distinctDues(live.data.occurrences) } : { state: 'not-understood', text: live.data.reason };
}
