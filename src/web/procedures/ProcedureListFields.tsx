import { Form, Input, InputNumber, Select } from 'antd';
import { ListField } from '../forms/ListField';
import { useT } from '../i18n/I18nProvider';

type UnitOptions = { value: string; label: string }[];

const required = (message: string) => [{ required: true, whitespace: true, message }];

/** The ordered steps, each with the department doing it and how long it takes. */
export function StepsField({ units }: { units: UnitOptions }) {
  const t = useT();
  return (
    <ListField name={['steps']} addLabel={t('procedures.addStep')} newItem={() => ({ text: '', unitId: null })} rowLabel={(i) => t('procedures.stepN', { n: i + 1 })}>
      {(field, i) => (
        <div className="procedure-list-row procedure-step-row">
          <span className="procedure-step-number" aria-hidden>
            {i + 1}.
          </span>
          <Form.Item name={[field.name, 'text']} rules={required(t('form.required'))} className="procedure-row-text">
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} maxLength={2000} placeholder={t('procedures.stepText')} aria-label={t('procedures.stepN', { n: i + 1 })} />
          </Form.Item>
          <Form.Item name={[field.name, 'unitId']}>
            <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={units} placeholder={t('procedures.stepUnit')} aria-label={t('procedures.stepUnit')} popupMatchSelectWidth={false} />
          </Form.Item>
          <Form.Item name={[field.name, 'duration']}>
            <Input maxLength={100} placeholder={t('procedures.stepDuration')} aria-label={t('procedures.stepDuration')} />
          </Form.Item>
        </div>
      )}
    </ListField>
  );
}

/** The papers the citizen brings, with the number of copies. */
export function DossierField() {
  const t = useT();
  return (
    <ListField name={['dossier']} addLabel={t('procedures.addDossierItem')} newItem={() => ({ name: '', copies: 1 })} rowLabel={(i) => t('procedures.dossierN', { n: i + 1 })}>
      {(field, i) => (
        <div className="procedure-list-row procedure-dossier-row">
          <Form.Item name={[field.name, 'name']} rules={required(t('form.required'))} className="procedure-row-text">
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={1000} placeholder={t('procedures.dossierName')} aria-label={t('procedures.dossierN', { n: i + 1 })} />
          </Form.Item>
          <Form.Item name={[field.name, 'copies']}>
            <InputNumber min={0} max={100} precision={0} placeholder={t('procedures.dossierCopies')} aria-label={t('procedures.dossierCopies')} className="full-width" />
          </Form.Item>
          <Form.Item name={[field.name, 'note']}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} placeholder={t('procedures.dossierNote')} aria-label={t('procedures.dossierNote')} />
          </Form.Item>
        </div>
      )}
    </ListField>
  );
}

/** Fees and charges in whole đồng; an amount left empty is written in the note ("theo quy định"). */
export function FeesField() {
  const t = useT();
  return (
    <ListField name={['fees']} addLabel={t('procedures.addFee')} newItem={() => ({ name: '' })} rowLabel={(i) => t('procedures.feeN', { n: i + 1 })}>
      {(field, i) => (
        <div className="procedure-list-row procedure-fee-row">
          <Form.Item name={[field.name, 'name']} rules={required(t('form.required'))} className="procedure-row-text">
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={300} placeholder={t('procedures.feeName')} aria-label={t('procedures.feeN', { n: i + 1 })} />
          </Form.Item>
          <Form.Item name={[field.name, 'amountDong']}>
            <InputNumber<number | string>
              min={0}
              max={1_000_000_000}
              precision={0}
              // Thousands with dots, as amounts in đồng are written.
              formatter={(value) => (value === undefined || value === null || `${value}` === '' ? '' : `${value}`.replace(/\B(?=(\d{3})+(?!\d))/g, '.'))}
              // A string back, so that an emptied box is no amount rather than 0.
              parser={(value) => (value ?? '').replace(/\D/g, '')}
              placeholder={t('procedures.feeAmount')}
              aria-label={t('procedures.feeAmount')}
              suffix="đ"
              className="full-width"
            />
          </Form.Item>
          <Form.Item name={[field.name, 'note']}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} placeholder={t('procedures.feeNote')} aria-label={t('procedures.feeNote')} />
          </Form.Item>
        </div>
      )}
    </ListField>
  );
}
