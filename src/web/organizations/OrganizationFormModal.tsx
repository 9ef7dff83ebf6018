import { useMutation } from '@tanstack/react-query';
import { Form, Input, Select } from 'antd';
import { isBodyKind, type OrganizationKind } from '../../shared/organization-kinds';
import { api } from '../api/client';
import type { OrganizationDto } from '../api/types';
import { FormModal } from '../forms/FormModal';
import { kindLabel } from '../format/labels';
import { useT } from '../i18n/I18nProvider';
import { childKindsFor, editKindsFor } from './tree';
import { useInvalidateOrganizations } from './queries';

export type OrganizationFormTarget =
  | { mode: 'create'; parent: OrganizationDto }
  | { mode: 'edit'; org: OrganizationDto };

type Values = { kind: OrganizationKind; code: string; name: string; placeName?: string; superiorName?: string; documentCode?: string };

const FIELDS = ['kind', 'code', 'name', 'placeName', 'superiorName', 'documentCode'] as const;

type Props = { target: OrganizationFormTarget; onClose: () => void; onSaved: (org: OrganizationDto) => void };

/** Adds a node under a parent, or edits one; only the kinds that may stand there are offered. */
export function OrganizationFormModal({ target, onClose, onSaved }: Props) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const invalidate = useInvalidateOrganizations();
  const kinds = target.mode === 'create' ? childKindsFor(target.parent.kind) : editKindsFor(target.org);
  const kind = Form.useWatch('kind', form);
  const isBody = kind !== undefined && isBodyKind(kind);

  const save = useMutation({
    mutationFn: (values: Values) => {
      const body = {
        kind: values.kind,
        code: values.code,
        name: values.name,
        placeName: isBodyKind(values.kind) ? values.placeName?.trim() || null : null,
        superiorName: isBodyKind(values.kind) ? values.superiorName?.trim() || null : null,
        documentCode: isBodyKind(values.kind) ? values.documentCode?.trim() || null : null,
      };
      return target.mode === 'create'
        ? api<OrganizationDto>('/api/organizations', { method: 'POST', body: { ...body, parentId: target.parent.id } })
        : api<OrganizationDto>(`/api/organizations/${target.org.id}`, { method: 'PATCH', body });
    },
    onSuccess: async (org) => {
      await invalidate();
      onSaved(org);
    },
  });

  const initial: Partial<Values> =
    target.mode === 'edit'
      ? {
          kind: target.org.kind,
          code: target.org.code,
          name: target.org.name,
          placeName: target.org.placeName ?? undefined,
          superiorName: target.org.superiorName ?? undefined,
          documentCode: target.org.documentCode ?? undefined,
        }
      : { kind: kinds.length === 1 ? kinds[0] : undefined };

  return (
    <FormModal<Values>
      title={target.mode === 'create' ? t('org.addChildTitle', { parent: target.parent.name }) : t('org.editTitle', { name: target.org.name })}
      submit={save}
      onClose={onClose}
      fields={FIELDS}
      form={form}
      initialValues={initial}
    >
      <Form.Item name="kind" label={t('org.kind')} rules={[{ required: true, message: t('form.required') }]}>
        <Select options={kinds.map((k) => ({ value: k, label: kindLabel(t, k) }))} placeholder={t('org.kindPlaceholder')} />
      </Form.Item>
      <Form.Item
        name="code"
        label={t('org.code')}
        extra={t('org.codeHelp')}
        normalize={(value: string) => value.toUpperCase()}
        rules={[
          { required: true, whitespace: true, message: t('form.required') },
          { pattern: /^[A-ZĐ0-9][A-ZĐ0-9-]*$/, message: t('org.codeInvalid') },
        ]}
      >
        <Input maxLength={30} />
      </Form.Item>
      <Form.Item name="name" label={t('org.name')} rules={[{ required: true, whitespace: true, min: 2, message: t('org.nameRequired') }]}>
        <Input maxLength={200} />
      </Form.Item>
      {isBody && (
        <>
          <Form.Item name="placeName" label={t('org.placeName')} extra={t('org.placeNameHelp')}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="superiorName" label={t('org.superiorName')} extra={t('org.superiorNameHelp')}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item
            name="documentCode"
            label={t('org.documentCode')}
            extra={t('org.documentCodeHelp')}
            normalize={(value: string) => value.toUpperCase()}
            rules={[{ pattern: /^[A-ZĐ0-9][A-ZĐ0-9-]*$/, message: t('org.codeInvalid') }]}
          >
            <Input maxLength={30} />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
