import { DatePicker, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { OrganizationDto } from '../api/types';
import { DATE_PICKER_FORMAT } from '../format/dates';
import { useT } from '../i18n/I18nProvider';
import { OrganizationTreeSelect } from '../organizations/OrganizationTreeSelect';
import { ENTITY_TYPES, entityTypeLabel } from './labels';

export type AuditFilterValues = {
  organizationId?: string;
  action: string;
  entityType?: string;
  range: [Dayjs | null, Dayjs | null] | null;
};

type Props = { items: readonly OrganizationDto[]; value: AuditFilterValues; onChange: (value: AuditFilterValues) => void };

export function AuditFilters({ items, value, onChange }: Props) {
  const t = useT();
  return (
    <div className="filter-bar">
      <OrganizationTreeSelect
        items={items}
        allowClear
        placeholder={t('audit.filterOrganization')}
        value={value.organizationId}
        onChange={(id) => onChange({ ...value, organizationId: typeof id === 'string' ? id : undefined })}
        className="filter-org"
      />
      <Input.Search
        allowClear
        placeholder={t('audit.filterAction')}
        defaultValue={value.action}
        onSearch={(action) => onChange({ ...value, action: action.trim() })}
        className="filter-search"
      />
      <Select<string>
        allowClear
        placeholder={t('audit.filterEntityType')}
        value={value.entityType}
        onChange={(entityType) => onChange({ ...value, entityType })}
        options={ENTITY_TYPES.map((type) => ({ value: type, label: entityTypeLabel(t, type) }))}
        className="filter-role"
      />
      <DatePicker.RangePicker
        format={DATE_PICKER_FORMAT}
        value={value.range}
        onChange={(range) => onChange({ ...value, range })}
        placeholder={[t('audit.from'), t('audit.to')]}
        allowEmpty={[true, true]}
        className="filter-range"
      />
    </div>
  );
}
