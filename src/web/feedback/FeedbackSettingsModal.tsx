import { App, Alert, Form, InputNumber, Skeleton } from 'antd';
import { DEFAULT_ANSWER_WORKING_DAYS, DEFAULT_RETENTION_MONTHS } from '../../shared/feedback-vocabulary';
import type { FeedbackSettingsDto } from '../api/types';
import { errorMessage } from '../forms/errors';
import { FormModal } from '../forms/FormModal';
import { useT } from '../i18n/I18nProvider';
import { useFeedbackSettings, useSaveFeedbackSettings } from './queries';

type Values = Omit<FeedbackSettingsDto, 'organizationId'>;

/** The coordinator's two rules for the body: working days to answer, and months to keep a citizen's personal data after closing. */
export function FeedbackSettingsModal({ organizationId, onClose }: { organizationId: string; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const settings = useFeedbackSettings(organizationId, true);
  const save = useSaveFeedbackSettings(() => {
    void message.success(t('feedback.settingsSaved'));
    onClose();
  });
  const submit = { ...save, mutate: (values: Values, options?: Parameters<typeof save.mutate>[1]) => save.mutate({ organizationId, ...values }, options) };

  return (
    <FormModal<Values>
      title={t('feedback.settingsTitle')}
      submit={submit}
      onClose={onClose}
      fields={['answerWorkingDays', 'retentionMonths']}
      okDisabled={!settings.data}
      initialValues={settings.data ?? { answerWorkingDays: DEFAULT_ANSWER_WORKING_DAYS, retentionMonths: DEFAULT_RETENTION_MONTHS }}
      width={520}
      key={settings.data ? 'loaded' : 'loading'}
    >
      {settings.isPending && <Skeleton active paragraph={{ rows: 2 }} />}
      {settings.isError && <Alert type="error" showIcon title={errorMessage(settings.error, t)} className="form-alert" />}
      {settings.data && (
        <>
          <Form.Item name="answerWorkingDays" label={t('feedback.answerWorkingDays')} extra={t('feedback.answerWorkingDaysHelp')} rules={[{ required: true, message: t('form.required') }]}>
            <InputNumber min={1} max={60} precision={0} />
          </Form.Item>
          <Form.Item name="retentionMonths" label={t('feedback.retentionMonths')} extra={t('feedback.retentionHelp')} rules={[{ required: true, message: t('form.required') }]}>
            <InputNumber min={1} max={120} precision={0} />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
