import { useMutation } from '@tanstack/react-query';
import { Divider, Form, Input, Switch } from 'antd';
import type { Role } from '../../shared/roles';
import { api } from '../api/client';
import type { MeDto, OrganizationDto, UserDto } from '../api/types';
import { FormModal } from '../forms/FormModal';
import { NewPasswordFields } from '../forms/NewPasswordFields';
import { useT } from '../i18n/I18nProvider';
import { RoleRowsField, type RoleRow } from './RoleRowsField';

type Values = {
  username?: string;
  fullName: string;
  email?: string;
  title?: string;
  password?: string;
  confirmPassword?: string;
  disabled?: boolean;
  roles: RoleRow[];
};

const FIELDS = ['username', 'fullName', 'email', 'title', 'password', 'roles', 'disabled'] as const;

type Props = {
  editing: UserDto | null;
  me: MeDto;
  items: readonly OrganizationDto[];
  byId: ReadonlyMap<string, OrganizationDto>;
  onClose: () => void;
  onSaved: (user: UserDto) => void;
};

export function UserFormModal({ editing, me, items, byId, onClose, onSaved }: Props) {
  const t = useT();
  const save = useMutation({
    mutationFn: (values: Values) => {
      const common = {
        fullName: values.fullName,
        email: values.email?.trim() || null,
        title: values.title?.trim() || null,
        roles: values.roles.map((row) => ({ organizationId: row.organizationId as string, role: row.role as Role })),
      };
      return editing
        ? api<UserDto>(`/api/users/${editing.id}`, { method: 'PATCH', body: { ...common, disabled: Boolean(values.disabled) } })
        : api<UserDto>('/api/users', { method: 'POST', body: { ...common, username: values.username, password: values.password } });
    },
    onSuccess: onSaved,
  });

  const ownOrg = byId.get(me.organization.id);
  const initial: Partial<Values> = editing
    ? {
        fullName: editing.fullName,
        email: editing.email ?? undefined,
        title: editing.title ?? undefined,
        disabled: editing.disabled,
        roles: editing.roles.map((g) => ({ organizationId: g.organization.id, role: g.role })),
      }
    : { roles: [{ organizationId: ownOrg?.can.manageUsers ? ownOrg.id : undefined }] };

  return (
    <FormModal<Values>
      width={720}
      title={editing ? t('users.editTitle', { username: editing.username }) : t('users.addTitle')}
      submit={save}
      onClose={onClose}
      fields={FIELDS}
      initialValues={initial}
    >
      {!editing && (
        <Form.Item
          name="username"
          label={t('users.username')}
          extra={t('users.usernameHelp')}
          normalize={(value: string) => value.trim().toLowerCase()}
          rules={[
            { required: true, message: t('form.required') },
            { min: 3, message: t('users.usernameInvalid') },
            { pattern: /^[a-z0-9][a-z0-9._-]*$/, message: t('users.usernameInvalid') },
          ]}
        >
          <Input maxLength={64} autoComplete="off" />
        </Form.Item>
      )}
      <Form.Item name="fullName" label={t('users.fullName')} rules={[{ required: true, whitespace: true, min: 2, message: t('users.fullNameRequired') }]}>
        <Input maxLength={120} />
      </Form.Item>
      <div className="form-grid-2">
        <Form.Item name="email" label={t('users.email')} rules={[{ type: 'email', message: t('users.emailInvalid') }]}>
          <Input maxLength={200} autoComplete="off" />
        </Form.Item>
        <Form.Item name="title" label={t('user.title')}>
          <Input maxLength={120} placeholder={t('users.titlePlaceholder')} />
        </Form.Item>
      </div>
      {!editing && (
        <div className="form-grid-2">
          <NewPasswordFields name="password" label={t('users.initialPassword')} confirmLabel={t('password.repeat')} username={{ field: 'username' }} />
        </div>
      )}
      {editing && (
        <Form.Item name="disabled" label={t('users.disabledLabel')} valuePropName="checked" extra={t('users.disabledHelp')}>
          <Switch />
        </Form.Item>
      )}
      <Divider titlePlacement="start">{t('users.roles')}</Divider>
      <RoleRowsField items={items} byId={byId} />
    </FormModal>
  );
}
