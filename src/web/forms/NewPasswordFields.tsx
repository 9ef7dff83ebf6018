import { Form, Input } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../i18n/I18nProvider';
import { confirmPasswordRules, MIN_PASSWORD_LENGTH, newPasswordRules } from './passwords';

type Props = {
  name: string;
  label: ReactNode;
  confirmLabel: ReactNode;
  /** Whose password it is: the user name itself, or the form field holding it (a new account). */
  username?: { value?: string; field?: string };
};

/** A new password and the same typed again (as `confirmPassword`, which is never sent), with the policy shown under it. */
export function NewPasswordFields({ name, label, confirmLabel, username }: Props) {
  const t = useT();
  return (
    <>
      <Form.Item
        name={name}
        label={label}
        extra={t('password.rule', { n: MIN_PASSWORD_LENGTH })}
        rules={newPasswordRules(t, username)}
        dependencies={username?.field ? [username.field] : undefined}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item name="confirmPassword" label={confirmLabel} dependencies={[name]} rules={confirmPasswordRules(t, name)}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
}
