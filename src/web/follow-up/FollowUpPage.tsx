import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Progress, Segmented, Select, Space, Table, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import type { MatrixDto } from '../../shared/schemas/progress-matrix';
import { errorMessage } from '../forms/errors';
import { useT, type Translate } from '../i18n/I18nProvider';
import { Forbidden, refusedRoles } from '../layout/Forbidden';
import { PageHeader } from '../layout/PageHeader';
import { useNarrowScreen } from '../layout/useNarrowScreen';
import { QUARTER_NUMERALS } from '../plans/labels';
import { recentYears } from '../plans/PlanFilters';
import { MatrixCell, MatrixLegend } from './MatrixCell';
import { FollowUpExports } from './FollowUpExports';
import { useProgressMatrix, type MatrixScope } from './queries';

type Row = MatrixDto['rows'][number];

const thisYear = () => new Date().getFullYear();

/**
 * The follow-up matrix (SPEC §2.13): for a body, its departments × quarters; for a department of health,
 * its bodies × quarters, each body opening onto its own departments and its plans.
 */
export function FollowUpPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('nam')) || thisYear();
  const scope: MatrixScope = params.get('theo') === 'don-vi' ? 'bodies' : 'units';
  const bodyId = params.get('donVi') ?? undefined;
  const matrix = useProgressMatrix({ year, scope, bodyId });
  const narrow = useNarrowScreen('md');
  const data = matrix.data;

  const go = (changes: { year?: number; scope?: MatrixScope; bodyId?: string | null }) => {
    const next = new URLSearchParams(params);
    if (changes.year) next.set('nam', String(changes.year));
    if (changes.scope) next.set('theo', changes.scope === 'bodies' ? 'don-vi' : 'khoa-phong');
    if (changes.bodyId === null) next.delete('donVi');
    else if (changes.bodyId) next.set('donVi', changes.bodyId);
    setParams(next);
  };
  const refused = refusedRoles(matrix.error);
  if (refused) return <Forbidden roles={refused} />;

  return (
    <>
      <PageHeader title={data ? `${t('followUp.pageTitle')} — ${data.body.name}` : t('followUp.pageTitle')} />
      <Card size="small">
        <Flex wrap gap="small" align="center" className="form-alert">
          {bodyId && (
            <Button icon={<ArrowLeftOutlined />} onClick={() => go({ bodyId: null, scope: 'bodies' })}>
              {t('followUp.scopeBodies')}
            </Button>
          )}
          <Segmented<MatrixScope>
            aria-label={t('a11y.scope')}
            value={scope}
            onChange={(next) => go({ scope: next })}
            options={[
              { value: 'units', label: t('followUp.scopeUnits') },
              { value: 'bodies', label: t('followUp.scopeBodies') },
            ]}
          />
          <Select
            aria-label={t('followUp.year')}
            value={year}
            style={{ width: 110 }}
            onChange={(next) => go({ year: next })}
            options={recentYears().map((y) => ({ value: y, label: `${t('followUp.year')} ${y}` }))}
          />
          {data && <FollowUpExports data={data} />}
        </Flex>
        {matrix.error && <Alert type="error" showIcon className="form-alert" title={errorMessage(matrix.error, t)} />}
        {data && scope === 'units' && <PlanLinks t={t} data={data} />}
        <MatrixLegend />
        <Table<Row>
          className="matrix-table"
          rowKey={(r) => r.organization.id}
          loading={matrix.isFetching}
          dataSource={data?.rows ?? []}
          pagination={false}
          size="small"
          scroll={{ x: 820 }}
          locale={{ emptyText: scope === 'bodies' ? t('followUp.noBodies') : t('followUp.empty') }}
          columns={columns(t, scope, data, (id) => go({ bodyId: id, scope: 'units' }), narrow)}
          summary={() =>
            data && data.rows.length > 1 ? (
              <Table.Summary.Row className="matrix-totals">
                <Table.Summary.Cell index={0}>
                  <strong>{t('followUp.total')}</strong>
                </Table.Summary.Cell>
                {data.totals.quarters.map((cell, i) => (
                  <Table.Summary.Cell key={i} index={i + 1} align="center">
                    <MatrixCell cell={cell} />
                  </Table.Summary.Cell>
                ))}
                <Table.Summary.Cell index={5} align="center">
                  <MatrixCell cell={data.totals.year} />
                  <ShareDone cell={data.totals.year} />
                </Table.Summary.Cell>
              </Table.Summary.Row>
            ) : null
          }
        />
      </Card>
    </>
  );
}

function ShareDone({ cell }: { cell: MatrixDto['totals']['year'] }) {
  const t = useT();
  const applies = cell.total - cell.notApplicable;
  if (applies <= 0) return null;
  const percent = Math.round((cell.done / applies) * 100);
  return (
    <div className="matrix-share">
      <Progress percent={percent} size="small" showInfo={false} strokeColor={cell.late > 0 ? '#ff7875' : '#52c41a'} aria-label={t('followUp.shareDone', { percent })} />
      <Typography.Text type="secondary">{t('followUp.shareDone', { percent })}</Typography.Text>
    </div>
  );
}

function PlanLinks({ t, data }: { t: Translate; data: MatrixDto }) {
  return (
    <Space wrap className="matrix-plans">
      <Typography.Text type="secondary">{t('followUp.plans', { year: data.year })}:</Typography.Text>
      {data.plans.length === 0 && <Typography.Text type="secondary">{t('followUp.noPlans', { year: data.year })}</Typography.Text>}
      {data.plans.map((p) => (
        <Link key={p.id} to={`/ke-hoach/${p.id}`}>
          <Tag>{p.numberAndSymbol}</Tag> {p.title}
        </Link>
      ))}
    </Space>
  );
}

function columns(t: Translate, scope: MatrixScope, data: MatrixDto | undefined, openBody: (id: string) => void, narrow: boolean) {
  const plansOf = (organizationId: string) => data?.plans.filter((p) => p.organizationId === organizationId) ?? [];
  return [
    {
      title: scope === 'bodies' ? t('followUp.bodyColumn') : t('followUp.unitColumn'),
      key: 'organization',
      fixed: 'left' as const,
      // On a phone the names column must leave room to scroll the quarters beside it.
      width: narrow ? 130 : 260,
      render: (_: unknown, r: Row) => (
        <div style={{ paddingLeft: r.depth * 16 }}>
          {scope === 'bodies' ? (
            <Space orientation="vertical" size={0}>
              <Button type="link" size="small" className="matrix-body-link" onClick={() => openBody(r.organization.id)}>
                {r.organization.name}
              </Button>
              {plansOf(r.organization.id).map((p) => (
                <Link key={p.id} to={`/ke-hoach/${p.id}`} className="matrix-plan-link">
                  {p.numberAndSymbol}
                </Link>
              ))}
            </Space>
          ) : (
            r.organization.name
          )}
        </div>
      ),
    },
    ...QUARTER_NUMERALS.map((numeral, i) => ({
      title: t('followUp.quarter', { quarter: numeral }),
      key: `q${i + 1}`,
      align: 'center' as const,
      width: 130,
      render: (_: unknown, r: Row) => <MatrixCell cell={r.quarters[i]!} />,
    })),
    {
      title: t('followUp.wholeYear'),
      key: 'year',
      align: 'center' as const,
      width: 160,
      render: (_: unknown, r: Row) => (
        <>
          <MatrixCell cell={r.year} />
          <ShareDone cell={r.year} />
        </>
      ),
    },
  ];
}
