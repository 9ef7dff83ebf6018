import { Form, Input, InputNumber, Select } from 'antd';
import { PLAN_KINDS } from '../../shared/plan-vocabulary';
import { useT } from '../i18n/I18nProvider';
import { planKindLabel } from './labels';

/** Kind, year and title: what a new blank plan asks for, and the first fields of a plan's details. */
export function PlanBasicsFields() {
  const t = useT();
  return (
    <>
      <div className="form-grid-2">
        <Form.Item name="kind" label={t('plan.kind')} rules={[{ required: true, message: t('form.required') }]}>
          <Select options={PLAN_KINDS.map((kind) => ({ value: kind, label: planKindLabel(t, kind) }))} />
        </Form.Item>
        <Form.Item name="year" label={t('plan.year')} rules={[{ required: true, message: t('form.required') }]}>
          <InputNumber min={2000} max={2099} className="full-width" />
        </Form.Item>
      </div>
      <Form.Item name="title" label={t('plan.title')} extra={t('plan.titleHelp')} rules={[{ required: true, whitespace: true, min: 3, message: t('plan.titleRequired') }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={1000} />
      </Form.Item>
    </>
  );
}
