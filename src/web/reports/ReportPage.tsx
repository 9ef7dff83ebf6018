import { DownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Result, Space, Spin, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import type { ReportDto } from '../../shared/schemas/reports';
import { isApiError } from '../api/client';
import { formatDate, formatDateTime } from '../format/dates';
import { errorMessage } from '../forms/errors';
import { FormModal } from '../forms/FormModal';
import { useT } from '../i18n/I18nProvider';
import { PageHeader } from '../layout/PageHeader';
import { ReportStateTag } from './labels';
import { useCompileReport, useReport, useTransitionReport } from './queries';
import { ReportAggregateSection, ReportCitizensSection, ReportCommunicationSection, ReportIndicesSection, ReportProceduresSection } from './ReportFactsSections';
import { ReportTextsCard } from './ReportTextsCard';
import { ReportWorkSection } from './ReportWorkSection';

/** One periodic report: its compiled figures, the coordinator's texts, its moves and its documents. */
export function ReportPage() {
  const t = useT();
  const { id = '' } = useParams();
  const report = useReport(id);
  if (report.isPending) return <Spin />;
  if (report.error) return isApiError(report.error) && report.error.status === 404 ? <Result status="404" title={errorMessage(report.error, t)} /> : <Alert type="error" showIcon title={errorMessage(report.error, t)} />;
  const r = report.data;
  return (
    <Space orientation="vertical" size="middle" className="full-width report-page">
      <PageHeader title={r.title} extra={<ReportActions report={r} />} />
      <Flex gap="small" wrap align="center">
        <ReportStateTag state={r.state} />
        <Tag>{r.numberAndSymbol}</Tag>
        <Typography.Text>{r.organization.name}</Typography.Text>
        <Typography.Text type="secondary">
          {formatDate(r.from)} – {formatDate(r.to)} · {t('reports.dueOn')}: {formatDate(r.dueOn)}
          {r.submittedAt ? ` · ${t('reports.submittedAt')}: ${formatDate(r.submittedAt)}` : ''}
        </Typography.Text>
      </Flex>
      {r.state === 'returned' && r.returnComment && <Alert type="warning" showIcon title={t('reports.returned', { comment: r.returnComment })} />}
      <ReportWorkSection work={r.sections.work} />
      <ReportCommunicationSection communication={r.sections.communication} />
      <ReportProceduresSection procedures={r.sections.procedures} />
      <ReportCitizensSection citizens={r.sections.citizens} />
      <ReportIndicesSection indices={r.sections.indices} />
      {r.sections.aggregate && <ReportAggregateSection aggregate={r.sections.aggregate} />}
      <ReportTextsCard key={r.updatedAt} report={r} />
      <Card title={t('reports.history')} size="small">
        <Timeline
          items={r.history.map((h) => ({
            key: `${h.at}-${h.kind}`,
            content: (
              <>
                <Typography.Text>{formatDateTime(h.at)}</Typography.Text> — {h.actor ?? ''} {h.to ? <ReportStateTag state={h.to as ReportDto['state']} /> : h.kind}
                {h.comment && <Typography.Paragraph type="secondary">{h.comment}</Typography.Paragraph>}
              </>
            ),
          }))}
        />
      </Card>
    </Space>
  );
}

function ReportActions({ report }: { report: ReportDto }) {
  const t = useT();
  const [returning, setReturning] = useState(false);
  const move = useTransitionReport(report.id, (to: 'approved' | 'submitted') => ({ to }));
  const recompile = useCompileReport(() => ({ period: report.period, year: report.year, from: report.from, to: report.to }));
  return (
    <Space wrap>
      {move.isError && <Typography.Text type="danger">{errorMessage(move.error, t)}</Typography.Text>}
      {report.can.compile && (
        <Button icon={<ReloadOutlined />} loading={recompile.isPending} onClick={() => recompile.mutate(undefined)}>
          {t('reports.recompile')}
        </Button>
      )}
      {report.can.approve && (
        <Button type="primary" loading={move.isPending} onClick={() => move.mutate('approved')}>
          {t('reports.approve')}
        </Button>
      )}
      {report.can.submit && (
        <Button type="primary" loading={move.isPending} onClick={() => move.mutate('submitted')}>
          {t('reports.submit')}
        </Button>
      )}
      {report.can.return && (
        <Button danger onClick={() => setReturning(true)}>
          {t('reports.return')}
        </Button>
      )}
      <Button icon={<DownloadOutlined />} href={`/api/reports/${report.id}/document.docx`}>
        {t('reports.docx')}
      </Button>
      <Button icon={<DownloadOutlined />} href={`/api/reports/${report.id}/document.pdf`}>
        {t('reports.pdf')}
      </Button>
      <Button icon={<DownloadOutlined />} href={`/api/reports/${report.id}/tables.xlsx`}>
        {t('reports.xlsx')}
      </Button>
      {returning && <ReturnReportModal report={report} onClose={() => setReturning(false)} />}
    </Space>
  );
}

function ReturnReportModal({ report, onClose }: { report: ReportDto; onClose: () => void }) {
  const t = useT();
  const move = useTransitionReport(report.id, (v: { comment: string }) => ({ to: 'returned', comment: v.comment.trim() }), onClose);
  return (
    <FormModal<{ comment: string }> title={t('reports.returnTitle')} submit={move} onClose={onClose} fields={['comment']} okText={t('reports.return')}>
      <Form.Item name="comment" label={t('reports.comment')} rules={[{ required: true, whitespace: true, message: t('reports.commentRequired') }]}>
        <Input.TextArea autoSize={{ minRows: 3 }} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
