import type { Translate } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/vi';

/** The kinds of record the server writes history for; a new one shows under its raw name until named here. */
export const ENTITY_TYPES = ['organization', 'user', 'external_body', 'group', 'procedure', 'feedback', 'survey', 'api_key'] as const;

const ACTIONS = [
  'auth.sign_in',
  'auth.sign_in_failed',
  'organization.create',
  'organization.update',
  'organization.move',
  'organization.retire',
  'organization.restore',
  'organization.delete',
  'external_body.create',
  'external_body.update',
  'group.create',
  'user.create',
  'user.update',
  'user.disable',
  'user.change_password',
  'user.change_password_failed',
  'user.reset_password',
  'procedure.create',
  'procedure.update',
  'procedure.event',
  'procedure.post',
  'procedure.form_add',
  'procedure.form_remove',
  'procedure.import',
  'feedback.receive',
  'feedback.assign',
  'feedback.answer',
  'feedback.publish',
  'feedback.close',
  'feedback.refuse',
  'feedback.reopen',
  'feedback.settings',
  'feedback.erase_personal_data',
  'survey.create',
  'survey.update',
  'survey.publish',
  'survey.close',
  'api_key.create',
  'api_key.revoke',
  'api_key.use',
] as const;

function known<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

export function entityTypeLabel(t: Translate, type: string): string {
  return known(ENTITY_TYPES, type) ? t(`entity.${type}`) : type;
}

export function actionLabel(t: Translate, action: string): string {
  return known(ACTIONS, action) ? t(`action.${action}` satisfies MessageKey) : action;
}
