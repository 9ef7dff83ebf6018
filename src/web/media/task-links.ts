import type { MediaItemDto } from '../../shared/schemas/media';
import type { PlanDetailDto, PlanSummaryDto } from '../api/types';

/**
 * One picker holds both kinds of link: a task as a whole ("task:<id>") or one of its periods
 * ("occ:<id>"), which then shows the item as its evidence.
 */
export type LinkValue = `task:${string}` | `occ:${string}`;

export function linksFromItem(tasks: MediaItemDto['tasks']): LinkValue[] {
  return tasks.map((task) => (task.occurrenceId ? `occ:${task.occurrenceId}` : `task:${task.id}`) as LinkValue);
}

export function linksToBody(links: readonly string[] | undefined): { taskIds: string[]; occurrenceIds: string[] } {
  const taskIds: string[] = [];
  const occurrenceIds: string[] = [];
  for (const link of links ?? []) {
    if (link.startsWith('task:')) taskIds.push(link.slice(5));
    else if (link.startsWith('occ:')) occurrenceIds.push(link.slice(4));
  }
  return { taskIds, occurrenceIds };
}

/** `label` is what the field shows once chosen: a period names its task, since its own title only gives the day. */
export type LinkNode = { value: string; title: string; label: string; selectable?: boolean; isLeaf?: boolean; children?: LinkNode[] };

type Context = {
  organization: (id: string) => string;
  date: (iso: string) => string;
  period: (due: string, unit: string) => string;
  /** Whether a period is the body's own work (a plan above it has periods for every body carrying it out). */
  ours: (organizationId: string) => boolean;
};

/**
 * Plans as closed folders until opened (their tasks are loaded then), tasks under them, and under each
 * task the body's own periods of it, earliest due first.
 */
export function linkTree(plans: readonly Pick<PlanSummaryDto, 'id' | 'numberAndSymbol' | 'title'>[], details: ReadonlyMap<string, PlanDetailDto>, names: Context): LinkNode[] {
  return plans.map((plan) => {
    const detail = details.get(plan.id);
    const title = `${plan.numberAndSymbol} — ${plan.title}`;
    return {
      value: `plan:${plan.id}`,
      title,
      label: title,
      selectable: false,
      isLeaf: detail ? detail.tasks.length === 0 : false,
      children: detail?.tasks.map((task) => {
        const periods = [...task.occurrences].filter((o) => !o.detached && names.ours(o.organizationId)).sort((a, b) => (a.due ?? '').localeCompare(b.due ?? ''));
        const taskTitle = task.number ? `${task.number}. ${task.title}` : task.title;
        return {
          value: `task:${task.id}`,
          title: taskTitle,
          label: taskTitle,
          isLeaf: periods.length === 0,
          children: periods.map((o) => {
            const period = names.period(o.due ? names.date(o.due) : '', names.organization(o.organizationId));
            return { value: `occ:${o.id}`, title: period, label: `${taskTitle} — ${period}`, isLeaf: true };
          }),
        };
      }),
    };
  });
}

/** Plans to offer: the body's own and those above it that it carries out, not the plans of bodies under it. */
export function plansForBody<P extends Pick<PlanSummaryDto, 'organization'>>(plans: readonly P[], bodyId: string, parentOf: (id: string) => string | null | undefined): P[] {
  const isBelow = (orgId: string) => {
    for (let id = parentOf(orgId); id; id = parentOf(id)) if (id === bodyId) return true;
    return false;
  };
  return plans.filter((plan) => plan.organization.id === bodyId || !isBelow(plan.organization.id));
}
