import { z } from 'zod';
import { GROUP_KINDS, ORGANIZATION_KINDS } from '../organization-kinds';
import { idSchema, paginationQuerySchema, queryFlag } from './common';

/** Short codes appear in document symbols (KH-BVSN): capitals, digits and hyphens. */
export const organizationCodeSchema = z
  .string()
  .trim()
  .min(1)
  .max(30)
  .regex(/^[A-ZĐ0-9][A-ZĐ0-9-]*$/, { message: 'Mã viết tắt chỉ gồm chữ in hoa, chữ số và dấu gạch ngang (ví dụ BVSN, TCHC-TCKT).' });

const nameSchema = z.string().trim().min(2).max(200);
const placeSchema = z.string().trim().max(100);

export const createOrganizationSchema = z.strictObject({
  parentId: idSchema.nullable(),
  kind: z.enum(ORGANIZATION_KINDS),
  code: organizationCodeSchema,
  name: nameSchema,
  placeName: placeSchema.nullish(),
  superiorName: z.string().trim().max(200).nullish(),
  documentCode: organizationCodeSchema.nullish(),
});

export const updateOrganizationSchema = z
  .strictObject({
    name: nameSchema,
    code: organizationCodeSchema,
    kind: z.enum(ORGANIZATION_KINDS),
    placeName: placeSchema.nullable(),
    superiorName: z.string().trim().max(200).nullable(),
    documentCode: organizationCodeSchema.nullable(),
  })
  .partial();

export const moveOrganizationSchema = z.strictObject({ parentId: idSchema });

export const listOrganizationsQuerySchema = paginationQuerySchema.extend({
  limit: z.coerce.number().int().min(1).max(5000).default(1000),
  parentId: idSchema.optional(),
  kind: z.enum(ORGANIZATION_KINDS).optional(),
  q: z.string().max(200).optional(),
  includeRetired: queryFlag,
});

export const organizationSchema = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  bodyId: z.string(),
  kind: z.enum(ORGANIZATION_KINDS),
  isBody: z.boolean(),
  code: z.string(),
  name: z.string(),
  placeName: z.string().nullable(),
  superiorName: z.string().nullable(),
  /** The abbreviation in document symbols ("SYT" in 06/KH-SYT); null when it is the code. */
  documentCode: z.string().nullable(),
  retiredAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  can: z.object({
    update: z.boolean(),
    createChild: z.boolean(),
    move: z.boolean(),
    retire: z.boolean(),
    /** Retire's right on a node below the root; the server still refuses a node in use (409). */
    delete: z.boolean(),
    manageUsers: z.boolean(),
    /** Keep the external bodies and groups of this node's body. */
    manageRegistry: z.boolean(),
  }),
}).meta({ id: 'Organization' });
export type OrganizationDto = z.infer<typeof organizationSchema>;

export const createExternalBodySchema = z.strictObject({
  ownerId: idSchema,
  name: nameSchema,
  code: organizationCodeSchema.nullish(),
  note: z.string().trim().max(500).nullish(),
});
export const updateExternalBodySchema = z
  .strictObject({ name: nameSchema, code: organizationCodeSchema.nullable(), note: z.string().trim().max(500).nullable(), retired: z.boolean() })
  .partial();

export const externalBodySchema = z.object({
  id: z.string(),
  ownerId: z.string(),
  name: z.string(),
  code: z.string().nullable(),
  note: z.string().nullable(),
  retiredAt: z.string().nullable(),
});
export type ExternalBodyDto = z.infer<typeof externalBodySchema>;

export const createGroupSchema = z.strictObject({
  ownerId: idSchema,
  name: nameSchema,
  kind: z.enum(GROUP_KINDS),
  memberIds: z.array(idSchema).max(500).default([]),
});

export const groupSchema = z.object({
  id: z.string(),
  ownerId: z.string(),
  name: z.string(),
  kind: z.enum(GROUP_KINDS),
  memberIds: z.array(z.string()),
  /** The tree nodes the group stands for today (computed for all_units / all_bodies). */
  members: z.array(z.object({ id: z.string(), code: z.string(), name: z.string() })),
});
export type GroupDto = z.infer<typeof groupSchema>;
