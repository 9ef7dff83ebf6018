import type { FormRule } from 'antd';
import type { Translate } from '../i18n/I18nProvider';

/** Mirrors passwordSchema in src/shared/schemas/users.ts; the server checks it again. */
export const MIN_PASSWORD_LENGTH = 8;

export function newPasswordRules(t: Translate): FormRule[] {
  return [
    { required: true, message: t('form.required') },
    { min: MIN_PASSWORD_LENGTH, message: t('password.tooShort', { n: MIN_PASSWORD_LENGTH }) },
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
