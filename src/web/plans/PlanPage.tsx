import { Alert, Result, Skeleton, Tabs } from 'antd';
import { useMemo } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import { isApiError } from '../api/client';
import type { PlanDetailDto } from '../api/types';
import { errorMessage } from '../forms/errors';
import { signature } from '../forms/signature';
import { useT } from '../i18n/I18nProvider';
import { ChildrenTab } from './ChildrenTab';
import { CommunicationTargetsCard } from './CommunicationTargetsCard';
import { DocumentTab } from './document/DocumentTab';
import { infoValues } from './info/infoValues';
import { PlanInfoTab } from './info/PlanInfoTab';
import { PlanHeader } from './PlanHeader';
import { usePlan, usePlanChildren, usePlanVersions } from './queries';
import { draftsFromTasks, taskInputs } from './tasks/taskRows';
import { TaskTableTab } from './tasks/TaskTableTab';
import { TimelineTab } from './timeline/TimelineTab';
import { useAssigneeDirectory } from './useAssigneeDirectory';
import { VersionsTab } from './VersionsTab';
import './plans.css';

export function PlanPage() {
  const { id = '' } = useParams();
  const plan = usePlan(id);
  if (plan.isPending) return <Skeleton active />;
  if (plan.isError) return <PlanLoadError error={plan.error} />;
  return <LoadedPlan plan={plan.data} />;
}

function PlanLoadError({ error }: { error: Error }) {
  const t = useT();
  if (isApiError(error) && error.status === 404) return <Result status="404" title={t('plans.notFound')} subTitle={errorMessage(error, t)} />;
  return <Alert type="error" showIcon title={errorMessage(error, t)} />;
}

function LoadedPlan({ plan }: { plan: PlanDetailDto }) {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const directory = useAssigneeDirectory(plan.organization, plan.names);
  const children = usePlanChildren(plan.id);
  const versions = usePlanVersions(plan.id);
  const childCount = children.data?.items.length ?? 0;
  const versionCount = versions.data?.items.length ?? 0;
  // Each editor starts again from the server only when what it edits changed there: saving the
  // task table must not throw away unsaved edits of the plan's text, and the other way round.
  const infoKey = useMemo(() => signature(infoValues(plan)), [plan]);
  const tasksKey = useMemo(() => signature(taskInputs(draftsFromTasks(plan.tasks))), [plan.tasks]);

  const items = [
    { key: 'document', label: t('planTab.document'), children: <DocumentTab plan={plan} directory={directory} /> },
    { key: 'info', label: t('planTab.info'), children: <PlanInfoTab key={infoKey} plan={plan} /> },
    { key: 'tasks', label: t('planTab.tasks', { n: plan.taskCount }), children: <TaskTableTab key={tasksKey} plan={plan} directory={directory} /> },
    { key: 'timeline', label: t('planTab.timeline'), children: <TimelineTab plan={plan} directory={directory} /> },
    ...(childCount > 0 ? [{ key: 'children', label: t('planTab.children', { n: childCount }), children: <ChildrenTab plans={children.data?.items ?? []} /> }] : []),
    ...(plan.content.targets.length > 0 ? [{ key: 'targets', label: t('planTargets.tab'), children: <CommunicationTargetsCard planId={plan.id} year={plan.year} /> }] : []),
    ...(versionCount > 0 ? [{ key: 'versions', label: t('planTab.versions'), children: <VersionsTab plan={plan} versions={versions.data?.items ?? []} directory={directory} /> }] : []),
  ];
  const requested = params.get('tab');
  const active = items.some((item) => item.key === requested) ? requested! : 'document';

  return (
    <>
      <PlanHeader plan={plan} />
      <Tabs activeKey={active} onChange={(tab) => setParams({ tab }, { replace: true })} items={items} />
    </>
  );
}
