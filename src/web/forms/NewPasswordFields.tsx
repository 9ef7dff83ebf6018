import { Form, Input } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../i18n/I18nProvider';
import { confirmPasswordRules, MIN_PASSWORD_LENGTH, newPasswordRules } from './passwords';

type Props = { name: string; label: ReactNode; confirmLabel: ReactNode };

/** A new password and the same typed again (as `confirmPassword`, which is never sent). */
export function NewPasswordFields({ name, label, confirmLabel }: Props) {
  const t = useT();
  return (
    <>
      <Form.Item name={name} label={label} extra={t('password.rule', { n: MIN_PASSWORD_LENGTH })} rules={newPasswordRules(t)}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item name="confirmPassword" label={confirmLabel} dependencies={[name]} rules={confirmPasswordRules(t, name)}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
}
