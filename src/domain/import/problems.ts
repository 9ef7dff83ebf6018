import type { z } from 'zod';
import type { importProblemSchema } from '../../shared/schemas/plan-import';

export type ImportProblem = z.infer<typeof importProblemSchema>;
