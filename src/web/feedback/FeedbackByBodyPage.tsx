import { Alert, Card, Select, Table, Typography, type TableColumnsType } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import type { FeedbackByBodyDto, FeedbackCountsDto } from '../api/types';
import { percentText } from '../format/percent';
import { errorMessage } from '../forms/errors';
import { useT, type Translate } from '../i18n/I18nProvider';
import { Forbidden, refusedRoles } from '../layout/Forbidden';
import { PageHeader } from '../layout/PageHeader';
import { useNarrowScreen } from '../layout/useNarrowScreen';
import { recentYears } from '../plans/PlanFilters';
import { FeedbackAreaSwitch } from './FeedbackAreaSwitch';
import { FEEDBACK_PATH } from './labels';
import { useFeedbackByBody } from './queries';
import './feedback.css';

type Row = FeedbackByBodyDto['items'][number];

/** The department of health's table: each body's feedback of the year, how much was answered and on time. Each body opens onto its own list. */
export function FeedbackByBodyPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('nam')) || new Date().getFullYear();
  const table = useFeedbackByBody(year);
  const narrow = useNarrowScreen('md');
  const data = table.data;
  const refused = refusedRoles(table.error);
  if (refused) return <Forbidden roles={refused} />;
  const listOf = (row: Row) => `${FEEDBACK_PATH}?${new URLSearchParams({ donVi: row.organization.id, nam: String(year) })}`;
  const columns = narrow ? phoneColumns(t, listOf) : wideColumns(t, listOf);

  return (
    <>
      <PageHeader title={t('feedback.byBodyTitle')} />
      <FeedbackAreaSwitch />
      <Card size="small" className="feedback-by-body">
        <div className="filter-bar">
          <Select
            aria-label={t('feedback.filterYear')}
            value={year}
            onChange={(next) => setParams({ nam: String(next) }, { replace: true })}
            options={recentYears().map((y) => ({ value: y, label: t('feedback.yearOption', { year: y }) }))}
            className="filter-feedback-year"
          />
          <Typography.Text type="secondary">{t('feedback.byBodyHelp')}</Typography.Text>
        </div>
        {table.isError && <Alert type="error" showIcon title={errorMessage(table.error, t)} className="form-alert" />}
        <Table<Row>
          rowKey={(row) => row.organization.id}
          size="small"
          loading={table.isFetching}
          dataSource={data?.items ?? []}
          pagination={false}
          scroll={narrow ? undefined : { x: 820 }}
          columns={columns}
          summary={() =>
            data && data.items.length > 1 ? (
              <Table.Summary.Row className="feedback-by-body-total">
                <Table.Summary.Cell index={0}>
                  <strong>{t('feedback.total')}</strong>
                  {narrow && <CountsLine counts={data.total} />}
                </Table.Summary.Cell>
                {!narrow &&
                  NUMBER_COLUMNS.map((key, i) => (
                    <Table.Summary.Cell key={key} index={i + 1} align="right">
                      <Count counts={data.total} field={key} />
                    </Table.Summary.Cell>
                  ))}
                <Table.Summary.Cell index={narrow ? 1 : NUMBER_COLUMNS.length + 1} align="right">
                  <OnTime counts={data.total} />
                </Table.Summary.Cell>
              </Table.Summary.Row>
            ) : null
          }
        />
      </Card>
    </>
  );
}

const NUMBER_COLUMNS = ['received', 'answered', 'open', 'overdue', 'answeredLate', 'refused'] as const;
type NumberColumn = (typeof NUMBER_COLUMNS)[number];
const TITLES: Record<NumberColumn, Parameters<Translate>[0]> = {
  received: 'feedback.countReceived',
  answered: 'feedback.countAnswered',
  open: 'feedback.countOpen',
  overdue: 'feedback.countOverdue',
  answeredLate: 'feedback.answeredLate',
  refused: 'feedback.refused',
};

function Count({ counts, field }: { counts: FeedbackCountsDto; field: NumberColumn }) {
  const value = counts[field];
  return (field === 'overdue' || field === 'answeredLate') && value > 0 ? <span className={`feedback-count-${field}`}>{value}</span> : <>{value}</>;
}

function OnTime({ counts }: { counts: FeedbackCountsDto }) {
  if (counts.onTimePercent === null) return <Typography.Text type="secondary">—</Typography.Text>;
  return <span className={counts.onTimePercent < 100 ? 'feedback-share-low' : undefined}>{percentText(counts.onTimePercent)}</span>;
}

function wideColumns(t: Translate, listOf: (row: Row) => string): TableColumnsType<Row> {
  return [
    { key: 'body', title: t('feedback.body'), render: (_, row) => <Link to={listOf(row)}>{row.organization.name}</Link> },
    ...NUMBER_COLUMNS.map((key) => ({ key, title: t(TITLES[key]), align: 'right' as const, width: 96, render: (_: unknown, row: Row) => <Count counts={row.counts} field={key} /> })),
    { key: 'onTime', title: t('feedback.onTimeShare'), align: 'right', width: 110, render: (_, row) => <OnTime counts={row.counts} /> },
  ];
}

function phoneColumns(t: Translate, listOf: (row: Row) => string): TableColumnsType<Row> {
  return [
    {
      key: 'body',
      title: t('feedback.body'),
      render: (_, row) => (
        <>
          <Link to={listOf(row)}>{row.organization.name}</Link>
          <CountsLine counts={row.counts} />
        </>
      ),
    },
    { key: 'onTime', title: t('feedback.onTimeShare'), align: 'right', width: 96, render: (_, row) => <OnTime counts={row.counts} /> },
  ];
}

function CountsLine({ counts }: { counts: FeedbackCountsDto }) {
  const t = useT();
  return (
    <Typography.Text type="secondary" className="feedback-meta feedback-counts-line">
      {t('feedback.countsLine', { received: counts.received, answered: counts.answered, overdue: counts.overdue })}
    </Typography.Text>
  );
}
