import { App, Descriptions, Form, Input, Typography } from 'antd';
import type { OccurrenceDto } from '../../shared/schemas/occurrences';
import { FormModal } from '../forms/FormModal';
import { useT } from '../i18n/I18nProvider';
import { EvidenceList } from './EvidenceList';
import { useEvidence, useReviewOccurrence } from './queries';

type Values = { comment?: string };

/**
 * A reviewer accepts submitted work (it becomes done) or returns it to the unit with a reason, reading
 * first what is being accepted: the unit, the result it wrote and its evidence.
 */
export function ReviewModal({ occurrence, decision, onClose }: { occurrence: OccurrenceDto; decision: 'accept' | 'return'; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const evidence = useEvidence(occurrence.id);
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
      width={680}
    >
      <Descriptions size="small" column={1} bordered className="form-alert review-facts">
        <Descriptions.Item label={t('work.unit')}>{occurrence.organization.name}</Descriptions.Item>
        <Descriptions.Item label={t('work.reviewResult')}>
          {occurrence.note ? <span className="pre-wrap">{occurrence.note}</span> : <Typography.Text type="secondary">{t('work.noResult')}</Typography.Text>}
        </Descriptions.Item>
        <Descriptions.Item label={t('work.evidence')}>
          <EvidenceList items={evidence.data?.items ?? []} />
        </Descriptions.Item>
      </Descriptions>
      <Form.Item name="comment" label={t('work.comment')} rules={decision === 'return' ? [{ required: true, whitespace: true, message: t('work.commentRequired') }] : []}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
