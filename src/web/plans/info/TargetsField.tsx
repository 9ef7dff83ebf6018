import { Form, Input, InputNumber, Select } from 'antd';
import { ListField } from '../../forms/ListField';
import { useT } from '../../i18n/I18nProvider';

const COMPARATORS = ['at_least', 'above', 'exactly', 'at_most'] as const;

/** Numeric targets ("chỉ tiêu"): the sentence as written, and its figure for follow-up. */
export function TargetsField({ disabled }: { disabled: boolean }) {
  const t = useT();
  return (
    <ListField
      name={['content', 'targets']}
      addLabel={t('planInfo.addTarget')}
      newItem={() => ({ text: '', value: null, unit: '%', comparator: 'at_least' })}
      rowLabel={(i) => t('planInfo.targetN', { n: i + 1 })}
      disabled={disabled}
    >
      {(field) => (
        <div className="target-row">
          <Form.Item name={[field.name, 'text']} rules={[{ required: true, whitespace: true, message: t('form.required') }]} className="target-text">
            <Input placeholder={t('planInfo.targetText')} aria-label={t('planInfo.targetText')} />
          </Form.Item>
          <Form.Item name={[field.name, 'comparator']} className="target-comparator">
            <Select allowClear aria-label={t('planInfo.targetComparator')} options={COMPARATORS.map((c) => ({ value: c, label: t(`planInfo.comparator.${c}`) }))} />
          </Form.Item>
          <Form.Item name={[field.name, 'value']} className="target-value">
            <InputNumber placeholder={t('planInfo.targetValue')} aria-label={t('planInfo.targetValue')} className="full-width" />
          </Form.Item>
          <Form.Item name={[field.name, 'unit']} className="target-unit">
            <Input placeholder={t('planInfo.targetUnit')} aria-label={t('planInfo.targetUnit')} maxLength={20} />
          </Form.Item>
        </div>
      )}
    </ListField>
  );
}
