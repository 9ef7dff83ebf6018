import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Segmented, Select, Table, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { REPORT_PERIODS, type ReportPeriod } from '../../shared/report-vocabulary';
import { formatDate } from '../format/dates';
import { useT } from '../i18n/I18nProvider';
import { Forbidden, refusedRoles } from '../layout/Forbidden';
import { PageHeader } from '../layout/PageHeader';
import { recentYears } from '../plans/PlanFilters';
import { useMe } from '../session/MeContext';
import { CompileReportModal } from './CompileReportModal';
import { ReportStateTag } from './labels';
import { useChildReports, useReports, type ChildReportList, type ReportList } from './queries';

/** A body's periodic reports, and for a body above others who has and has not sent theirs (SPEC §2.10). */
export function ReportsPage() {
  const t = useT();
  const me = useMe();
  const [year, setYear] = useState(new Date().getFullYear());
  const [compiling, setCompiling] = useState(false);
  const canCompile = me.roles.some((r) => r.role === 'coordinator' || r.role === 'director');
  return (
    <>
      <PageHeader
        title={t('reports.pageTitle')}
        extra={
          <Flex gap="small" wrap>
            <Select aria-label={t('reports.year')} value={year} onChange={setYear} options={recentYears().map((y) => ({ value: y, label: `${t('reports.year')} ${y}` }))} />
            {canCompile && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCompiling(true)}>
                {t('reports.compile')}
              </Button>
            )}
          </Flex>
        }
      />
      <Card size="small">
        <Tabs
          items={[
            { key: 'own', label: t('reports.own'), children: <OwnReports year={year} canCompile={canCompile} /> },
            { key: 'children', label: t('reports.children'), children: <ChildReports year={year} /> },
          ]}
        />
      </Card>
      {compiling && <CompileReportModal year={year} onClose={() => setCompiling(false)} />}
    </>
  );
}

function OwnReports({ year, canCompile }: { year: number; canCompile: boolean }) {
  const t = useT();
  const reports = useReports(year);
  const refused = refusedRoles(reports.error);
  if (refused) return <Forbidden roles={refused} />;
  return (
    <Table<ReportList['items'][number]>
      rowKey="id"
      size="small"
      loading={reports.isFetching}
      dataSource={reports.data?.items ?? []}
      pagination={false}
      scroll={{ x: 760 }}
      locale={{ emptyText: t(canCompile ? 'empty.reportsCompile' : 'empty.reports', { year }) }}
      columns={[
        { title: t('reports.title'), key: 'title', render: (_, r) => <Link to={`/bao-cao/${r.id}`}>{r.title}</Link> },
        { title: t('reports.state'), key: 'state', width: 130, render: (_, r) => <ReportStateTag state={r.state} /> },
        { title: t('reports.dueOn'), key: 'due', width: 110, render: (_, r) => formatDate(r.dueOn) },
        { title: t('reports.submittedAt'), key: 'submitted', width: 120, render: (_, r) => formatDate(r.submittedAt) },
      ]}
    />
  );
}

function ChildReports({ year }: { year: number }) {
  const t = useT();
  const [period, setPeriod] = useState<ReportPeriod>('Q1');
  const children = useChildReports(year, period);
  const refused = refusedRoles(children.error);
  if (refused) return <Forbidden roles={refused} />;
  return (
    <>
      <Segmented<ReportPeriod>
        aria-label={t('a11y.period')}
        className="form-alert"
        value={period}
        onChange={setPeriod}
        options={REPORT_PERIODS.filter((p) => p !== 'custom').map((p) => ({ value: p, label: t(`reports.period.${p}`) }))}
      />
      <Table<ChildReportList['items'][number]>
        rowKey={(r) => r.organization.id}
        size="small"
        loading={children.isFetching}
        dataSource={children.data?.items ?? []}
        pagination={false}
        scroll={{ x: 640 }}
        locale={{ emptyText: t('reports.noChildren') }}
        columns={[
          { title: t('reports.body'), key: 'body', render: (_, r) => r.organization.name },
          {
            title: t('reports.state'),
            key: 'submitted',
            width: 200,
            render: (_, r) =>
              r.submitted ? (
                <>
                  <Tag color="green">{t('reports.submitted')}</Tag>
                  {r.onTime === false && <Tag color="orange">{t('reports.lateSubmit')}</Tag>}
                </>
              ) : (
                <Tag color="red">{t('reports.notSubmitted')}</Tag>
              ),
          },
          { title: t('reports.submittedAt'), key: 'at', width: 120, render: (_, r) => formatDate(r.submittedAt) },
          { title: t('reports.dueOn'), key: 'due', width: 110, render: () => formatDate(children.data?.dueOn) },
          { title: '', key: 'open', width: 80, render: (_, r) => r.reportId && r.submitted && <Link to={`/bao-cao/${r.reportId}`}>{t('reports.open')}</Link> },
        ]}
      />
    </>
  );
}
