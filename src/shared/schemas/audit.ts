import { z } from 'zod';
import { daySchema, idSchema, paginationQuerySchema } from './common';

export const listAuditQuerySchema = paginationQuerySchema.extend({
  organizationId: idSchema.optional(),
  actorId: idSchema.optional(),
  entityType: z.string().max(50).optional(),
  entityId: idSchema.optional(),
  action: z.string().max(80).optional(),
  from: daySchema().optional(),
  to: daySchema().optional(),
});

export const auditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  actor: z.object({ id: z.string(), username: z.string(), fullName: z.string() }).nullable(),
  organizationId: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  summary: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  requestId: z.string().nullable(),
});
export type AuditEntryDto = z.infer<typeof auditEntrySchema>;
