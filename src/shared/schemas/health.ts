import { z } from 'zod';

export const healthSchema = z.object({
  status: z.literal('ok'),
  database: z.enum(['sqlite', 'postgres']),
  migration: z.string(),
  version: z.string(),
  time: z.string(),
});
