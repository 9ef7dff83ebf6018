import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Form, Input } from 'antd';
import { useMemo } from 'react';
import { api } from '../api/client';
import type { GroupDto, OrganizationDto } from '../api/types';
import { FormModal } from '../forms/FormModal';
import { useT } from '../i18n/I18nProvider';
import { OrganizationTreeSelect } from './OrganizationTreeSelect';
import { groupsKey } from './queries';
import { subtreeIds } from './tree';

type Values = { name: string; memberIds: string[] };
const FIELDS = ['name', 'memberIds'] as const;

type Props = { owner: OrganizationDto; items: readonly OrganizationDto[]; onClose: () => void };

/** A custom group names a hand-picked set of the owner's nodes, e.g. "Các khoa lâm sàng". */
export function GroupFormModal({ owner, items, onClose }: Props) {
  const t = useT();
  const queryClient = useQueryClient();
  const candidates = useMemo(() => {
    const inOwner = subtreeIds(owner.id, items);
    return items.filter((o) => inOwner.has(o.id) && !o.retiredAt);
  }, [owner.id, items]);

  const save = useMutation({
    mutationFn: (values: Values) =>
      api<GroupDto>('/api/groups', { method: 'POST', body: { ownerId: owner.id, name: values.name, kind: 'custom', memberIds: values.memberIds } }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: groupsKey(owner.id) });
      onClose();
    },
  });

  return (
    <FormModal<Values> title={t('group.addTitle', { owner: owner.name })} submit={save} onClose={onClose} fields={FIELDS} initialValues={{ memberIds: [] }}>
      <Form.Item name="name" label={t('group.name')} rules={[{ required: true, whitespace: true, min: 2, message: t('org.nameRequired') }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="memberIds" label={t('group.members')} rules={[{ required: true, type: 'array', min: 1, message: t('group.membersRequired') }]}>
        <OrganizationTreeSelect items={candidates} multiple placeholder={t('group.membersPlaceholder')} />
      </Form.Item>
    </FormModal>
  );
}
