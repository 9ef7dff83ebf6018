import { useMutation } from '@tanstack/react-query';
import { App } from 'antd';
import { api, isApiError } from '../api/client';
import type { OrganizationDto } from '../api/types';
import { errorMessage } from '../forms/errors';
import { useT } from '../i18n/I18nProvider';
import { useInvalidateOrganizations } from './queries';

/**
 * Retire, restore and delete, each confirmed first. A node still in use cannot be deleted (409
 * ORGANIZATION_IN_USE); the person is then offered to retire it, which keeps its history.
 */
export function useOrganizationLifecycle(onDeleted: (org: OrganizationDto) => void) {
  const t = useT();
  const { message, modal } = App.useApp();
  const invalidate = useInvalidateOrganizations();

  const retire = useStatusChange('retire', 'org.retiredDone');
  const restore = useStatusChange('restore', 'org.restoredDone');

  const remove = useMutation({
    mutationFn: (org: OrganizationDto) => api<void>(`/api/organizations/${org.id}`, { method: 'DELETE' }),
    onSuccess: async (_, org) => {
      onDeleted(org);
      await invalidate();
      void message.success(t('org.deletedDone', { name: org.name }));
    },
    onError: (error, org) => {
      if (isApiError(error, 'ORGANIZATION_IN_USE')) {
        modal.confirm({
          title: t('org.inUseTitle'),
          content: errorMessage(error, t),
          okText: t('org.retire'),
          cancelText: t('common.close'),
          onOk: () => retire.mutateAsync(org).catch(() => undefined),
        });
        return;
      }
      void message.error(errorMessage(error, t));
    },
  });

  return {
    busy: retire.isPending || restore.isPending || remove.isPending,
    retire: (org: OrganizationDto) =>
      modal.confirm({
        title: t('org.retireConfirm', { name: org.name }),
        content: t('org.retireHelp'),
        okText: t('org.retire'),
        cancelText: t('common.cancel'),
        onOk: () => retire.mutateAsync(org).catch(() => undefined),
      }),
    restore: (org: OrganizationDto) => restore.mutate(org),
    remove: (org: OrganizationDto) =>
      modal.confirm({
        title: t('org.deleteConfirm', { name: org.name }),
        content: t('org.deleteHelp'),
        okText: t('common.delete'),
        okButtonProps: { danger: true },
        cancelText: t('common.cancel'),
        // Resolve either way: a refusal opens its own dialog and must not leave this one spinning.
        onOk: () => remove.mutateAsync(org).catch(() => undefined),
      }),
  };
}

/** Retiring and restoring are the same round trip: POST, refresh the tree, say it is done. */
function useStatusChange(action: 'retire' | 'restore', done: 'org.retiredDone' | 'org.restoredDone') {
  const t = useT();
  const { message } = App.useApp();
  const invalidate = useInvalidateOrganizations();
  return useMutation({
    mutationFn: (org: OrganizationDto) => api<OrganizationDto>(`/api/organizations/${org.id}/${action}`, { method: 'POST' }),
    onSuccess: async (org) => {
      await invalidate();
      void message.success(t(done, { name: org.name }));
    },
    onError: (error) => void message.error(errorMessage(error, t)),
  });
}
