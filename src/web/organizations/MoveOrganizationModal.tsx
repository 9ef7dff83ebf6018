import { useMutation } from '@tanstack/react-query';
import { Form, Typography } from 'antd';
import { useMemo } from 'react';
import { api } from '../api/client';
import type { OrganizationDto } from '../api/types';
import { FormModal } from '../forms/FormModal';
import { useT } from '../i18n/I18nProvider';
import { OrganizationTreeSelect } from './OrganizationTreeSelect';
import { useInvalidateOrganizations } from './queries';
import { moveTargets } from './tree';

type Values = { parentId: string };

type Props = { org: OrganizationDto; items: readonly OrganizationDto[]; onClose: () => void; onMoved: () => void };

export function MoveOrganizationModal({ org, items, onClose, onMoved }: Props) {
  const t = useT();
  const invalidate = useInvalidateOrganizations();
  const targets = useMemo(() => moveTargets(org, items), [org, items]);
  const selectable = useMemo(() => (candidate: OrganizationDto) => targets.has(candidate.id), [targets]);

  const move = useMutation({
    mutationFn: ({ parentId }: Values) => api<OrganizationDto>(`/api/organizations/${org.id}/move`, { method: 'POST', body: { parentId } }),
    onSuccess: async () => {
      await invalidate();
      onMoved();
    },
  });

  return (
    <FormModal<Values>
      title={t('org.moveTitle', { name: org.name })}
      submit={move}
      onClose={onClose}
      okText={t('org.move')}
      okDisabled={targets.size === 0}
    >
      {targets.size === 0 ? (
        <Typography.Paragraph>{t('org.noMoveTargets')}</Typography.Paragraph>
      ) : (
        <>
          <Typography.Paragraph type="secondary">{org.isBody ? t('org.moveBodyHelp') : t('org.moveUnitHelp')}</Typography.Paragraph>
          <Form.Item name="parentId" label={t('org.newParent')} rules={[{ required: true, message: t('form.required') }]}>
            <OrganizationTreeSelect items={items} selectable={selectable} placeholder={t('org.newParentPlaceholder')} />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
