import { Alert, App, Button, Col, Divider, Form, Input, InputNumber, Modal, Row, Select, Slider } from 'antd';
import { useRef } from 'react';
import { nearestProgress, statusForProgress } from '../../shared/occurrence-progress';
import type { OccurrenceDto } from '../../shared/schemas/occurrences';
import { errorMessage, showFieldErrors } from '../forms/errors';
import { useT } from '../i18n/I18nProvider';
import { OccurrenceMediaItems } from '../media/OccurrenceMediaItems';
import { EvidenceSection } from './EvidenceSection';
import { occurrenceStatusLabel } from './labels';
import { OccurrenceHistory } from './OccurrenceHistory';
import { useOccurrenceHistory, useUpdateOccurrence, type OccurrenceStatus } from './queries';

type Values = { status: OccurrenceStatus; progress: number; note?: string | null };
/** Saving progress keeps the work with the unit; submitting hands the result in for review (100 %). */
type Intent = 'save' | 'submit';

/** What a unit picks while it works; "submitted" is reached by the submit button, "done" by a review. */
const WORKING_STATUSES: readonly OccurrenceStatus[] = ['not_started', 'in_progress', 'not_applicable'];
const FIELDS = ['status', 'progress', 'note'];

/**
 * A unit records its work on one period: status and progress (each follows the other, by the rule the
 * server enforces), the result, the evidence; with its history. "Lưu tiến độ" saves, "Nộp kết quả" submits.
 */
export function UpdateOccurrenceModal({ occurrence, onClose }: { occurrence: OccurrenceDto; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const status = Form.useWatch('status', form) ?? occurrence.status;
  const intent = useRef<Intent>('save');
  const save = useUpdateOccurrence(
    occurrence.id,
    ({ values, submit }: { values: Values; submit: boolean }) => ({
      ...(submit ? { status: 'submitted' as const, progress: 100 } : { status: values.status, progress: values.progress }),
      note: values.note?.trim() || null,
    }),
    () => {
      void message.success(t(intent.current === 'submit' ? 'work.submitted' : 'work.saved'));
      onClose();
    },
  );
  const statuses = occurrence.status === 'submitted' ? [...WORKING_STATUSES, 'submitted' as const] : WORKING_STATUSES;
  const send = (next: Intent) => {
    intent.current = next;
    form.submit();
  };

  const follow = (changed: Partial<Values>, all: Values) => {
    if (changed.status !== undefined) form.setFieldValue('progress', nearestProgress(changed.status, all.progress ?? 0));
    else if (changed.progress != null) {
      const next = statusForProgress(all.status, changed.progress);
      if (next && next !== all.status) form.setFieldValue('status', next);
    }
  };

  return (
    <Modal
      open
      width={760}
      title={t('work.updateTitle', { task: occurrence.taskTitle })}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button key="save" loading={save.isPending && intent.current === 'save'} disabled={save.isPending} onClick={() => send('save')}>
          {t('work.saveProgress')}
        </Button>,
        <Button key="submit" type="primary" loading={save.isPending && intent.current === 'submit'} disabled={save.isPending} onClick={() => send('submit')}>
          {t('work.submitResult')}
        </Button>,
      ]}
    >
      {save.isError && <Alert type="error" showIcon title={errorMessage(save.error, t)} className="form-alert" />}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ status: occurrence.status, progress: nearestProgress(occurrence.status, occurrence.progress), note: occurrence.note }}
        onValuesChange={follow}
        onFinish={(values) => save.mutate({ values, submit: intent.current === 'submit' }, { onError: (error) => showFieldErrors(form, error, FIELDS) })}
      >
        <Row gutter={16}>
          <Col xs={24} sm={10}>
            <Form.Item name="status" label={t('work.status')} rules={[{ required: true, message: t('form.required') }]}>
              <Select options={statuses.map((s) => ({ value: s, label: occurrenceStatusLabel(t, s), disabled: s === 'submitted' }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={14}>
            <Form.Item label={t('work.progress')} required extra={status === 'submitted' ? t('work.submitHelp') : t('work.progressFollows')}>
              <Row gutter={8} align="middle" wrap={false}>
                <Col flex="auto">
                  <Form.Item name="progress" noStyle>
                    <Slider min={0} max={status === 'submitted' ? 100 : 99} disabled={status === 'submitted'} />
                  </Form.Item>
                </Col>
                <Col>
                  <Form.Item name="progress" noStyle>
                    <InputNumber aria-label={t('work.progress')} min={0} max={status === 'submitted' ? 100 : 99} precision={0} suffix="%" style={{ width: 90 }} disabled={status === 'submitted'} />
                  </Form.Item>
                </Col>
              </Row>
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="note" label={t('work.note')}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
      </Form>
      <EvidenceSection occurrenceId={occurrence.id} />
      <OccurrenceMediaItems occurrenceId={occurrence.id} />
      <HistorySection occurrenceId={occurrence.id} />
    </Modal>
  );
}

function HistorySection({ occurrenceId }: { occurrenceId: string }) {
  const t = useT();
  const history = useOccurrenceHistory(occurrenceId);
  return (
    <>
      <Divider titlePlacement="start">{t('work.history')}</Divider>
      <OccurrenceHistory events={history.data?.items ?? []} />
    </>
  );
}
