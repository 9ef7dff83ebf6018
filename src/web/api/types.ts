/** Shapes the API answers with, taken from the shared zod schemas so web and server cannot drift. */
import type { MeDto } from '../../shared/schemas/auth';

export type { MeDto } from '../../shared/schemas/auth';
export type { AuditEntryDto } from '../../shared/schemas/audit';
export type { ExternalBodyDto, GroupDto, OrganizationDto } from '../../shared/schemas/organizations';
export type { UserDto } from '../../shared/schemas/users';

export type Page<T> = { items: T[]; nextCursor: string | null };

/** One role a person holds, with the organisation it is held at. */
export type RoleGrantDto = MeDto['roles'][number];
