import { useMutation } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal } from 'antd';
import { api } from '../api/client';
import { errorMessage, showFieldErrors } from '../forms/errors';
import { useT } from '../i18n/I18nProvider';
import { confirmPasswordRules, MIN_PASSWORD_LENGTH, newPasswordRules } from '../forms/passwords';

type Values = { currentPassword: string; newPassword: string; confirmPassword: string };

export function ChangePasswordModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const change = useMutation({
    mutationFn: ({ currentPassword, newPassword }: Values) =>
      api<void>('/api/auth/change-password', { method: 'POST', body: { currentPassword, newPassword } }),
    onSuccess: () => {
      void message.success(t('password.changed'));
      close();
    },
    onError: (error) => showFieldErrors(form, error, ['currentPassword', 'newPassword']),
  });

  function close() {
    form.resetFields();
    change.reset();
    onClose();
  }

  return (
    <Modal
      open={open}
      title={t('password.changeTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={close}
      confirmLoading={change.isPending}
      destroyOnHidden
    >
      {change.isError && <Alert type="error" showIcon title={errorMessage(change.error, t)} className="form-alert" />}
      <Form<Values> form={form} layout="vertical" onFinish={(values) => change.mutate(values)}>
        <Form.Item name="currentPassword" label={t('password.current')} rules={[{ required: true, message: t('form.required') }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item name="newPassword" label={t('password.new')} extra={t('password.rule', { n: MIN_PASSWORD_LENGTH })} rules={newPasswordRules(t)}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="confirmPassword" label={t('password.confirm')} dependencies={['newPassword']} rules={confirmPasswordRules(t, 'newPassword')}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
