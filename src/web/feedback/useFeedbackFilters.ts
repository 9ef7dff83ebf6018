import { useSearchParams } from 'react-router-dom';
import { FEEDBACK_STATES, type FeedbackState } from '../../shared/feedback-vocabulary';
import type { FeedbackFilters } from './queries';

/** The list's filters live in the address, so the way back from an item finds the list as it was, and a link can name a body. */
const PARAMS = { q: 'q', state: 'trangThai', overdue: 'quaHan', assignedUnitId: 'khoaPhong', year: 'nam', organizationId: 'donVi' } as const satisfies Record<keyof FeedbackFilters, string>;

export function useFeedbackFilters(): [FeedbackFilters, (change: Partial<FeedbackFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const text = (key: keyof FeedbackFilters) => params.get(PARAMS[key]) || undefined;
  const state = params.get(PARAMS.state);
  const year = Number(params.get(PARAMS.year));
  const filters: FeedbackFilters = {
    q: text('q'),
    state: (FEEDBACK_STATES as readonly string[]).includes(state ?? '') ? (state as FeedbackState) : undefined,
    overdue: params.get(PARAMS.overdue) === '1' || undefined,
    assignedUnitId: text('assignedUnitId'),
    year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : undefined,
    organizationId: text('organizationId'),
  };
  const change = (next: Partial<FeedbackFilters>) => {
    const updated = new URLSearchParams(params);
    for (const [key, value] of Object.entries(next) as [keyof FeedbackFilters, string | number | boolean | undefined][]) {
      if (value === undefined || value === '' || value === false) updated.delete(PARAMS[key]);
      else updated.set(PARAMS[key], value === true ? '1' : String(value));
    }
    setParams(updated, { replace: true });
  };
  return [filters, change];
}

/** Whether the list is narrowed by anything the person chose (the body is not narrowing). */
export const isFiltered = (f: FeedbackFilters) => Boolean(f.q || f.state || f.overdue || f.assignedUnitId || f.year);
