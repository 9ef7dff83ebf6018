import { ORGANIZATION_KINDS, type GroupKind, type OrganizationKind } from '../../shared/organization-kinds';
import type { Role } from '../../shared/roles';
import type { RoleGrantDto } from '../api/types';
import type { Translate } from '../i18n/I18nProvider';

export function roleLabel(t: Translate, role: Role): string {
  return t(`role.${role}`);
}

/** Kinds arrive as plain text in some shapes (role grants); an unknown one is shown as sent. */
export function kindLabel(t: Translate, kind: string): string {
  return isKnownKind(kind) ? t(`kind.${kind}`) : kind;
}

export function groupKindLabel(t: Translate, kind: GroupKind): string {
  return t(`groupKind.${kind}`);
}

/** "Khoa/phòng — Khoa Sản" */
export function grantLabel(t: Translate, grant: RoleGrantDto): string {
  return `${roleLabel(t, grant.role)} — ${grant.organization.name}`;
}

function isKnownKind(kind: string): kind is OrganizationKind {
  return (ORGANIZATION_KINDS as readonly string[]).includes(kind);
}
