import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { TreeSelect } from 'antd';
import { useState } from 'react';
import { api } from '../api/client';
import type { Page, PlanDetailDto, PlanSummaryDto } from '../api/types';
import { formatDate } from '../format/dates';
import { useT } from '../i18n/I18nProvider';
import { useOrganizations } from '../organizations/queries';
import { PLANS_KEY } from '../plans/queries';
import { linkTree, plansForBody } from './task-links';

type Props = {
  id?: string;
  value?: string[];
  onChange?: (value: string[]) => void;
  /** The body whose plans' tasks the item may fulfil. */
  bodyId: string;
  /** Plans already linked, opened at once so their tasks show by name. */
  linkedPlanIds: readonly string[];
};

const planKey = (id: string) => [...PLANS_KEY, 'detail', id] as const;
const fetchPlan = (id: string) => api<PlanDetailDto>(`/api/plans/${id}`);

/** Chooses tasks, or single periods of them, from the body's issued plans; a plan's tasks load when it is opened. */
export function TaskLinkPicker({ id, value, onChange, bodyId, linkedPlanIds }: Props) {
  const t = useT();
  const queryClient = useQueryClient();
  const orgs = useOrganizations();
  const [opened, setOpened] = useState<string[]>([]);
  const plans = useQuery({
    queryKey: [...PLANS_KEY, 'list', { state: 'issued' }, 'links'],
    queryFn: () => api<Page<PlanSummaryDto>>('/api/plans', { query: { state: 'issued', limit: 200 } }),
    staleTime: 60_000,
  });
  const wanted = [...new Set([...linkedPlanIds, ...opened])];
  const details = useQueries({ queries: wanted.map((planId) => ({ queryKey: planKey(planId), queryFn: () => fetchPlan(planId), staleTime: 60_000 })) });
  const byPlan = new Map(details.flatMap((d) => (d.data ? [[d.data.id, d.data] as const] : [])));
  const offered = plansForBody(plans.data?.items ?? [], bodyId, (orgId) => orgs.byId.get(orgId)?.parentId);
  // A plan linked earlier stays in the tree even once closed, so its links keep their names.
  const linkedElsewhere = [...byPlan.values()].filter((d) => !offered.some((p) => p.id === d.id));
  const treeData = linkTree([...offered, ...linkedElsewhere], byPlan, {
    organization: (orgId) => orgs.byId.get(orgId)?.name ?? '',
    date: formatDate,
    period: (due, unit) => t('media.occurrenceLabel', { due, unit }),
    ours: (orgId) => orgs.byId.get(orgId)?.bodyId === bodyId,
  });

  return (
    <TreeSelect
      id={id}
      multiple
      allowClear
      showSearch
      treeNodeFilterProp="title"
      treeNodeLabelProp="label"
      value={value}
      onChange={(next: string[]) => onChange?.(next)}
      treeData={treeData}
      loadData={async (node) => {
        const planId = String(node.value).replace(/^plan:/, '');
        if (!String(node.value).startsWith('plan:') || wanted.includes(planId)) return;
        await queryClient.fetchQuery({ queryKey: planKey(planId), queryFn: () => fetchPlan(planId), staleTime: 60_000 });
        setOpened((list) => [...list, planId]);
      }}
      loading={plans.isPending}
      notFoundContent={plans.isPending ? undefined : t('media.noPlans')}
      placeholder={t('media.linksPlaceholder')}
      popupMatchSelectWidth
      listHeight={360}
      className="full-width"
    />
  );
}
