import { App, Form, Input } from 'antd';
import type { OccurrenceDto } from '../../shared/schemas/occurrences';
import { FormModal } from '../forms/FormModal';
import { useT } from '../i18n/I18nProvider';
import { useReviewOccurrence } from './queries';

type Values = { comment?: string };

/** A reviewer accepts submitted work (it becomes done) or returns it to the unit with a reason. */
export function ReviewModal({ occurrence, decision, onClose }: { occurrence: OccurrenceDto; decision: 'accept' | 'return'; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const review = useReviewOccurrence(
    occurrence.id,
    (values: Values) => ({ decision, comment: values.comment?.trim() || undefined }),
    () => {
      void message.success(t('work.reviewed'));
      onClose();
    },
  );
  return (
    <FormModal<Values>
      title={t(decision === 'accept' ? 'work.acceptTitle' : 'work.returnTitle', { task: occurrence.taskTitle })}
      okText={t(decision === 'accept' ? 'work.accept' : 'work.return')}
      submit={review}
      onClose={onClose}
      fields={['comment']}
    >
      <Form.Item name="comment" label={t('work.comment')} rules={decision === 'return' ? [{ required: true, whitespace: true, message: t('work.commentRequired') }] : []}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
