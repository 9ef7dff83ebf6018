import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Table } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { PlanSummaryDto } from '../api/types';
import { useCursorPager } from '../api/useCursorPager';
import { errorMessage } from '../forms/errors';
import { useT } from '../i18n/I18nProvider';
import { PageHeader } from '../layout/PageHeader';
import { PagerBar } from '../layout/PagerBar';
import { useNarrowScreen } from '../layout/useNarrowScreen';
import { CreatePlanModal } from './CreatePlanModal';
import { planColumns, planPath } from './planColumns';
import { PlanFilters } from './PlanFilters';
import { usePlanList, type PlanListFilters } from './queries';
import { useDraftingBodies } from './useDraftingBodies';
import './plans.css';

/** The plans a body works with: its own, those of the bodies under it, and the issued plans above it. */
export function PlansPage() {
  const t = useT();
  const navigate = useNavigate();
  const narrow = useNarrowScreen();
  const draftingBodies = useDraftingBodies();
  const [filters, setFilters] = useState<PlanListFilters>({});
  const [creating, setCreating] = useState(false);
  const pager = useCursorPager(JSON.stringify(filters));
  const list = usePlanList(filters, pager.cursor);
  const nextCursor = list.data?.nextCursor ?? null;

  return (
    <>
      <PageHeader
        title={t('plans.pageTitle')}
        extra={
          draftingBodies.length > 0 && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('plans.create')}
            </Button>
          )
        }
      />
      <Card size="small">
        <PlanFilters value={filters} onChange={setFilters} />
        {list.isError && <Alert type="error" showIcon title={errorMessage(list.error, t)} className="form-alert" />}
        <Table<PlanSummaryDto>
          rowKey="id"
          size="middle"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          pagination={false}
          scroll={narrow ? { x: 1100 } : undefined}
          locale={{ emptyText: t('plans.none') }}
          onRow={(plan) => ({ onClick: () => navigate(planPath(plan.id)), className: 'clickable-row' })}
          columns={planColumns(t)}
        />
        <PagerBar pager={pager} nextCursor={nextCursor} />
      </Card>
      {creating && <CreatePlanModal bodies={draftingBodies} onClose={() => setCreating(false)} />}
    </>
  );
}
