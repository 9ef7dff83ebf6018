import { useMutation } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { api } from '../api/client';
import type { UserDto } from '../api/types';
import { errorMessage, showFieldErrors } from '../forms/errors';
import { confirmPasswordRules, MIN_PASSWORD_LENGTH, newPasswordRules } from '../forms/passwords';
import { useT } from '../i18n/I18nProvider';

type Values = { password: string; confirmPassword: string };

export function ResetPasswordModal({ user, onClose }: { user: UserDto; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const reset = useMutation({
    mutationFn: ({ password }: Values) => api<void>(`/api/users/${user.id}/reset-password`, { method: 'POST', body: { password } }),
    onSuccess: () => {
      void message.success(t('users.passwordReset', { username: user.username }));
      onClose();
    },
    onError: (error) => showFieldErrors(form, error, ['password']),
  });

  return (
    <Modal
      open
      title={t('users.resetPasswordTitle', { username: user.username })}
      okText={t('users.resetPassword')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={reset.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('users.resetPasswordHelp')}</Typography.Paragraph>
      {reset.isError && <Alert type="error" showIcon title={errorMessage(reset.error, t)} className="form-alert" />}
      <Form<Values> form={form} layout="vertical" onFinish={(values) => reset.mutate(values)}>
        <Form.Item name="password" label={t('password.new')} extra={t('password.rule', { n: MIN_PASSWORD_LENGTH })} rules={newPasswordRules(t)}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="confirmPassword" label={t('password.repeat')} dependencies={['password']} rules={confirmPasswordRules(t, 'password')}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
