import type { TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import type { PlanSummaryDto } from '../api/types';
import { formatDate } from '../format/dates';
import type { Translate } from '../i18n/I18nProvider';
import { planKindLabel, PlanStateTag } from './labels';

export const planPath = (id: string) => `/ke-hoach/${id}`;

/** The columns every list of plans shows: the plans page and a plan's "Kế hoạch đơn vị" tab. */
export function planColumns(t: Translate): TableColumnsType<PlanSummaryDto> {
  return [
    { key: 'number', title: t('plan.numberAndSymbol'), width: 110, render: (_, p) => <span className="nowrap">{p.numberAndSymbol}</span> },
    { key: 'title', title: t('plan.title'), render: (_, p) => <Link to={planPath(p.id)}>{p.title}</Link> },
    { key: 'body', title: t('plan.body'), width: 170, render: (_, p) => p.organization.name },
    { key: 'kind', title: t('plan.kind'), width: 150, render: (_, p) => planKindLabel(t, p.kind) },
    { key: 'state', title: t('plan.state'), width: 125, render: (_, p) => <PlanStateTag state={p.state} /> },
    { key: 'tasks', title: t('plan.taskCount'), width: 85, align: 'right', dataIndex: 'taskCount' },
    { key: 'issuedOn', title: t('plan.issuedOn'), width: 115, render: (_, p) => formatDate(p.issuedOn) },
  ];
}
