import { Segmented, Select } from 'antd';
import { useT } from '../i18n/I18nProvider';
import { usePlanList } from '../plans/queries';
import type { WorkScope } from './work-set';

/** "My work" or the work of one plan (a coordinator follows a whole plan). */
export function WorkScopePicker({ value, onChange }: { value: WorkScope; onChange: (scope: WorkScope) => void }) {
  const t = useT();
  const plans = usePlanList({}, undefined, 100);
  const issued = (plans.data?.items ?? []).filter((p) => p.state === 'issued' || p.state === 'closed');
  return (
    <>
      <Segmented<WorkScope['kind']>
        aria-label={t('a11y.scope')}
        value={value.kind}
        onChange={(kind) => (kind === 'mine' ? onChange({ kind }) : issued[0] && onChange({ kind, planId: issued[0].id }))}
        options={[
          { value: 'mine', label: t('work.scopeMine') },
          { value: 'plan', label: t('work.scopePlan'), disabled: issued.length === 0 },
        ]}
      />
      {value.kind === 'plan' && (
        <Select
          aria-label={t('work.choosePlan')}
          showSearch={{ optionFilterProp: 'label' }}
          style={{ minWidth: 280, maxWidth: '100%' }}
          value={value.planId}
          onChange={(planId) => onChange({ kind: 'plan', planId })}
          options={issued.map((p) => ({ value: p.id, label: `${p.numberAndSymbol} — ${p.organization.name}: ${p.title}` }))}
        />
      )}
    </>
  );
}
