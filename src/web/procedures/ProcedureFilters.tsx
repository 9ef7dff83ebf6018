import { DatePicker, Select } from 'antd';
import dayjs from 'dayjs';
import { PROCEDURE_SCOPES, PROCEDURE_STATUSES } from '../../shared/procedure-vocabulary';
import { DATE_PICKER_FORMAT } from '../format/dates';
import { FilterSearch } from '../forms/FilterSearch';
import { useT } from '../i18n/I18nProvider';
import { POSTING_STANDINGS } from '../../shared/schemas/procedures';
import { scopeLabel, standingLabel, statusLabel } from './labels';
import type { ProcedureFilters as Filters } from './queries';

type Props = { value: Filters; fields: readonly string[]; onChange: (change: Partial<Filters>) => void };

/** Search, field, status, kind, posting (posted, to post again, never posted), and the day the status is read on. */
export function ProcedureFilters({ value, fields, onChange }: Props) {
  const t = useT();
  return (
    <div className="filter-bar">
      <FilterSearch value={value.q} placeholder={t('procedures.searchPlaceholder')} onSearch={(q) => onChange({ q })} />
      <Select
        allowClear
        placeholder={t('procedures.filterField')}
        aria-label={t('procedures.filterField')}
        value={value.field}
        onChange={(field) => onChange({ field })}
        options={fields.map((field) => ({ value: field, label: field }))}
        popupMatchSelectWidth={false}
        className="filter-procedure-field"
      />
      <Select
        allowClear
        placeholder={t('procedures.filterStatus')}
        aria-label={t('procedures.filterStatus')}
        value={value.status}
        onChange={(status) => onChange({ status })}
        options={PROCEDURE_STATUSES.map((status) => ({ value: status, label: statusLabel(t, status) }))}
        popupMatchSelectWidth={false}
        className="filter-procedure-status"
      />
      <Select
        allowClear
        placeholder={t('procedures.filterScope')}
        aria-label={t('procedures.filterScope')}
        value={value.scope}
        onChange={(scope) => onChange({ scope })}
        options={PROCEDURE_SCOPES.map((scope) => ({ value: scope, label: scopeLabel(t, scope) }))}
        popupMatchSelectWidth={false}
        className="filter-procedure-scope"
      />
      <DatePicker
        format={DATE_PICKER_FORMAT}
        // Empty means today, which is what the server reads the status on without a day.
        placeholder={t('procedures.today')}
        prefix={<span className="filter-prefix">{t('procedures.statusOnPrefix')}</span>}
        aria-label={t('procedures.statusOn')}
        value={value.on ? dayjs(value.on) : null}
        onChange={(day) => onChange({ on: day ? day.format('YYYY-MM-DD') : undefined })}
        className="filter-procedure-on"
      />
      <Select
        allowClear
        placeholder={t('procedures.filterStanding')}
        aria-label={t('procedures.filterStanding')}
        value={value.standing}
        onChange={(standing) => onChange({ standing })}
        options={POSTING_STANDINGS.map((standing) => ({ value: standing, label: standingLabel(t, standing) }))}
        popupMatchSelectWidth={false}
        className="filter-procedure-standing"
      />
    </div>
  );
}
