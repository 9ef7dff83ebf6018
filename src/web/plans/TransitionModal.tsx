import { DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { PlanDetailDto } from '../api/types';
import { DATE_PICKER_FORMAT } from '../format/dates';
import { FormModal } from '../forms/FormModal';
import { useT } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/vi';
import { useTransitionPlan } from './queries';
import { UndatedTasksPanel } from './tasks/UndatedTasksPanel';

export type TransitionTarget = 'submitted' | 'draft' | 'issued' | 'closed' | 'reopened';

type Values = { issuedOn?: Dayjs; comment?: string };

/** Words of each move: the dialog's title, its OK button and what the comment is for. */
const WORDS: Record<TransitionTarget, { title: MessageKey; ok: MessageKey; help: MessageKey }> = {
  submitted: { title: 'planAction.submitTitle', ok: 'planAction.submit', help: 'planAction.submitHelp' },
  draft: { title: 'planAction.returnTitle', ok: 'planAction.return', help: 'planAction.returnHelp' },
  issued: { title: 'planAction.issueTitle', ok: 'planAction.issue', help: 'planAction.issueHelp' },
  closed: { title: 'planAction.closeTitle', ok: 'planAction.close', help: 'planAction.closeHelp' },
  reopened: { title: 'planAction.reopenTitle', ok: 'planAction.reopen', help: 'planAction.reopenHelp' },
};

type Props = { plan: PlanDetailDto; target: TransitionTarget; onClose: () => void; onDone: (plan: PlanDetailDto) => void };

/** One dialog for every move of the lifecycle; issuing asks for the signing date (today by default). */
export function TransitionModal({ plan, target, onClose, onDone }: Props) {
  const t = useT();
  const words = WORDS[target];
  const move = useTransitionPlan(
    plan.id,
    (values: Values) => ({
      to: target === 'reopened' ? 'issued' : target,
      issuedOn: target === 'issued' ? values.issuedOn?.format('YYYY-MM-DD') : undefined,
      comment: values.comment?.trim() || undefined,
    }),
    onDone,
  );
  return (
    <FormModal<Values>
      title={t(words.title, { title: plan.title })}
      okText={t(words.ok)}
      submit={move}
      onClose={onClose}
      fields={['issuedOn', 'comment']}
      initialValues={{ issuedOn: dayjs() }}
    >
      <p>{t(words.help)}</p>
      {/* Issuing or submitting with undated tasks: said before it binds, with the means to fix it here. */}
      {(target === 'issued' || target === 'submitted') && <UndatedTasksPanel plan={plan} />}
      {target === 'issued' && (
        <Form.Item name="issuedOn" label={t('planAction.issuedOn')} rules={[{ required: true, message: t('form.required') }]}>
          <DatePicker format={DATE_PICKER_FORMAT} className="full-width" />
        </Form.Item>
      )}
      <Form.Item name="comment" label={t('planAction.comment')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
