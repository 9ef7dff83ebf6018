import { Card, Col, Collapse, Row, Table, Tag, Typography } from 'antd';
import type { ReportDto } from '../../shared/schemas/reports';
import { REPORT_TEXT_KEYS } from '../../shared/report-vocabulary';
import { SIPAS_ASPECT_LABELS_VI } from '../../shared/survey-vocabulary';
import { formatDate } from '../format/dates';
import { percentText } from '../format/percent';
import { useT } from '../i18n/I18nProvider';

type Sections = ReportDto['sections'];
type CountRow = Sections['communication']['byChannel'][number];

/** II. Communication by channel and kind, as the period's publications count them. */
export function ReportCommunicationSection({ communication }: { communication: Sections['communication'] }) {
  const t = useT();
  const table = (title: string, rows: CountRow[]) => (
    <Table<CountRow>
      rowKey="key"
      size="small"
      pagination={false}
      title={() => <strong>{title}</strong>}
      dataSource={rows.filter((r) => r.published > 0 || r.items > 0)}
      columns={[
        { title: '', dataIndex: 'label' },
        { title: t('reports.items'), dataIndex: 'items', width: 90, align: 'right' },
        { title: t('reports.published'), dataIndex: 'published', width: 100, align: 'right' },
      ]}
    />
  );
  return (
    <Card title={t('reports.communication')} size="small">
      <Typography.Paragraph>
        {t('reports.items')}: <strong>{communication.total.items}</strong> · {t('reports.published')}: <strong>{communication.total.published}</strong>
      </Typography.Paragraph>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          {table(t('reports.byChannel'), communication.byChannel)}
        </Col>
        <Col xs={24} md={12}>
          {table(t('reports.byKind'), communication.byKind)}
        </Col>
      </Row>
    </Card>
  );
}

/** III. Procedures in force on the report's day: posted as they stand, changed since, never posted; and which to post. */
export function ReportProceduresSection({ procedures }: { procedures: Sections['procedures'] }) {
  const t = useT();
  if (!procedures) {
    return (
      <Card title={t('reports.procedures')} size="small">
        <Typography.Text type="secondary">{t('reports.proceduresNotKept')}</Typography.Text>
      </Card>
    );
  }
  const c = procedures.counts;
  return (
    <Card title={t('reports.procedures')} size="small">
      <Typography.Paragraph>
        {t('reports.proceduresAsOf', { date: formatDate(procedures.asOf) })} {t('reports.proceduresInForce')}: <strong>{c.inForce}</strong> · {t('reports.proceduresPosted')}: <strong>{c.posted}</strong>
        {c.percent !== null && ` (${percentText(c.percent)})`} · {t('reports.proceduresStale')}: <strong>{c.stale}</strong> · {t('reports.proceduresNotPosted')}: <strong>{c.notPosted}</strong>
      </Typography.Paragraph>
      {procedures.toPost.length > 0 && (
        <ul className="report-procedures-to-post">
          {procedures.toPost.map((p) => (
            <li key={p.code}>
              {p.code} — {p.name} <Tag color={p.standing === 'stale' ? 'orange' : 'red'}>{t(p.standing === 'stale' ? 'reports.proceduresStale' : 'reports.proceduresNotPosted')}</Tag>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

/** IV. The year's index results as entered. */
export function ReportIndicesSection({ indices }: { indices: Sections['indices'] }) {
  const t = useT();
  return (
    <Card title={t('reports.indices')} size="small">
      {indices.length === 0 ? (
        <Typography.Text type="secondary">{t('reports.noIndices')}</Typography.Text>
      ) : (
        <Table
          rowKey={(r) => `${r.kind}-${r.scope}`}
          size="small"
          pagination={false}
          dataSource={indices}
          columns={[
            { title: '', dataIndex: 'label' },
            { title: 'Điểm', key: 'value', width: 90, render: (_, r) => r.value?.replace('.', ',') ?? '—' },
            { title: 'Xếp hạng', key: 'rank', width: 100, render: (_, r) => r.rankText ?? '—' },
          ]}
        />
      )}
    </Card>
  );
}

/** IV. What citizens said in the period: feedback received and how it was answered; the surveys' satisfaction rate. */
export function ReportCitizensSection({ citizens }: { citizens: Sections['citizens'] }) {
  const t = useT();
  if (!citizens) {
    return (
      <Card title={t('reports.citizens')} size="small">
        <Typography.Text type="secondary">{t('reports.citizensNotKept')}</Typography.Text>
      </Card>
    );
  }
  const f = citizens.feedback;
  const s = citizens.satisfaction;
  return (
    <Card title={t('reports.citizens')} size="small">
      <Typography.Paragraph>
        {t('reports.proceduresAsOf', { date: formatDate(citizens.asOf) })} {t('reports.feedbackReceived')}: <strong>{f.received}</strong> · {t('reports.feedbackAnswered')}: <strong>{f.answered}</strong> ·{' '}
        {t('reports.feedbackRefused')}: <strong>{f.refused}</strong> · {t('reports.feedbackOpen')}: <strong>{f.open}</strong>
        {f.overdue > 0 && <Tag color="red">{`${t('reports.feedbackOverdue')}: ${f.overdue}`}</Tag>}
        {f.answeredLate > 0 && <Tag color="orange">{`${t('reports.feedbackLate')}: ${f.answeredLate}`}</Tag>}
      </Typography.Paragraph>
      <Typography.Paragraph>
        {t('reports.feedbackOnTime')}: <strong>{f.onTimePercent === null ? '—' : `${percentText(f.onTimePercent)} (${f.onTime}/${f.due})`}</strong> · {t('reports.surveyResponses')}: <strong>{s.responses}</strong> · {t('reports.satisfaction')}:{' '}
        <strong>{s.overall.percent === null ? '—' : percentText(s.overall.percent)}</strong>
      </Typography.Paragraph>
      {s.aspects.some((a) => a.answered > 0) && (
        <ul className="report-procedures-to-post">
          {s.aspects
            .filter((a) => a.answered > 0)
            .map((a) => (
              <li key={a.aspect}>
                {SIPAS_ASPECT_LABELS_VI[a.aspect]}: {a.percent === null ? '—' : percentText(a.percent)} ({a.satisfied}/{a.answered})
              </li>
            ))}
        </ul>
      )}
    </Card>
  );
}

/** The tổng hợp of a body above others: each body's numbers and its own words under its name. */
export function ReportAggregateSection({ aggregate }: { aggregate: NonNullable<Sections['aggregate']> }) {
  const t = useT();
  return (
    <Card title={t('reports.aggregate')} size="small">
      {aggregate.missing.length > 0 && (
        <Typography.Paragraph type="danger">{t('reports.missing', { names: aggregate.missing.map((b) => b.name).join(', ') })}</Typography.Paragraph>
      )}
      <Table
        rowKey={(b) => b.organization.id}
        size="small"
        pagination={false}
        dataSource={aggregate.bodies}
        scroll={{ x: 640 }}
        columns={[
          { title: t('reports.body'), key: 'body', render: (_, b) => b.organization.name },
          { title: t('reports.submittedAt'), key: 'at', width: 150, render: (_, b) => <>{formatDate(b.submittedAt)} {!b.onTime && <Tag color="orange">{t('reports.lateSubmit')}</Tag>}</> },
          { title: t('reports.done'), key: 'done', width: 100, align: 'right', render: (_, b) => `${b.totals.done}/${b.totals.total}` },
          { title: t('reports.late'), key: 'late', width: 100, align: 'right', render: (_, b) => b.totals.late },
          { title: t('reports.items'), key: 'items', width: 90, align: 'right', render: (_, b) => b.communication.items },
          { title: t('reports.proceduresPostedShort'), key: 'procedures', width: 120, align: 'right', render: (_, b) => (b.procedures ? `${b.procedures.posted}/${b.procedures.inForce}` : '—') },
          { title: t('reports.feedbackOnTime'), key: 'feedback', width: 120, align: 'right', render: (_, b) => (b.citizens?.feedback.onTimePercent != null ? percentText(b.citizens.feedback.onTimePercent) : '—') },
          { title: t('reports.satisfactionShort'), key: 'satisfaction', width: 100, align: 'right', render: (_, b) => (b.citizens?.satisfaction.percent != null ? percentText(b.citizens.satisfaction.percent) : '—') },
        ]}
      />
      <Collapse
        className="report-aggregate-texts"
        items={aggregate.bodies.map((b) => ({
          key: b.organization.id,
          label: b.organization.name,
          children: REPORT_TEXT_KEYS.filter((k) => b.texts[k]).map((k) => (
            <div key={k}>
              <Typography.Text strong>{t(`reports.text.${k}`)}</Typography.Text>
              <Typography.Paragraph className="report-text">{b.texts[k]}</Typography.Paragraph>
            </div>
          )),
        }))}
      />
    </Card>
  );
}
