import { ArrowLeftOutlined } from '@ant-design/icons';
import { Space, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { PlanDetailDto } from '../api/types';
import { formatDate } from '../format/dates';
import { useT } from '../i18n/I18nProvider';
import { DownloadMenu } from '../layout/DownloadMenu';
import { PageHeader } from '../layout/PageHeader';
import { planKindLabel, PlanStateTag } from './labels';
import { PlanActions } from './PlanActions';

/** The plan's title, where it stands in its lifecycle, and the moves the person may make. */
export function PlanHeader({ plan }: { plan: PlanDetailDto }) {
  const t = useT();
  const facts = [
    plan.numberAndSymbol,
    plan.organization.name,
    planKindLabel(t, plan.kind),
    t('plan.yearOf', { year: plan.year }),
    plan.issuedOn && t('plan.issuedOnText', { date: formatDate(plan.issuedOn) }),
    plan.version > 1 && t('plan.versionN', { n: plan.version }),
  ].filter(Boolean);
  return (
    <div className="plan-header">
      <Link to="/ke-hoach" className="plan-back">
        <ArrowLeftOutlined /> {t('plans.back')}
      </Link>
      <PageHeader title={plan.title} extra={<PlanActions plan={plan} />} />
      <Space size={4} wrap className="plan-facts">
        <PlanStateTag state={plan.state} />
        <Typography.Text type="secondary">{facts.join(' · ')}</Typography.Text>
        <DownloadMenu
          label={t('common.download')}
          files={[
            { key: 'docx', label: t('plan.downloadDocx'), href: `/api/plans/${plan.id}/document.docx` },
            { key: 'pdf', label: t('plan.downloadPdf'), href: `/api/plans/${plan.id}/document.pdf` },
            { key: 'xlsx', label: t('plan.downloadTasks'), href: `/api/plans/${plan.id}/tasks.xlsx` },
          ]}
        />
      </Space>
    </div>
  );
}
