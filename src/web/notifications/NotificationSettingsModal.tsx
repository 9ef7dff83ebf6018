import { Alert, App, Form, Radio, Space, Spin, Typography } from 'antd';
import type { NotificationSettingsInput } from '../../shared/schemas/notification-settings';
import { EMAIL_MODES } from '../../shared/email-modes';
import { FormModal } from '../forms/FormModal';
import { useT } from '../i18n/I18nProvider';
import { useNotificationSettings, useSaveNotificationSettings } from './settings-queries';

/** How the signed-in person takes notifications by e-mail; in the app they always show. */
export function NotificationSettingsModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const settings = useNotificationSettings(open);
  const save = useSaveNotificationSettings();
  const submit = {
    ...save,
    mutate: (values: NotificationSettingsInput) =>
      save.mutate(values, {
        onSuccess: () => {
          void message.success(t('notificationSettings.saved'));
          close();
        },
      }),
  };

  function close() {
    save.reset();
    onClose();
  }

  const data = settings.data;
  return (
    <FormModal<NotificationSettingsInput>
      key={data ? 'ready' : 'loading'}
      open={open}
      title={t('notificationSettings.title')}
      submit={submit}
      onClose={close}
      fields={['email']}
      initialValues={data ? { email: data.email } : undefined}
      okDisabled={!data}
    >
      <Typography.Paragraph type="secondary">{t('notificationSettings.inApp')}</Typography.Paragraph>
      {settings.isError && <Alert type="error" showIcon title={t('notificationSettings.loadError')} />}
      {!data && !settings.isError && <Spin />}
      {data && (
        <>
          <Form.Item name="email" label={t('notificationSettings.email')}>
            <Radio.Group>
              <Space orientation="vertical">
                {EMAIL_MODES.map((mode) => (
                  <Radio key={mode} value={mode}>
                    {t(`notificationSettings.mode.${mode}`)}
                  </Radio>
                ))}
              </Space>
            </Radio.Group>
          </Form.Item>
          <Typography.Paragraph type="secondary">{data.address ? t('notificationSettings.address', { address: data.address }) : t('notificationSettings.noAddress')}</Typography.Paragraph>
          {!data.emailAvailable && <Alert type="info" showIcon className="form-alert" title={t('notificationSettings.noMailServer')} />}
        </>
      )}
    </FormModal>
  );
}
