import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { answerOf, typedApi } from '../api/typed-client';
import { OCCURRENCES_KEY } from './queries';

/** Whose work a board or a calendar shows: the person's own units', or one plan's. */
export type WorkScope = { kind: 'mine' } | { kind: 'plan'; planId: string };

/** A board or calendar shows a whole set at once rather than a page; this many is enough for a year of one plan. */
export const WORK_SET_LIMIT = 1000;

export function useWorkSet(scope: WorkScope, due?: { from: string; to: string }) {
  const query = { ...(scope.kind === 'mine' ? { mine: '1' as const } : { planId: scope.planId }), dueFrom: due?.from, dueTo: due?.to, limit: WORK_SET_LIMIT };
  return useQuery({
    queryKey: [...OCCURRENCES_KEY, 'set', query],
    queryFn: () => answerOf(typedApi.GET('/api/occurrences', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}
