import { PrinterOutlined } from '@ant-design/icons';
import { Button, Switch } from 'antd';
import { useMemo, useState } from 'react';
import type { PlanDetailDto } from '../../api/types';
import { useT } from '../../i18n/I18nProvider';
import type { AssigneeDirectory } from '../useAssigneeDirectory';
import { modelFromPlan } from './model';
import { PlanDocument } from './PlanDocument';

/** The plan as its paper reads, with the task table as its appendix when wanted, ready to print. */
export function DocumentTab({ plan, directory }: { plan: PlanDetailDto; directory: AssigneeDirectory }) {
  const t = useT();
  const [withAppendix, setWithAppendix] = useState(true);
  const model = useMemo(() => modelFromPlan(plan), [plan]);
  return (
    <>
      <div className="tab-toolbar plan-doc-toolbar">
        <label className="inline-switch">
          <Switch size="small" checked={withAppendix} onChange={setWithAppendix} disabled={plan.tasks.length === 0} /> {t('planDocument.withAppendix')}
        </label>
        <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('planDocument.print')}
        </Button>
      </div>
      <PlanDocument model={model} nameOf={directory.nameOf} withAppendix={withAppendix} />
    </>
  );
}
