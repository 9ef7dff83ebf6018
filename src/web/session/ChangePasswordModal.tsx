import { useMutation } from '@tanstack/react-query';
import { App, Form, Input } from 'antd';
import { api } from '../api/client';
import { FormModal } from '../forms/FormModal';
import { NewPasswordFields } from '../forms/NewPasswordFields';
import { useT } from '../i18n/I18nProvider';
import { useMe } from './MeContext';

type Values = { currentPassword: string; newPassword: string; confirmPassword: string };

export function ChangePasswordModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const me = useMe();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const change = useMutation({
    mutationFn: ({ currentPassword, newPassword }: Values) =>
      api<void>('/api/auth/change-password', { method: 'POST', body: { currentPassword, newPassword } }),
    onSuccess: () => {
      void message.success(t('password.changed'));
      close();
    },
  });

  function close() {
    form.resetFields();
    change.reset();
    onClose();
  }

  return (
    <FormModal<Values>
      open={open}
      title={t('password.changeTitle')}
      submit={change}
      onClose={close}
      fields={['currentPassword', 'newPassword']}
      form={form}
    >
      <Form.Item name="currentPassword" label={t('password.current')} rules={[{ required: true, message: t('form.required') }]}>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <NewPasswordFields name="newPassword" label={t('password.new')} confirmLabel={t('password.confirm')} username={{ value: me.user.username }} />
    </FormModal>
  );
}
