import type { Translate } from '../i18n/I18nProvider';
import type { PlanListFilters } from './queries';

/**
 * Why the plan list is empty and what to do: a filter that leaves nothing says to loosen it; an empty
 * year or body says who starts a plan, and how, to those who may draft one.
 */
export function emptyPlansText(t: Translate, filters: PlanListFilters, canDraft: boolean): string {
  const { year, ...others } = filters;
  if (Object.values(others).some((value) => value !== undefined && value !== '')) return t('empty.plansFiltered');
  if (year !== undefined) return t(canDraft ? 'empty.plansYearDraft' : 'empty.plansYear', { year });
  return t(canDraft ? 'empty.plansDraft' : 'empty.plans');
}
