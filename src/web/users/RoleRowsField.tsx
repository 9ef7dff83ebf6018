import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Select, Space } from 'antd';
import { useCallback } from 'react';
import { BODY_ROLES, UNIT_ROLES, type Role } from '../../shared/roles';
import type { OrganizationDto } from '../api/types';
import { roleLabel } from '../format/labels';
import { useT } from '../i18n/I18nProvider';
import { OrganizationTreeSelect } from '../organizations/OrganizationTreeSelect';

export type RoleRow = { organizationId?: string; role?: Role };

/** Reporters are held at a department (unit); every other role at a body. */
export function rolesFor(org: OrganizationDto | undefined): readonly Role[] {
  if (!org) return [];
  return org.isBody ? BODY_ROLES : UNIT_ROLES;
}

type Props = { items: readonly OrganizationDto[]; byId: ReadonlyMap<string, OrganizationDto> };

/** One row per role held: where (organisation) and what (role). */
export function RoleRowsField({ items, byId }: Props) {
  const t = useT();
  const form = Form.useFormInstance();
  const assignable = useCallback((org: OrganizationDto) => org.can.manageUsers && !org.retiredAt, []);

  return (
    <Form.List
      name="roles"
      rules={[{ validator: async (_, rows: RoleRow[] | undefined) => (rows?.length ? undefined : Promise.reject(new Error(t('users.rolesRequired')))) }]}
    >
      {(fields, { add, remove }, { errors }) => (
        <>
          {fields.map((field) => (
            <div key={field.key} className="role-row">
              <Form.Item
                name={[field.name, 'organizationId']}
                className="role-row-org"
                rules={[{ required: true, message: t('users.organizationRequired') }]}
              >
                <OrganizationTreeSelect
                  items={items}
                  selectable={assignable}
                  placeholder={t('users.organization')}
                  onChange={(value) => {
                    // A role that cannot be held at the newly chosen node is cleared rather than sent and refused.
                    const allowed = rolesFor(typeof value === 'string' ? byId.get(value) : undefined);
                    const role = form.getFieldValue(['roles', field.name, 'role']) as Role | undefined;
                    if (role && !allowed.includes(role)) form.setFieldValue(['roles', field.name, 'role'], undefined);
                    if (!role && allowed.length === 1) form.setFieldValue(['roles', field.name, 'role'], allowed[0]);
                  }}
                />
              </Form.Item>
              <Form.Item noStyle shouldUpdate>
                {() => {
                  const orgId = form.getFieldValue(['roles', field.name, 'organizationId']) as string | undefined;
                  const allowed = rolesFor(orgId ? byId.get(orgId) : undefined);
                  return (
                    <Form.Item name={[field.name, 'role']} className="role-row-role" rules={[{ required: true, message: t('users.roleRequired') }]}>
                      <Select
                        placeholder={t('users.role')}
                        disabled={!orgId}
                        options={allowed.map((role) => ({ value: role, label: roleLabel(t, role) }))}
                      />
                    </Form.Item>
                  );
                }}
              </Form.Item>
              <Button
                type="text"
                icon={<DeleteOutlined />}
                aria-label={t('users.removeRole')}
                onClick={() => remove(field.name)}
                disabled={fields.length <= 1}
              />
            </div>
          ))}
          <Space orientation="vertical" className="full-width">
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} block>
              {t('users.addRole')}
            </Button>
            <Form.ErrorList errors={errors} />
          </Space>
        </>
      )}
    </Form.List>
  );
}
