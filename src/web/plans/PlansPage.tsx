import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Space } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { PlanSummaryDto } from '../api/types';
import { useCursorPager } from '../api/useCursorPager';
import { useT } from '../i18n/I18nProvider';
import { PageHeader } from '../layout/PageHeader';
import { PagedTable } from '../layout/PagedTable';
import { CreatePlanModal } from './CreatePlanModal';
import { emptyPlansText } from './emptyPlansText';
import { planColumns, planPath } from './planColumns';
import { PlanFilters } from './PlanFilters';
import { usePlanList, type PlanListFilters } from './queries';
import { useDraftingBodies } from './useDraftingBodies';
import './plans.css';

/** The plans a body works with: its own, those of the bodies under it, and the issued plans above it. */
export function PlansPage() {
  const t = useT();
  const navigate = useNavigate();
  const draftingBodies = useDraftingBodies();
  const [filters, setFilters] = useState<PlanListFilters>({});
  const [creating, setCreating] = useState(false);
  const pager = useCursorPager(JSON.stringify(filters));
  const list = usePlanList(filters, pager.cursor);

  return (
    <>
      <PageHeader
        title={t('plans.pageTitle')}
        extra={
          draftingBodies.length > 0 && (
            <Space wrap>
              <Button icon={<UploadOutlined />} onClick={() => navigate('/ke-hoach/nhap')}>
                {t('planImport.open')}
              </Button>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                {t('plans.create')}
              </Button>
            </Space>
          )
        }
      />
      <Card size="small">
        <PlanFilters value={filters} onChange={setFilters} />
        <PagedTable<PlanSummaryDto>
          list={list}
          pager={pager}
          minWidth={1100}
          emptyText={emptyPlansText(t, filters, draftingBodies.length > 0)}
          onRow={(plan) => ({ onClick: () => navigate(planPath(plan.id)), className: 'clickable-row' })}
          columns={planColumns(t)}
        />
      </Card>
      {creating && <CreatePlanModal bodies={draftingBodies} onClose={() => setCreating(false)} />}
    </>
  );
}
