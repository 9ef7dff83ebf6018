import { Alert, Card, Progress, Select, Table, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import type { SatisfactionByBodyDto, ShareDto } from '../api/types';
import { percentText } from '../format/percent';
import { errorMessage } from '../forms/errors';
import { useT } from '../i18n/I18nProvider';
import { Forbidden, refusedRoles } from '../layout/Forbidden';
import { PageHeader } from '../layout/PageHeader';
import { useNarrowScreen } from '../layout/useNarrowScreen';
import { recentYears } from '../plans/PlanFilters';
import { SURVEYS_PATH } from './labels';
import { SurveyAreaSwitch } from './SurveyAreaSwitch';
import { useSatisfactionByBody } from './queries';
import './surveys.css';

type Row = SatisfactionByBodyDto['items'][number];

/** The department of health's table: each body's survey answers of the year and its satisfaction rate; each opens onto the body's surveys. */
export function SatisfactionByBodyPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('nam')) || new Date().getFullYear();
  const table = useSatisfactionByBody(year);
  const narrow = useNarrowScreen('md');
  const data = table.data;
  const refused = refusedRoles(table.error);
  if (refused) return <Forbidden roles={refused} />;
  return (
    <>
      <PageHeader title={t('surveys.byBodyTitle')} />
      <SurveyAreaSwitch />
      <Card size="small" className="survey-by-body">
        <div className="filter-bar">
          <Select
            aria-label={t('surveys.year')}
            value={year}
            onChange={(next) => setParams({ nam: String(next) }, { replace: true })}
            options={recentYears().map((y) => ({ value: y, label: t('surveys.yearOption', { year: y }) }))}
            className="filter-survey-year"
          />
          <Typography.Text type="secondary">{t('surveys.byBodyHelp')}</Typography.Text>
        </div>
        {table.isError && <Alert type="error" showIcon title={errorMessage(table.error, t)} className="form-alert" />}
        <Table<Row>
          rowKey={(row) => row.organization.id}
          size="small"
          loading={table.isFetching}
          dataSource={data?.items ?? []}
          pagination={false}
          columns={[
            { key: 'body', title: t('surveys.body'), render: (_, row) => <Link to={`${SURVEYS_PATH}?${new URLSearchParams({ donVi: row.organization.id })}`}>{row.organization.name}</Link> },
            { key: 'responses', title: t('surveys.responses'), align: 'right', width: narrow ? 72 : 110, render: (_, row) => row.responses },
            { key: 'rate', title: t('surveys.satisfaction'), width: narrow ? 96 : 240, render: (_, row) => <Rate share={row.overall} bar={!narrow} /> },
          ]}
          summary={() =>
            data && data.items.length > 1 ? (
              <Table.Summary.Row className="survey-by-body-total">
                <Table.Summary.Cell index={0}>
                  <strong>{t('surveys.total')}</strong>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={1} align="right">
                  {data.total.responses}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={2}>
                  <Rate share={data.total} bar={!narrow} />
                </Table.Summary.Cell>
              </Table.Summary.Row>
            ) : null
          }
        />
      </Card>
    </>
  );
}

function Rate({ share, bar }: { share: ShareDto; bar: boolean }) {
  if (share.percent === null) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <div className="survey-rate">
      {bar && <Progress percent={share.percent} showInfo={false} size="small" strokeColor={share.percent >= 80 ? '#52c41a' : '#fa8c16'} aria-hidden />}
      <span className="survey-rate-text">{percentText(share.percent)}</span>
    </div>
  );
}
