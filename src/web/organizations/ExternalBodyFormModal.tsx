import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Form, Input } from 'antd';
import { api } from '../api/client';
import type { ExternalBodyDto, OrganizationDto } from '../api/types';
import { FormModal } from '../forms/FormModal';
import { useT } from '../i18n/I18nProvider';
import { externalBodiesKey } from './queries';

type Values = { name: string; code?: string; note?: string };
const FIELDS = ['name', 'code', 'note'] as const;

type Props = { owner: OrganizationDto; editing: ExternalBodyDto | null; onClose: () => void };

export function ExternalBodyFormModal({ owner, editing, onClose }: Props) {
  const t = useT();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (values: Values) => {
      const body = { name: values.name, code: values.code?.trim() || null, note: values.note?.trim() || null };
      return editing
        ? api<ExternalBodyDto>(`/api/external-bodies/${editing.id}`, { method: 'PATCH', body })
        : api<ExternalBodyDto>('/api/external-bodies', { method: 'POST', body: { ...body, ownerId: owner.id } });
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: externalBodiesKey(owner.id) });
      onClose();
    },
  });

  return (
    <FormModal<Values>
      title={editing ? t('external.editTitle') : t('external.addTitle', { owner: owner.name })}
      submit={save}
      onClose={onClose}
      fields={FIELDS}
      initialValues={editing ? { name: editing.name, code: editing.code ?? undefined, note: editing.note ?? undefined } : {}}
    >
      <Form.Item name="name" label={t('external.name')} extra={t('external.nameHelp')} rules={[{ required: true, whitespace: true, min: 2, message: t('org.nameRequired') }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item
        name="code"
        label={t('external.code')}
        normalize={(value: string) => value.toUpperCase()}
        rules={[{ pattern: /^[A-ZĐ0-9][A-ZĐ0-9-]*$/, message: t('org.codeInvalid') }]}
      >
        <Input maxLength={30} />
      </Form.Item>
      <Form.Item name="note" label={t('external.note')}>
        <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
    </FormModal>
  );
}
