import type { FormRule } from 'antd';
import { containsUsername, MIN_PASSWORD_LENGTH } from '../../shared/password-rule';
import type { Translate } from '../i18n/I18nProvider';

export { MIN_PASSWORD_LENGTH };

/**
 * The parts of the password policy a form can check at once: the length and the user name. Whether it
 * is a common password only the server knows (its list is not shipped to browsers); its refusal lands
 * on the field too.
 */
export function newPasswordRules(t: Translate, username?: { value?: string; field?: string }): FormRule[] {
  return [
    { required: true, message: t('form.required') },
    { min: MIN_PASSWORD_LENGTH, message: t('password.tooShort', { n: MIN_PASSWORD_LENGTH }) },
    ({ getFieldValue }) => ({
      validator: (_, value: string | undefined) => {
        const name = username?.value ?? (username?.field ? (getFieldValue(username.field) as string | undefined) : undefined);
        return value && name && containsUsername(value, name) ? Promise.reject(new Error(t('password.hasUsername'))) : Promise.resolve();
      },
    }),
  ];
}

/** The "type it again" field must equal the field named `other`. */
export function confirmPasswordRules(t: Translate, other: string): FormRule[] {
  return [
    { required: true, message: t('form.required') },
    ({ getFieldValue }) => ({
      validator: (_, value) => (!value || value === getFieldValue(other) ? Promise.resolve() : Promise.reject(new Error(t('password.mismatch')))),
    }),
  ];
}
