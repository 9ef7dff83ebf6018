import { Alert, Card, DatePicker, Progress, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import dayjs from 'dayjs';
import { Link, useSearchParams } from 'react-router-dom';
import type { PostingCountsDto } from '../../shared/schemas/procedures';
import { errorMessage } from '../forms/errors';
import { DATE_PICKER_FORMAT, formatDate } from '../format/dates';
import { useT, type Translate } from '../i18n/I18nProvider';
import { Forbidden, refusedRoles } from '../layout/Forbidden';
import { PageHeader } from '../layout/PageHeader';
import { useNarrowScreen } from '../layout/useNarrowScreen';
import { percentText } from '../format/percent';
import { PROCEDURES_PATH } from './labels';
import { ProcedureAreaSwitch } from './ProcedureAreaSwitch';
import { usePostingByBody, type PostingByBody } from './queries';
import './procedures.css';

type Row = PostingByBody['items'][number];

/**
 * The department of health's table (issue 13): each body's share of procedures in force posted at their
 * current version, against the target, on a chosen day. Each body opens onto its own registry.
 */
export function PostingByBodyPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const on = params.get('ngay') ?? undefined;
  const table = usePostingByBody(on);
  const narrow = useNarrowScreen('md');
  const data = table.data;
  const refused = refusedRoles(table.error);
  if (refused) return <Forbidden roles={refused} />;

  const share = (counts: PostingCountsDto) => <Share counts={counts} target={data?.targetPercent ?? 100} />;
  const registryOf = (row: Row) => `${PROCEDURES_PATH}?${new URLSearchParams({ donVi: row.organization.id, ...(on ? { ngay: on } : {}) })}`;

  return (
    <>
      <PageHeader title={t('procedures.byBodyTitle')} />
      <ProcedureAreaSwitch />
      <Card size="small" className="procedure-by-body">
        <div className="filter-bar">
          <DatePicker
            format={DATE_PICKER_FORMAT}
            placeholder={t('procedures.today')}
            prefix={<span className="filter-prefix">{t('procedures.statusOnPrefix')}</span>}
            aria-label={t('procedures.statusOn')}
            value={on ? dayjs(on) : null}
            onChange={(day) => setParams(day ? { ngay: day.format('YYYY-MM-DD') } : {}, { replace: true })}
          />
          {data && (
            <Typography.Text type="secondary">
              {t('procedures.byBodyHelp', { target: data.targetPercent, date: formatDate(data.on) })}
            </Typography.Text>
          )}
        </div>
        {table.isError && <Alert type="error" showIcon title={errorMessage(table.error, t)} className="form-alert" />}
        <Table<Row>
          rowKey={(row) => row.organization.id}
          size="small"
          loading={table.isFetching}
          dataSource={data?.items ?? []}
          pagination={false}
          scroll={narrow ? undefined : { x: 760 }}
          columns={(narrow ? phoneColumns : wideColumns)(t, registryOf, share)}
          summary={() =>
            data && data.items.length > 1 ? (
              <Table.Summary.Row className="procedure-by-body-total">
                <Table.Summary.Cell index={0}>
                  <strong>{t('procedures.total')}</strong>
                  {narrow && <CountsLine counts={data.total} />}
                </Table.Summary.Cell>
                {!narrow && (
                  <>
                    <Table.Summary.Cell index={1} align="right">{data.total.inForce}</Table.Summary.Cell>
                    <Table.Summary.Cell index={2} align="right">{data.total.posted}</Table.Summary.Cell>
                    <Table.Summary.Cell index={3} align="right"><Count value={data.total.stale} tone="stale" /></Table.Summary.Cell>
                    <Table.Summary.Cell index={4} align="right"><Count value={data.total.notPosted} tone="missing" /></Table.Summary.Cell>
                  </>
                )}
                <Table.Summary.Cell index={narrow ? 1 : 5}>{share(data.total)}</Table.Summary.Cell>
              </Table.Summary.Row>
            ) : null
          }
        />
      </Card>
    </>
  );
}

/** The counts each in a column of its own, then the share. */
function wideColumns(t: Translate, registryOf: (row: Row) => string, share: (counts: PostingCountsDto) => ReactNode): TableColumnsType<Row> {
  return [
    { key: 'body', title: t('procedures.body'), width: 200, render: (_, row) => <Link to={registryOf(row)}>{row.organization.name}</Link> },
    { key: 'inForce', title: t('procedures.kpiInForce'), align: 'right', width: 100, render: (_, row) => row.counts.inForce },
    { key: 'posted', title: t('procedures.kpiPosted'), align: 'right', width: 120, render: (_, row) => row.counts.posted },
    { key: 'stale', title: t('postingStanding.stale'), align: 'right', width: 110, render: (_, row) => <Count value={row.counts.stale} tone="stale" /> },
    { key: 'notPosted', title: t('postingStanding.not_posted'), align: 'right', width: 100, render: (_, row) => <Count value={row.counts.notPosted} tone="missing" /> },
    { key: 'share', title: t('procedures.share'), width: 200, render: (_, row) => share(row.counts) },
  ];
}

/** On a phone two columns: the body with its counts on a line under it, and the share. */
function phoneColumns(t: Translate, registryOf: (row: Row) => string, share: (counts: PostingCountsDto) => ReactNode): TableColumnsType<Row> {
  return [
    {
      key: 'body',
      title: t('procedures.body'),
      render: (_, row) => (
        <>
          <Link to={registryOf(row)}>{row.organization.name}</Link>
          <CountsLine counts={row.counts} />
        </>
      ),
    },
    { key: 'share', title: t('procedures.share'), width: 120, render: (_, row) => share(row.counts) },
  ];
}

function CountsLine({ counts }: { counts: PostingCountsDto }) {
  const t = useT();
  return (
    <Typography.Text type="secondary" className="procedure-meta procedure-counts-line">
      {t('procedures.countsLine', { inForce: counts.inForce, posted: counts.posted, stale: counts.stale, notPosted: counts.notPosted })}
    </Typography.Text>
  );
}

function Count({ value, tone }: { value: number; tone: 'stale' | 'missing' }) {
  return value > 0 ? <span className={`procedure-count-${tone}`}>{value}</span> : <>{value}</>;
}

/** The share and whether it reaches the target; a body with nothing in force has no share to show. */
function Share({ counts, target }: { counts: PostingCountsDto; target: number }) {
  const t = useT();
  if (counts.percent === null) return <Typography.Text type="secondary">{t('procedures.kpiNone')}</Typography.Text>;
  const met = counts.percent >= target;
  return (
    <div className="procedure-share">
      <Progress percent={counts.percent} showInfo={false} size="small" strokeColor={met ? '#52c41a' : '#fa8c16'} aria-hidden />
      <span className="procedure-share-text">
        {percentText(counts.percent)} <Tag color={met ? 'green' : 'orange'}>{t(met ? 'procedures.kpiMet' : 'procedures.kpiNotMet')}</Tag>
      </span>
    </div>
  );
}
