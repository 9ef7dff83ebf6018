import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Space, Tag } from 'antd';
import { useState } from 'react';
import { api } from '../api/client';
import type { ExternalBodyDto, OrganizationDto } from '../api/types';
import { errorMessage } from '../forms/errors';
import { useT } from '../i18n/I18nProvider';
import { ExternalBodyFormModal } from './ExternalBodyFormModal';
import { externalBodiesKey, useExternalBodies } from './queries';
import { RegistryTab } from './RegistryTab';

type Props = { owner: OrganizationDto; canManage: boolean };

/** The registry of bodies outside the tree (Sở TT&TT, newspapers) that the owner's plans may assign work to. */
export function ExternalBodiesTab({ owner, canManage }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<ExternalBodyDto | 'new' | null>(null);
  const queryKey = externalBodiesKey(owner.id);
  const list = useExternalBodies(owner.id);
  const setRetired = useMutation({
    mutationFn: ({ id, retired }: { id: string; retired: boolean }) =>
      api<ExternalBodyDto>(`/api/external-bodies/${id}`, { method: 'PATCH', body: { retired } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey }),
    onError: (error) => void message.error(errorMessage(error, t)),
  });

  return (
    <RegistryTab<ExternalBodyDto>
      caption={t('external.of', { owner: owner.name })}
      addLabel={t('external.add')}
      onAdd={canManage ? () => setEditing('new') : undefined}
      list={list}
      emptyText={t('external.none')}
      columns={[
        {
          key: 'name',
          title: t('external.name'),
          render: (_, item) => (
            <Space size={4} wrap>
              {item.name}
              {item.retiredAt && <Tag>{t('org.retired')}</Tag>}
            </Space>
          ),
        },
        { key: 'code', title: t('external.code'), dataIndex: 'code' },
        { key: 'note', title: t('external.note'), dataIndex: 'note' },
        ...(canManage
          ? [
              {
                key: 'actions',
                title: t('common.actions'),
                render: (_: unknown, item: ExternalBodyDto) => (
                  <Space size={0}>
                    <Button type="link" size="small" onClick={() => setEditing(item)}>
                      {t('common.edit')}
                    </Button>
                    <Button type="link" size="small" onClick={() => setRetired.mutate({ id: item.id, retired: !item.retiredAt })}>
                      {item.retiredAt ? t('org.restore') : t('org.retire')}
                    </Button>
                  </Space>
                ),
              },
            ]
          : []),
      ]}
    >
      {editing && <ExternalBodyFormModal owner={owner} editing={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </RegistryTab>
  );
}
