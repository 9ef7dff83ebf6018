import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Popconfirm, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { INDEX_SCOPE_LABELS_VI, INDEX_SHORT_NAMES } from '../../shared/index-vocabulary';
import type { IndexResultDto, KpiDto } from '../../shared/schemas/indices';
import { percentText } from '../format/percent';
import { useT, type Translate } from '../i18n/I18nProvider';
import { PageHeader } from '../layout/PageHeader';
import { IndexResultModal } from './IndexResultModal';
import { IndexTrendChart } from './IndexTrendChart';
import { useDeleteIndexResult, useIndexResults, useKpis } from './queries';

/** Better is a higher score or a smaller rank; without both a result and a target nothing is said. */
function targetMet(r: IndexResultDto): boolean | null {
  if (r.targetValue !== null && r.value !== null) return Number(r.value) >= Number(r.targetValue);
  if (r.targetRank !== null && r.rank !== null) return r.rank <= r.targetRank;
  return null;
}

const score = (value: string | null) => (value === null ? '—' : value.replace('.', ','));

/** Indices entered by hand and the body's own KPIs computed from its data (SPEC §2.9). */
export function IndicesPage() {
  const t = useT();
  const results = useIndexResults();
  const year = new Date().getFullYear();
  const kpis = useKpis(year);
  const [editing, setEditing] = useState<IndexResultDto | 'new' | null>(null);
  const remove = useDeleteIndexResult();
  const canEdit = results.data?.canEdit ?? false;
  const rows = [...(results.data?.items ?? [])].sort((a, b) => b.year - a.year || a.kind.localeCompare(b.kind));

  return (
    <Space orientation="vertical" size="large" className="full-width">
      <PageHeader
        title={t('indices.pageTitle')}
        extra={
          canEdit && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {t('indices.add')}
            </Button>
          )
        }
      />
      <Card title={t('indices.kpis', { year })} size="small" loading={kpis.isPending}>
        <Row gutter={[16, 16]}>
          {(kpis.data?.items ?? []).map((k) => (
            <Col key={k.key} xs={24} sm={12} lg={8}>
              <KpiCard kpi={k} t={t} />
            </Col>
          ))}
        </Row>
      </Card>
      {rows.length > 0 && <IndexTrendChart results={rows} />}
      <Card title={t('indices.results')} size="small">
        <Table<IndexResultDto>
          rowKey="id"
          size="small"
          loading={results.isPending}
          dataSource={rows}
          pagination={false}
          scroll={{ x: 760 }}
          locale={{ emptyText: t('indices.none') }}
          columns={[
            { title: t('indices.year'), dataIndex: 'year', width: 70 },
            { title: t('indices.kind'), key: 'kind', width: 110, render: (_, r) => <strong>{INDEX_SHORT_NAMES[r.kind]}</strong> },
            { title: t('indices.scope'), key: 'scope', width: 110, render: (_, r) => INDEX_SCOPE_LABELS_VI[r.scope] },
            { title: t('indices.value'), key: 'value', width: 80, align: 'right', render: (_, r) => score(r.value) },
            { title: t('indices.rank'), key: 'rank', width: 90, align: 'center', render: (_, r) => r.rankText ?? '—' },
            {
              title: t('indices.target'),
              key: 'target',
              width: 150,
              render: (_, r) => {
                const met = targetMet(r);
                const target = [r.targetValue !== null ? score(r.targetValue) : null, r.targetRank !== null ? `${t('indices.rank').toLowerCase()} ${r.targetRank}` : null].filter(Boolean).join(' · ');
                return target ? (
                  <Space size={4}>
                    {target}
                    {met !== null && <Tag color={met ? 'green' : 'red'}>{met ? t('indices.met') : t('indices.notMet')}</Tag>}
                  </Space>
                ) : (
                  '—'
                );
              },
            },
            { title: t('indices.source'), key: 'source', render: (_, r) => <Typography.Text type="secondary">{r.source ?? ''}</Typography.Text> },
            ...(canEdit
              ? [
                  {
                    title: t('common.actions'),
                    key: 'actions',
                    width: 140,
                    render: (_: unknown, r: IndexResultDto) => (
                      <Space size={4}>
                        <Button size="small" onClick={() => setEditing(r)}>
                          {t('common.edit')}
                        </Button>
                        <Popconfirm title={t('indices.deleteConfirm')} onConfirm={() => remove.mutate(r.id)}>
                          <Button size="small" danger>
                            {t('indices.delete')}
                          </Button>
                        </Popconfirm>
                      </Space>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      {editing && <IndexResultModal editing={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Space>
  );
}

function KpiCard({ kpi, t }: { kpi: KpiDto; t: Translate }) {
  return (
    <Card size="small" className="kpi-card">
      <Statistic
        title={kpi.label}
        value={kpi.value === null ? t('indices.noData') : kpi.unit === 'percent' ? percentText(kpi.value) : kpi.value}
        styles={kpi.value === null ? { content: { fontSize: 16, color: 'rgba(0, 0, 0, 0.6)' } } : undefined}
      />
      <Typography.Text type="secondary" className="kpi-detail">
        {kpi.detail}
      </Typography.Text>
      {kpi.target && (
        <Typography.Paragraph className="kpi-detail">
          {t('indices.kpiTarget', { text: kpi.target.text })} {kpi.met !== null && <Tag color={kpi.met ? 'green' : 'red'}>{kpi.met ? t('indices.met') : t('indices.notMet')}</Tag>}
        </Typography.Paragraph>
      )}
    </Card>
  );
}
