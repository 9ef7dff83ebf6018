import { Form, Input, Select, Switch } from 'antd';
import { FEEDBACK_LIMITS } from '../../shared/schemas/feedback';
import type { FeedbackDto, FeedbackStepInput } from '../api/types';
import { FormModal } from '../forms/FormModal';
import { useT } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/vi';
import { useBodyUnits } from '../procedures/useBodyUnits';
import { useFeedbackStep, useUnitUsers } from './queries';

/** The steps taken through a form; publishing and withdrawing are one click on the page. */
export type FormStep = 'assign' | 'answer' | 'close' | 'refuse' | 'reopen';

type Values = { unitId?: string; userId?: string; note?: string; answer?: string; publish?: boolean; reason?: string };

const TITLES: Record<FormStep, MessageKey> = {
  assign: 'feedback.assignTitle',
  answer: 'feedback.answerTitle',
  close: 'feedback.closeTitle',
  refuse: 'feedback.refuseTitle',
  reopen: 'feedback.reopenTitle',
};

const trimmed = (value: string | undefined) => value?.trim() || null;

function toBody(step: FormStep, v: Values): FeedbackStepInput {
  switch (step) {
    case 'assign':
      return { step, unitId: v.unitId!, userId: v.userId ?? null, note: trimmed(v.note) };
    case 'answer':
      return { step, answer: v.answer!.trim(), publish: Boolean(v.publish) };
    case 'close':
      return { step, note: trimmed(v.note) };
    case 'refuse':
      return { step, reason: v.reason!.trim() };
    case 'reopen':
      return { step, note: v.note!.trim() };
  }
}

type Props = { item: FeedbackDto; step: FormStep; onClose: () => void; onSaved: (item: FeedbackDto) => void };

/** One handling step with what it needs: the department (and person) to assign, the answer and whether to publish it, a reason. */
export function FeedbackStepModal({ item, step, onClose, onSaved }: Props) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const save = useFeedbackStep(item.id, (v: Values) => toBody(step, v), onSaved);
  const required = { required: true, whitespace: true, message: t('form.required') };
  return (
    <FormModal<Values>
      title={t(TITLES[step], { code: item.trackingCode })}
      submit={save}
      onClose={onClose}
      form={form}
      fields={['unitId', 'userId', 'note', 'answer', 'publish', 'reason']}
      initialValues={{ unitId: item.assignedUnit?.id ?? item.concernsUnit?.id, userId: item.assignedUser?.id, answer: item.answer ?? undefined, publish: item.answerPublished }}
      width={step === 'answer' ? 720 : 560}
    >
      {step === 'assign' && <AssignFields bodyId={item.organization.id} />}
      {step === 'answer' && (
        <>
          <Form.Item name="answer" label={t('feedback.answerText')} rules={[required]}>
            <Input.TextArea autoSize={{ minRows: 6, maxRows: 16 }} maxLength={FEEDBACK_LIMITS.answer} />
          </Form.Item>
          <Form.Item name="publish" label={t('feedback.publishSwitch')} valuePropName="checked" extra={t('feedback.publishHelp')}>
            <Switch />
          </Form.Item>
        </>
      )}
      {(step === 'close' || step === 'reopen') && (
        <Form.Item name="note" label={t(step === 'reopen' ? 'feedback.reopenNote' : 'feedback.note')} rules={step === 'reopen' ? [required] : []}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={FEEDBACK_LIMITS.reason} />
        </Form.Item>
      )}
      {step === 'refuse' && (
        <Form.Item name="reason" label={t('feedback.refuseReason')} rules={[required]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={FEEDBACK_LIMITS.reason} />
        </Form.Item>
      )}
    </FormModal>
  );
}

/** The department from the body's tree; the person, when the caller may list the department's people. */
function AssignFields({ bodyId }: { bodyId: string }) {
  const t = useT();
  const units = useBodyUnits(bodyId);
  const form = Form.useFormInstance<Values>();
  const unitId = Form.useWatch('unitId', form);
  const users = useUnitUsers(unitId);
  const people = (users.data?.items ?? []).filter((u) => !u.disabled).map((u) => ({ value: u.id, label: u.title ? `${u.fullName} — ${u.title}` : u.fullName }));
  return (
    <>
      <Form.Item name="unitId" label={t('feedback.assignUnit')} rules={[{ required: true, message: t('form.required') }]}>
        <Select showSearch={{ optionFilterProp: 'label' }} options={units} onChange={() => form.setFieldValue('userId', undefined)} />
      </Form.Item>
      {people.length > 0 && (
        <Form.Item name="userId" label={t('feedback.assignUser')}>
          <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={people} />
        </Form.Item>
      )}
      <Form.Item name="note" label={t('feedback.note')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={FEEDBACK_LIMITS.reason} />
      </Form.Item>
    </>
  );
}
