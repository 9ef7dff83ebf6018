import { Alert, Card, Col, Row, Statistic, Table, Typography } from 'antd';
import type { ReportDto } from '../../shared/schemas/reports';
import { WORK_OUTCOMES } from '../../shared/report-vocabulary';
import { formatDate } from '../format/dates';
import { useT } from '../i18n/I18nProvider';

type Work = ReportDto['sections']['work'];
type Area = Work['areas'][number];

/** I. The work of the period: totals, each reform area with the tasks behind its numbers, each department. */
export function ReportWorkSection({ work }: { work: Work }) {
  const t = useT();
  return (
    <Card title={t('reports.work')} size="small">
      <Typography.Paragraph type="secondary">{t('reports.asOf', { date: formatDate(work.asOf) })}</Typography.Paragraph>
      {/* Undated work is in no period: said here so it does not vanish from the report. */}
      {(work.undated ?? 0) > 0 && <Alert className="form-alert" type="warning" showIcon title={t('reports.undated', { count: work.undated ?? 0 })} />}
      <Row gutter={16} className="form-alert">
        <Col xs={12} md={6}>
          <Statistic title={t('reports.total')} value={work.totals.total} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('reports.done')} value={work.totals.done} styles={{ content: { color: '#237804' } }} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('reports.late')} value={work.totals.late} styles={{ content: { color: '#a8071a' } }} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('reports.notDue')} value={work.totals.notDue} />
        </Col>
      </Row>
      <Table<Area>
        rowKey="area"
        size="small"
        pagination={false}
        dataSource={work.areas}
        scroll={{ x: 600 }}
        expandable={{ expandedRowRender: (a) => <AreaLines area={a} />, rowExpandable: (a) => a.counts.total > 0 }}
        columns={[
          { title: t('reports.area'), dataIndex: 'label' },
          { title: t('reports.total'), key: 'total', width: 90, align: 'right', render: (_, a) => a.counts.total },
          { title: t('reports.done'), key: 'done', width: 100, align: 'right', render: (_, a) => a.counts.done },
          { title: t('reports.late'), key: 'late', width: 110, align: 'right', render: (_, a) => a.counts.late },
          { title: t('reports.notDue'), key: 'notDue', width: 110, align: 'right', render: (_, a) => a.counts.notDue },
        ]}
      />
      {work.units.length > 0 && (
        <>
          <Typography.Title level={5} className="report-subtitle">
            {t('reports.units')}
          </Typography.Title>
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={work.units}
            scroll={{ x: 520 }}
            columns={[
              { title: t('reports.body'), dataIndex: 'name' },
              { title: t('reports.total'), key: 'total', width: 90, align: 'right', render: (_, u) => u.counts.total },
              { title: t('reports.done'), key: 'done', width: 100, align: 'right', render: (_, u) => u.counts.done },
              { title: t('reports.late'), key: 'late', width: 110, align: 'right', render: (_, u) => u.counts.late },
              { title: t('reports.notDue'), key: 'notDue', width: 110, align: 'right', render: (_, u) => u.counts.notDue },
            ]}
          />
        </>
      )}
    </Card>
  );
}

function AreaLines({ area }: { area: Area }) {
  const t = useT();
  return (
    <div className="report-lines">
      {WORK_OUTCOMES.filter((o) => area.lines[o].length > 0).map((outcome) => (
        <div key={outcome}>
          <Typography.Text strong>{t(`reports.${outcome}.list`)}</Typography.Text>
          <ul>
            {area.lines[outcome].map((line) => (
              <li key={`${line.task}-${line.unit}`}>
                {line.task} — <Typography.Text type="secondary">{line.unit} ({line.periods > 1 ? `${line.periods} kỳ, ` : ''}{formatDate(line.lastDue)})</Typography.Text>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
