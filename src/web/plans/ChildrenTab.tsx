import { Table, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import type { PlanSummaryDto } from '../api/types';
import { useT } from '../i18n/I18nProvider';
import { planColumns, planPath } from './planColumns';

/** The plans the bodies below wrote to carry this one out, and where each stands. */
export function ChildrenTab({ plans }: { plans: PlanSummaryDto[] }) {
  const t = useT();
  const navigate = useNavigate();
  return (
    <>
      <Typography.Paragraph type="secondary">{t('planChildren.help')}</Typography.Paragraph>
      <Table<PlanSummaryDto>
        rowKey="id"
        size="small"
        dataSource={plans}
        pagination={false}
        scroll={{ x: 1000 }}
        onRow={(plan) => ({ onClick: () => navigate(planPath(plan.id)), className: 'clickable-row' })}
        columns={planColumns(t)}
      />
    </>
  );
}
