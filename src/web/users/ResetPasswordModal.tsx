import { useMutation } from '@tanstack/react-query';
import { App, Typography } from 'antd';
import { api } from '../api/client';
import type { UserDto } from '../api/types';
import { FormModal } from '../forms/FormModal';
import { NewPasswordFields } from '../forms/NewPasswordFields';
import { useT } from '../i18n/I18nProvider';

type Values = { password: string; confirmPassword: string };

export function ResetPasswordModal({ user, onClose }: { user: UserDto; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const reset = useMutation({
    mutationFn: ({ password }: Values) => api<void>(`/api/users/${user.id}/reset-password`, { method: 'POST', body: { password } }),
    onSuccess: () => {
      void message.success(t('users.passwordReset', { username: user.username }));
      onClose();
    },
  });

  return (
    <FormModal<Values>
      title={t('users.resetPasswordTitle', { username: user.username })}
      submit={reset}
      onClose={onClose}
      fields={['password']}
      okText={t('users.resetPassword')}
    >
      <Typography.Paragraph type="secondary">{t('users.resetPasswordHelp')}</Typography.Paragraph>
      <NewPasswordFields name="password" label={t('password.new')} confirmLabel={t('password.repeat')} username={{ value: user.username }} />
    </FormModal>
  );
}
