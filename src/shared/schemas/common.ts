import { z } from 'zod';

/** Text ids (UUID v7): sortable by creation time, which cursors rely on. */
export const idSchema = z.string().min(1).max(64);
export const idParamsSchema = z.object({ id: idSchema });

export const paginationQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(50),
  cursor: z.string().max(200).optional(),
});

/** Query flags arrive as text: "1", "true" mean yes. */
export const queryFlag = z
  .enum(['0', '1', 'true', 'false'])
  .optional()
  .transform((v) => v === '1' || v === 'true');

export const errorResponseSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}
