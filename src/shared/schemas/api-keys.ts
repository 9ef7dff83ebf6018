import { z } from 'zod';
import { idSchema, paginationQuerySchema, queryFlag } from './common';

/**
 * What a key may do (issue 18): `read` reads what a viewer of its body reads; `write` also acts as the
 * body's CCHC coordinator (đầu mối CCHC) does — never as an admin, so a key manages no account, no tree
 * and no other key.
 */
export const API_KEY_SCOPES = ['read', 'write'] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];
export const API_KEY_SCOPE_LABELS_VI: Record<ApiKeyScope, string> = { read: 'Chỉ đọc', write: 'Đọc và ghi' };

/** Requests a key may make in a minute unless its admin says otherwise; the bounds keep one client from crowding out the rest. */
export const API_KEY_DEFAULT_RATE = 120;
export const API_KEY_RATE_BOUNDS = { min: 10, max: 6000 } as const;

export const apiKeySchema = z
  .object({
    id: z.string(),
    organizationId: z.string(),
    organizationName: z.string(),
    name: z.string(),
    scope: z.enum(API_KEY_SCOPES),
    /** The key's first characters (`cchc_ab12cd34`): enough to recognise it, never enough to use it. */
    prefix: z.string(),
    requestsPerMinute: z.number().int(),
    createdAt: z.string(),
    createdByName: z.string().nullable(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
    revokedByName: z.string().nullable(),
    can: z.object({ revoke: z.boolean() }),
  })
  .meta({ id: 'ApiKey' });

export const createApiKeySchema = z.strictObject({
  organizationId: idSchema,
  name: z.string().trim().min(1, { message: 'Hãy đặt tên cho khóa (hệ thống nào dùng nó).' }).max(120),
  scope: z.enum(API_KEY_SCOPES),
  requestsPerMinute: z.number().int().min(API_KEY_RATE_BOUNDS.min).max(API_KEY_RATE_BOUNDS.max).default(API_KEY_DEFAULT_RATE),
});

/** The answer to creating a key: the only time its secret is shown. */
export const createdApiKeySchema = z.object({
  apiKey: apiKeySchema,
  token: z.string().meta({ description: 'Khóa đầy đủ, chỉ hiện một lần; gửi trong tiêu đề Authorization: Bearer <khóa>. The whole key, shown once.' }),
});

export const listApiKeysQuerySchema = paginationQuerySchema.extend({ organizationId: idSchema.optional(), includeRevoked: queryFlag });
