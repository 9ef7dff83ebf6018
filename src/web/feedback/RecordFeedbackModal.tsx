import { Checkbox, Col, DatePicker, Form, Input, Row, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { FEEDBACK_CHANNELS, type FeedbackChannel } from '../../shared/feedback-vocabulary';
import { FEEDBACK_LIMITS } from '../../shared/schemas/feedback';
import type { FeedbackDto } from '../api/types';
import { DATE_PICKER_FORMAT } from '../format/dates';
import { FormModal } from '../forms/FormModal';
import { useT } from '../i18n/I18nProvider';
import { useProcedureList } from '../procedures/queries';
import { useBodyUnits } from '../procedures/useBodyUnits';
import { channelLabel } from './labels';
import { useRecordFeedback } from './queries';

type Values = {
  channel: FeedbackChannel;
  subject: string;
  content: string;
  procedureId?: string;
  concernsUnitId?: string;
  receivedOn: Dayjs;
  name?: string;
  phone?: string;
  email?: string;
  consent?: boolean;
};
const FIELDS = ['channel', 'subject', 'content', 'procedureId', 'concernsUnitId', 'receivedOn', 'contact', 'consent'] as const;
/** The public form is the citizen's own channel; staff record the others. */
const STAFF_CHANNELS = FEEDBACK_CHANNELS.filter((c) => c !== 'web');

const blankToNull = (value: string | undefined) => value?.trim() || null;

type Props = { bodyId: string; onClose: () => void; onSaved: (item: FeedbackDto) => void };

/** Staff record feedback that came by the hotline, the box, in person or by e-mail; the deadline counts from the day it came in. */
export function RecordFeedbackModal({ bodyId, onClose, onSaved }: Props) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const units = useBodyUnits(bodyId);
  const procedures = useProcedureList({ organizationId: bodyId }, undefined, 1000);
  const save = useRecordFeedback((v: Values) => {
    const contact = { name: blankToNull(v.name), phone: blankToNull(v.phone), email: blankToNull(v.email) };
    const hasContact = Boolean(contact.name || contact.phone || contact.email);
    return {
      organizationId: bodyId,
      channel: v.channel,
      subject: v.subject.trim(),
      content: v.content.trim(),
      procedureId: v.procedureId ?? null,
      concernsUnitId: v.concernsUnitId ?? null,
      receivedOn: v.receivedOn.format('YYYY-MM-DD'),
      contact: hasContact ? contact : null,
      consent: hasContact && Boolean(v.consent),
    };
  }, onSaved);
  const required = { required: true, whitespace: true, message: t('form.required') };

  return (
    <FormModal<Values>
      title={t('feedback.recordTitle')}
      submit={save}
      onClose={onClose}
      fields={FIELDS}
      form={form}
      initialValues={{ channel: 'hotline', receivedOn: dayjs() }}
      width={680}
    >
      <Row gutter={12}>
        <Col xs={24} sm={14}>
          <Form.Item name="channel" label={t('feedback.channelLabel')} rules={[{ required: true, message: t('form.required') }]}>
            <Select options={STAFF_CHANNELS.map((c) => ({ value: c, label: channelLabel(t, c) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={10}>
          <Form.Item name="receivedOn" label={t('feedback.receivedOnLabel')} tooltip={t('feedback.receivedOnHelp')} rules={[{ required: true, message: t('form.required') }]}>
            <DatePicker format={DATE_PICKER_FORMAT} className="full-width" disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="subject" label={t('feedback.subject')} rules={[required]}>
        <Input maxLength={FEEDBACK_LIMITS.subject} placeholder={t('feedback.subjectPlaceholder')} />
      </Form.Item>
      <Form.Item name="content" label={t('feedback.contentLabel')} rules={[required]}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={FEEDBACK_LIMITS.content} />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name="procedureId" label={t('feedback.procedure')}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              loading={procedures.isFetching}
              options={(procedures.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.code} — ${p.name}` }))}
              popupMatchSelectWidth={false}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="concernsUnitId" label={t('feedback.concernsUnit')}>
            <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={units} popupMatchSelectWidth={false} />
          </Form.Item>
        </Col>
      </Row>
      <Typography.Text strong className="feedback-form-section">
        {t('feedback.contactTitle')}
      </Typography.Text>
      <Row gutter={12}>
        <Col xs={24} sm={8}>
          <Form.Item name="name" label={t('feedback.contactName')}>
            <Input maxLength={FEEDBACK_LIMITS.name} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item name="phone" label={t('feedback.contactPhone')}>
            <Input maxLength={FEEDBACK_LIMITS.phone} inputMode="tel" autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item name="email" label={t('feedback.contactEmail')} rules={[{ type: 'email', message: t('feedback.emailInvalid') }]}>
            <Input maxLength={FEEDBACK_LIMITS.email} inputMode="email" autoComplete="off" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="consent"
        valuePropName="checked"
        dependencies={['name', 'phone', 'email']}
        rules={[
          ({ getFieldValue }) => ({
            validator: (_, checked: boolean | undefined) =>
              checked || !['name', 'phone', 'email'].some((f) => String(getFieldValue(f) ?? '').trim()) ? Promise.resolve() : Promise.reject(new Error(t('feedback.consentRequired'))),
          }),
        ]}
      >
        <Checkbox>{t('feedback.consent')}</Checkbox>
      </Form.Item>
    </FormModal>
  );
}
