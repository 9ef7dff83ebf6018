import type { PlanKind } from '../../shared/plan-vocabulary';
import type { PlanContent } from '../../shared/schemas/plans';
import type { TaskTableRow } from './save-task-table';

/** What a new plan inherits when it does not start blank. */
export type PlanStart = {
  year: number;
  kind: PlanKind;
  title: string;
  parentPlanId: string | null;
  previousPlanId: string | null;
  content: PlanContent;
  tasks: TaskTableRow[];
  signingAuthority: string | null;
  signerTitle: string | null;
  signerName: string | null;
};
