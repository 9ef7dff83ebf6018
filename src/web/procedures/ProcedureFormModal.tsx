import { Alert, AutoComplete, Checkbox, DatePicker, Divider, Form, Input, InputNumber, Select } from 'antd';
import { ONLINE_LEVELS, PROCEDURE_LEVELS, PROCEDURE_SCOPES, PROCESSING_TIME_UNITS, RECEIVING_PLACES } from '../../shared/procedure-vocabulary';
import type { ProcedureDto } from '../../shared/schemas/procedures';
import { DATE_PICKER_FORMAT } from '../format/dates';
import { FormModal } from '../forms/FormModal';
import { useT } from '../i18n/I18nProvider';
import { levelLabel, onlineLevelLabel, processingUnitLabel, receivingPlaceLabel, scopeLabel } from './labels';
import { newProcedure, procedureContent, procedureFormValues, PROCEDURE_FORM_FIELDS, type ProcedureFormValues } from './procedure-form-values';
import { DossierField, FeesField, StepsField } from './ProcedureListFields';
import { useProcedureList, useSaveProcedure } from './queries';
import { useBodyUnits } from './useBodyUnits';

/** Same rule as the server's: letters and digits first, then also . _ - /, no spaces. */
const CODE_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}._\-/]*$/u;

type Props = { editing: ProcedureDto | null; bodyId: string; onClose: () => void; onSaved: (procedure: ProcedureDto) => void };

/** Adds a procedure with its issuing decision, or corrects one's content (a new version to post). */
export function ProcedureFormModal({ editing, bodyId, onClose, onSaved }: Props) {
  const t = useT();
  const units = useBodyUnits(bodyId);
  // The body's fields so far, offered while typing so one field is not written two ways.
  const fields = useProcedureList({ organizationId: bodyId }, undefined, 1).data?.fields ?? [];
  const save = useSaveProcedure(editing?.id ?? null, (values: ProcedureFormValues) => (editing ? procedureContent(values) : newProcedure(values)), onSaved);
  const section = (title: string) => (
    <Divider titlePlacement="start" className="procedure-form-section">
      {title}
    </Divider>
  );

  return (
    <FormModal<ProcedureFormValues>
      title={editing ? t('procedures.editTitle', { code: editing.code }) : t('procedures.addTitle')}
      submit={save}
      onClose={onClose}
      fields={PROCEDURE_FORM_FIELDS}
      initialValues={procedureFormValues(editing)}
      width={880}
    >
      {editing && <Alert type="info" showIcon title={t('procedures.editHelp')} className="form-alert" />}
      <div className="form-grid-2">
        <Form.Item name="scope" label={t('procedures.scope')} rules={[{ required: true, message: t('form.required') }]}>
          <Select options={PROCEDURE_SCOPES.map((scope) => ({ value: scope, label: scopeLabel(t, scope) }))} />
        </Form.Item>
        <Form.Item name="code" label={t('procedures.code')} extra={t('procedures.codeHelp')} rules={[{ required: true, whitespace: true, message: t('form.required') }, { pattern: CODE_PATTERN, message: t('procedures.codeInvalid') }]}>
          <Input maxLength={60} />
        </Form.Item>
      </div>
      <Form.Item name="name" label={t('procedures.name')} rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={1000} />
      </Form.Item>
      <div className="form-grid-2">
        <Form.Item name="field" label={t('procedures.field')} rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
          <AutoComplete options={fields.map((field) => ({ value: field }))} placeholder={t('procedures.fieldPlaceholder')} maxLength={200} />
        </Form.Item>
        <Form.Item name="level" label={t('procedures.level')} rules={[{ required: true, message: t('form.required') }]}>
          <Select options={PROCEDURE_LEVELS.map((level) => ({ value: level, label: levelLabel(t, level) }))} />
        </Form.Item>
      </div>
      {!editing && (
        <div className="form-grid-2">
          <Form.Item name={['issued', 'effectiveOn']} label={t('procedures.issuedOn')} rules={[{ required: true, message: t('form.required') }]}>
            <DatePicker format={DATE_PICKER_FORMAT} className="full-width" />
          </Form.Item>
          <Form.Item name={['issued', 'decidingDocument']} label={t('procedures.issuedBy')}>
            <Input maxLength={200} placeholder={t('procedures.decidingDocumentPlaceholder')} />
          </Form.Item>
        </div>
      )}
      <Form.Item name="applicants" label={t('procedures.applicants')}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={1000} />
      </Form.Item>
      <Form.Item name="conditions" label={t('procedures.conditions')}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} maxLength={5000} />
      </Form.Item>
      <Form.Item name="responsibleUnitId" label={t('procedures.responsibleUnit')}>
        <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={units} placeholder={t('procedures.unitPlaceholder')} />
      </Form.Item>

      {section(t('procedures.steps'))}
      <StepsField units={units} />
      {section(t('procedures.dossier'))}
      <DossierField />

      {section(t('procedures.processingTime'))}
      <div className="procedure-time-row">
        <Form.Item name={['processingTime', 'value']} label={t('procedures.timeValue')}>
          <InputNumber min={0} max={1000} className="full-width" />
        </Form.Item>
        <Form.Item name={['processingTime', 'unit']} label={t('procedures.timeUnit')}>
          <Select options={PROCESSING_TIME_UNITS.map((unit) => ({ value: unit, label: processingUnitLabel(t, unit) }))} />
        </Form.Item>
        <Form.Item name={['processingTime', 'note']} label={t('procedures.timeNote')}>
          <Input maxLength={300} placeholder={t('procedures.timeNotePlaceholder')} />
        </Form.Item>
      </div>
      {section(t('procedures.fees'))}
      <FeesField />

      {section(t('procedures.receiving'))}
      <Form.Item name="receivingPlaces" label={t('procedures.receivingPlaces')}>
        <Checkbox.Group options={RECEIVING_PLACES.map((place) => ({ value: place, label: receivingPlaceLabel(t, place) }))} className="procedure-checkboxes" />
      </Form.Item>
      <Form.Item name="onlineLevel" label={t('procedures.onlineLevel')} rules={[{ required: true, message: t('form.required') }]}>
        <Select options={ONLINE_LEVELS.map((level) => ({ value: level, label: onlineLevelLabel(t, level) }))} />
      </Form.Item>
      <Form.Item name="result" label={t('procedures.result')}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={1000} />
      </Form.Item>
      <Form.Item name="legalBasis" label={t('procedures.legalBasis')} extra={t('procedures.legalBasisHelp')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={10_000} />
      </Form.Item>
    </FormModal>
  );
}
