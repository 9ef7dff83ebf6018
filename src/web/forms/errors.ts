import type { FormInstance } from 'antd';
import { ApiError, NETWORK_ERROR } from '../api/client';
import type { Translate } from '../i18n/I18nProvider';

type FieldError = { field: string; message: string };

/** What to tell the person: the server's own (Vietnamese) message when it sent one. */
export function errorMessage(error: unknown, t: Translate): string {
  if (error instanceof ApiError) {
    if (error.message) return error.message;
    if (error.code === NETWORK_ERROR) return t('error.network');
    if (error.status === 403) return t('error.forbidden');
  }
  return t('error.unexpected');
}

function fieldErrors(error: unknown): FieldError[] {
  // Validation failures (400) and conflicts such as a code already taken (409) both name their fields.
  if (!(error instanceof ApiError) || !Array.isArray(error.details)) return [];
  return error.details.filter(
    (d): d is FieldError => typeof d === 'object' && d !== null && typeof d.field === 'string' && typeof d.message === 'string',
  );
}

/**
 * Puts the server's validation messages on the form fields they name ("roles.0.organizationId" is the
 * field ['roles', 0, 'organizationId']). Returns whether any field took a message.
 */
export function showFieldErrors(form: FormInstance, error: unknown, knownFields: readonly string[]): boolean {
  const errors = fieldErrors(error).filter((e) => knownFields.includes(e.field.split('.')[0] ?? ''));
  if (errors.length === 0) return false;
  form.setFields(
    errors.map((e) => ({
      name: e.field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
      errors: [e.message],
    })),
  );
  return true;
}
