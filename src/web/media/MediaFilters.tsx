import { Checkbox, Select } from 'antd';
import { MEDIA_KINDS, MEDIA_STATES } from '../../shared/media-vocabulary';
import { FilterSearch } from '../forms/FilterSearch';
import { useT } from '../i18n/I18nProvider';
import { mediaKindLabel, mediaStateLabel } from './labels';
import type { MediaListFilters } from './queries';

type Props = { value: MediaListFilters; onChange: (update: (filters: MediaListFilters) => MediaListFilters) => void };

export function MediaFilters({ value, onChange }: Props) {
  const t = useT();
  return (
    <div className="filter-bar">
      <FilterSearch value={value.q} placeholder={t('media.searchPlaceholder')} onSearch={(q) => onChange((f) => ({ ...f, q }))} />
      <Select
        allowClear
        placeholder={t('media.filterState')}
        aria-label={t('media.filterState')}
        value={value.state}
        onChange={(state) => onChange((f) => ({ ...f, state }))}
        options={MEDIA_STATES.map((state) => ({ value: state, label: mediaStateLabel(t, state) }))}
        popupMatchSelectWidth={false}
        className="filter-media-state"
      />
      <Select
        allowClear
        placeholder={t('media.filterKind')}
        aria-label={t('media.filterKind')}
        value={value.kind}
        onChange={(kind) => onChange((f) => ({ ...f, kind }))}
        options={MEDIA_KINDS.map((kind) => ({ value: kind, label: mediaKindLabel(t, kind) }))}
        popupMatchSelectWidth={false}
        className="filter-media-kind"
      />
      <Checkbox checked={value.goodPractice === '1'} onChange={(e) => onChange((f) => ({ ...f, goodPractice: e.target.checked ? '1' : undefined }))}>
        {t('media.goodPracticeOnly')}
      </Checkbox>
    </div>
  );
}
