import { useMutation } from '@tanstack/react-query';
import { Alert, Form, Modal, Typography } from 'antd';
import { useMemo } from 'react';
import { api } from '../api/client';
import type { OrganizationDto } from '../api/types';
import { errorMessage } from '../forms/errors';
import { useT } from '../i18n/I18nProvider';
import { OrganizationTreeSelect } from './OrganizationTreeSelect';
import { useInvalidateOrganizations } from './queries';
import { moveTargets } from './tree';

type Props = { org: OrganizationDto; items: readonly OrganizationDto[]; onClose: () => void; onMoved: () => void };

export function MoveOrganizationModal({ org, items, onClose, onMoved }: Props) {
  const t = useT();
  const [form] = Form.useForm<{ parentId: string }>();
  const invalidate = useInvalidateOrganizations();
  const targets = useMemo(() => moveTargets(org, items), [org, items]);
  const selectable = useMemo(() => (candidate: OrganizationDto) => targets.has(candidate.id), [targets]);

  const move = useMutation({
    mutationFn: ({ parentId }: { parentId: string }) => api<OrganizationDto>(`/api/organizations/${org.id}/move`, { method: 'POST', body: { parentId } }),
    onSuccess: async () => {
      await invalidate();
      onMoved();
    },
  });

  return (
    <Modal
      open
      title={t('org.moveTitle', { name: org.name })}
      okText={t('org.move')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={move.isPending}
      okButtonProps={{ disabled: targets.size === 0 }}
      destroyOnHidden
    >
      {move.isError && <Alert type="error" showIcon title={errorMessage(move.error, t)} className="form-alert" />}
      {targets.size === 0 ? (
        <Typography.Paragraph>{t('org.noMoveTargets')}</Typography.Paragraph>
      ) : (
        <Form form={form} layout="vertical" onFinish={(values) => move.mutate(values)}>
          <Typography.Paragraph type="secondary">{org.isBody ? t('org.moveBodyHelp') : t('org.moveUnitHelp')}</Typography.Paragraph>
          <Form.Item name="parentId" label={t('org.newParent')} rules={[{ required: true, message: t('form.required') }]}>
            <OrganizationTreeSelect items={items} selectable={selectable} placeholder={t('org.newParentPlaceholder')} />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
