import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { PROCEDURE_EVENT_KINDS, type ProcedureEventKind } from '../../shared/procedure-vocabulary';
import type { ProcedureDto, ProcedureEventDto } from '../../shared/schemas/procedures';
import { DATE_PICKER_FORMAT } from '../format/dates';
import { FormModal } from '../forms/FormModal';
import { useT } from '../i18n/I18nProvider';
import { eventKindLabel } from './labels';
import { useAddProcedureEvent, useProcedureList } from './queries';

type Values = { kind: ProcedureEventKind; effectiveOn: Dayjs; decidingDocument?: string; replacedById?: string; note?: string };
const FIELDS = ['kind', 'effectiveOn', 'decidingDocument', 'replacedById', 'note'] as const;

type Props = { procedure: ProcedureDto; onClose: () => void; onSaved: (event: ProcedureEventDto) => void };

/** Records what a deciding document did to the procedure, from the day it takes effect. */
export function ProcedureEventModal({ procedure: p, onClose, onSaved }: Props) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const save = useAddProcedureEvent(
    p.id,
    (v: Values) => ({
      kind: v.kind,
      effectiveOn: v.effectiveOn.format('YYYY-MM-DD'),
      decidingDocument: v.decidingDocument?.trim() || null,
      replacedById: v.kind === 'replaced' ? (v.replacedById ?? null) : null,
      note: v.note?.trim() || null,
    }),
    onSaved,
  );
  // Its successor is another procedure of the same body; a body keeps tens to hundreds.
  const others = useProcedureList({ organizationId: p.organization.id }, undefined, 1000, kind === 'replaced');
  const successors = (others.data?.items ?? []).filter((o) => o.id !== p.id).map((o) => ({ value: o.id, label: `${o.code} — ${o.name}` }));

  return (
    <FormModal<Values>
      title={t('procedures.eventTitle', { code: p.code })}
      submit={save}
      onClose={onClose}
      fields={FIELDS}
      form={form}
      initialValues={{ kind: 'amended', effectiveOn: dayjs() }}
      width={600}
    >
      <Form.Item name="kind" label={t('procedures.eventKind')} extra={t('procedures.eventKindHelp')} rules={[{ required: true, message: t('form.required') }]}>
        <Select options={PROCEDURE_EVENT_KINDS.map((k) => ({ value: k, label: eventKindLabel(t, k) }))} />
      </Form.Item>
      {kind === 'replaced' && (
        <Form.Item name="replacedById" label={t('procedures.replacedByLabel')} rules={[{ required: true, message: t('procedures.replacedByRequired') }]}>
          <Select showSearch={{ optionFilterProp: 'label' }} options={successors} loading={others.isFetching} placeholder={t('procedures.replacedByPlaceholder')} />
        </Form.Item>
      )}
      <Form.Item name="effectiveOn" label={t('procedures.effectiveOn')} rules={[{ required: true, message: t('form.required') }]}>
        <DatePicker format={DATE_PICKER_FORMAT} className="full-width" />
      </Form.Item>
      <Form.Item name="decidingDocument" label={t('procedures.decidingDocument')}>
        <Input maxLength={200} placeholder={t('procedures.decidingDocumentPlaceholder')} />
      </Form.Item>
      <Form.Item name="note" label={t('procedures.note')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
