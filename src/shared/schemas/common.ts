import { z } from 'zod';

/** Text ids (UUID v7): sortable by creation time, which cursors rely on. */
export const idSchema = z.string().min(1).max(64);
export const idParamsSchema = z.object({ id: idSchema });

export const paginationQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(1000).default(50),
  cursor: z.string().max(200).optional(),
});

/** The years a day the system deals in may fall in: plans, work, reports and news of this century. */
export const EARLIEST_DAY = '2000-01-01';
export const LATEST_DAY = '2100-12-31';

const DAY_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
const dayVi = (day: string) => day.split('-').reverse().join('/');

/**
 * A day as yyyy-mm-dd that is real (no 31 April) and plausible: between `from` and `to`, by default the
 * years 2000–2100. A typo such as 9999-12-31 or 0202-03-01 is refused with a message saying why, rather
 * than stored and shown as a deadline no one can meet or a date no one can read.
 */
export function daySchema(range: { from?: string; to?: string } = {}) {
  const { from = EARLIEST_DAY, to = LATEST_DAY } = range;
  return z.iso
    .date({ message: 'Ngày phải là ngày có thật, viết dạng yyyy-mm-dd (ví dụ 2026-03-31).' })
    .refine((day) => !DAY_SHAPE.test(day) || (day >= from && day <= to), { message: `Ngày phải trong khoảng từ ${dayVi(from)} đến ${dayVi(to)}.` });
}

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
}).meta({ id: 'Error' });

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

/**
 * `organizationId` is how lists name the body or unit they are about (issue 18). A few first took another name
 * (`ownerId`, `bodyId`), which they keep for the clients that send it: either may be sent, both only alike.
 * `required`: the list needs one of them.
 */
export const organizationAlias = <Old extends string>(old: Old) => ({
  organizationId: idSchema.optional(),
  ...({ [old]: idSchema.optional() } as Record<Old, z.ZodOptional<typeof idSchema>>),
});

/** The check that goes with `organizationAlias` (as `.superRefine`). */
export const checkOrganizationAlias = (old: string, required: boolean) => (value: object, ctx: z.RefinementCtx) => {
  const q = value as Record<string, unknown>;
  if (q.organizationId !== undefined && q[old] !== undefined && q.organizationId !== q[old]) {
    ctx.addIssue({ code: 'custom', path: ['organizationId'], message: `organizationId và ${old} là một: gửi một trong hai, hoặc hai giá trị giống nhau.` });
  }
  if (required && q.organizationId === undefined && q[old] === undefined) ctx.addIssue({ code: 'custom', path: ['organizationId'], message: 'Cần organizationId: đơn vị của danh sách.' });
};

/** The organisation a list is about, whichever name it came under. */
export const organizationOf = <Old extends string>(q: { organizationId?: string } & Partial<Record<Old, string>>, old: Old): string | undefined => q.organizationId ?? q[old];
