import { Checkbox, Select } from 'antd';
import { FEEDBACK_STATES } from '../../shared/feedback-vocabulary';
import { FilterSearch } from '../forms/FilterSearch';
import { useT } from '../i18n/I18nProvider';
import { recentYears } from '../plans/PlanFilters';
import { feedbackStateLabel } from './labels';
import type { FeedbackFilters as Filters } from './queries';

type Props = { value: Filters; units: { value: string; label: string }[]; onChange: (change: Partial<Filters>) => void };

/** Search, state, the handling department, the year received, and overdue only. */
export function FeedbackFilters({ value, units, onChange }: Props) {
  const t = useT();
  return (
    <div className="filter-bar">
      <FilterSearch value={value.q} placeholder={t('feedback.searchPlaceholder')} onSearch={(q) => onChange({ q })} />
      <Select
        allowClear
        placeholder={t('feedback.filterState')}
        aria-label={t('feedback.filterState')}
        value={value.state}
        onChange={(state) => onChange({ state })}
        options={FEEDBACK_STATES.map((state) => ({ value: state, label: feedbackStateLabel(t, state) }))}
        popupMatchSelectWidth={false}
        className="filter-feedback-state"
      />
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('feedback.filterUnit')}
        aria-label={t('feedback.filterUnit')}
        value={value.assignedUnitId}
        onChange={(assignedUnitId) => onChange({ assignedUnitId })}
        options={units}
        popupMatchSelectWidth={false}
        className="filter-feedback-unit"
      />
      <Select
        allowClear
        placeholder={t('feedback.filterYear')}
        aria-label={t('feedback.filterYear')}
        value={value.year}
        onChange={(year) => onChange({ year })}
        options={recentYears().map((year) => ({ value: year, label: t('feedback.yearOption', { year }) }))}
        className="filter-feedback-year"
      />
      <Checkbox checked={Boolean(value.overdue)} onChange={(e) => onChange({ overdue: e.target.checked || undefined })}>
        {t('feedback.filterOverdue')}
      </Checkbox>
    </div>
  );
}
