import { Select } from 'antd';
import { PLAN_KINDS, PLAN_STATES } from '../../shared/plan-vocabulary';
import { FilterSearch } from '../forms/FilterSearch';
import { useT } from '../i18n/I18nProvider';
import { OrganizationTreeSelect } from '../organizations/OrganizationTreeSelect';
import { useOrganizations } from '../organizations/queries';
import { planKindLabel, planStateLabel } from './labels';
import type { PlanListFilters } from './queries';

const isBody = (org: { isBody: boolean }) => org.isBody;

/** Years offered: next year (plans are drafted in December) and the five before it. */
export function recentYears(now = new Date()): number[] {
  const next = now.getFullYear() + 1;
  return Array.from({ length: 6 }, (_, i) => next - i);
}

type Props = { value: PlanListFilters; onChange: (update: (filters: PlanListFilters) => PlanListFilters) => void };

export function PlanFilters({ value, onChange }: Props) {
  const t = useT();
  const orgs = useOrganizations();
  return (
    <div className="filter-bar plan-filters">
      <FilterSearch value={value.q} placeholder={t('plans.searchPlaceholder')} onSearch={(q) => onChange((f) => ({ ...f, q }))} />
      <Select<number>
        allowClear
        placeholder={t('plan.year')}
        aria-label={t('plan.year')}
        value={value.year}
        onChange={(year) => onChange((f) => ({ ...f, year }))}
        options={recentYears().map((year) => ({ value: year, label: String(year) }))}
        className="filter-year"
      />
      <Select
        allowClear
        placeholder={t('plan.kind')}
        aria-label={t('plan.kind')}
        value={value.kind}
        onChange={(kind) => onChange((f) => ({ ...f, kind }))}
        options={PLAN_KINDS.map((kind) => ({ value: kind, label: planKindLabel(t, kind) }))}
        popupMatchSelectWidth={false}
        className="filter-kind"
      />
      <OrganizationTreeSelect
        items={orgs.items}
        selectable={isBody}
        allowClear
        placeholder={t('plans.filterBody')}
        aria-label={t('plans.filterBody')}
        value={value.organizationId}
        onChange={(id) => onChange((f) => ({ ...f, organizationId: typeof id === 'string' ? id : undefined }))}
        className="filter-body"
      />
      <Select
        allowClear
        placeholder={t('plan.state')}
        aria-label={t('plan.state')}
        value={value.state}
        onChange={(state) => onChange((f) => ({ ...f, state }))}
        options={PLAN_STATES.map((state) => ({ value: state, label: planStateLabel(t, state) }))}
        className="filter-state"
      />
    </div>
  );
}
