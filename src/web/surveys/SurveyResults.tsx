import { FileExcelOutlined } from '@ant-design/icons';
import { Alert, Card, DatePicker, Empty, List, Skeleton, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { withQuery } from '../api/client';
import type { SurveyDto, SurveyResultsDto } from '../api/types';
import { DATE_PICKER_FORMAT, formatDate } from '../format/dates';
import { percentText } from '../format/percent';
import { errorMessage } from '../forms/errors';
import { useT, type Translate } from '../i18n/I18nProvider';
import { aspectLabel, kindLabel, SCALE_POINTS, scalePointLabel } from './labels';
import { useSurveyResults } from './queries';
import { ResultChart } from './ResultChart';

/** Red to green along the scale, so "hài lòng" and "rất hài lòng" read as the good end at a glance. */
const SCALE_COLORS = ['#cf1322', '#fa8c16', '#bfbfbf', '#73d13d', '#389e0d'];

type Range = { from?: string; to?: string };

/** The results tab: the satisfaction rate overall, per SIPAS aspect and by month, then each question's answers; over a chosen period. */
export function SurveyResults({ survey }: { survey: SurveyDto }) {
  const t = useT();
  const [range, setRange] = useState<Range>({});
  const results = useSurveyResults(survey.id, range);
  const data = results.data;
  const day = (value: string | undefined) => (value ? dayjs(value) : null);
  return (
    <>
      <div className="filter-bar">
        <DatePicker format={DATE_PICKER_FORMAT} placeholder={t('surveys.from')} aria-label={t('surveys.from')} value={day(range.from)} onChange={(d) => setRange({ ...range, from: d?.format('YYYY-MM-DD') })} />
        <DatePicker format={DATE_PICKER_FORMAT} placeholder={t('surveys.to')} aria-label={t('surveys.to')} value={day(range.to)} onChange={(d) => setRange({ ...range, to: d?.format('YYYY-MM-DD') })} />
        <a href={withQuery(`/api/surveys/${survey.id}/responses.xlsx`, range)} download className="survey-download">
          <FileExcelOutlined aria-hidden /> {t('surveys.downloadExcel')}
        </a>
      </div>
      {results.isError && <Alert type="error" showIcon title={errorMessage(results.error, t)} className="form-alert" />}
      {results.isPending && <Skeleton active />}
      {data && <Loaded t={t} survey={survey} data={data} />}
    </>
  );
}

function Loaded({ t, survey, data }: { t: Translate; survey: SurveyDto; data: SurveyResultsDto }) {
  const { overall, aspects, months } = data.satisfaction;
  const choicesOf = new Map(survey.sections.flatMap((s) => s.questions).map((q) => [q.id, q.choices ?? []]));
  const aspectRows = aspects.filter((a) => a.answered > 0);
  return (
    <>
      <div className="survey-results-head">
        <Card size="small" className="survey-overall" role="region" aria-label={t('surveys.overall')}>
          <Typography.Text type="secondary">{t('surveys.overall')}</Typography.Text>
          <div className="survey-overall-percent" data-testid="survey-overall-percent">
            {overall.percent === null ? '—' : percentText(overall.percent)}
          </div>
          <Typography.Text type="secondary" className="survey-meta">
            {t('surveys.overallHelp', { satisfied: overall.satisfied, answered: overall.answered })}
          </Typography.Text>
          <Typography.Text strong className="survey-overall-responses">
            {t('surveys.responsesCount', { n: data.responses })}
          </Typography.Text>
        </Card>
        <Card size="small" title={t('surveys.byAspect')} className="survey-chart-card">
          {aspectRows.length ? (
            <ResultChart
              label={chartLabel(t, t('surveys.byAspect'), aspectRows.map((a) => `${aspectLabel(t, a.aspect)} ${a.percent === null ? '—' : percentText(a.percent)}`))}
              categories={aspectRows.map((a) => aspectLabel(t, a.aspect))}
              values={aspectRows.map((a) => a.percent)}
              unit="percent"
              horizontal
            />
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('surveys.noResponses')} />
          )}
        </Card>
        <Card size="small" title={t('surveys.byMonth')} className="survey-chart-card">
          {months.length ? (
            <ResultChart
              label={chartLabel(t, t('surveys.byMonth'), months.map((m) => `${monthText(m.month)} ${m.percent === null ? '—' : percentText(m.percent)}`))}
              categories={months.map((m) => monthText(m.month))}
              values={months.map((m) => m.percent)}
              unit="percent"
              type="line"
            />
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('surveys.noResponses')} />
          )}
        </Card>
      </div>
      <Typography.Title level={4} className="survey-subtitle">
        {t('surveys.byQuestion')}
      </Typography.Title>
      {data.responses === 0 && <Alert type="info" showIcon title={t('surveys.noResponses')} className="form-alert" />}
      <div className="survey-question-results">
        {data.questions.map((q, i) => (
          <Card
            key={q.id}
            size="small"
            className="survey-chart-card"
            title={
              <span className="survey-question-title">
                {i + 1}. {q.text}
              </span>
            }
          >
            <Typography.Text type="secondary" className="survey-meta">
              {kindLabel(t, q.kind)} · {t('surveys.answeredCount', { n: q.answered })}
            </Typography.Text>
            {q.kind === 'text' ? <Texts t={t} texts={q.texts ?? []} /> : <Distribution t={t} question={q} choices={choicesOf.get(q.id) ?? []} />}
          </Card>
        ))}
      </div>
    </>
  );
}

function Distribution({ t, question: q, choices }: { t: Translate; question: SurveyResultsDto['questions'][number]; choices: string[] }) {
  const counts = q.counts ?? [];
  const categories = q.kind === 'scale' ? SCALE_POINTS.map((p) => scalePointLabel(t, p)) : counts.map((_, i) => choices[i] ?? String(i + 1));
  return (
    <ResultChart
      label={chartLabel(t, q.text, categories.map((c, i) => `${c}: ${counts[i] ?? 0}`))}
      categories={categories}
      values={categories.map((_, i) => counts[i] ?? 0)}
      unit="count"
      horizontal
      colors={q.kind === 'scale' ? SCALE_COLORS : undefined}
    />
  );
}

function Texts({ t, texts }: { t: Translate; texts: { answeredOn: string; text: string }[] }) {
  if (!texts.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('surveys.noTexts')} />;
  return (
    <List
      size="small"
      header={<Typography.Text strong>{t('surveys.latestTexts')}</Typography.Text>}
      dataSource={texts}
      className="survey-texts"
      renderItem={(item) => (
        <List.Item>
          <div>
            <Typography.Text type="secondary" className="survey-meta">
              {formatDate(item.answeredOn)}
            </Typography.Text>
            <div className="survey-text-answer">{item.text}</div>
          </div>
        </List.Item>
      )}
    />
  );
}

/** "2026-03" → "03/2026". */
const monthText = (month: string) => (/^\d{4}-\d{2}/.test(month) ? `${month.slice(5, 7)}/${month.slice(0, 4)}` : month);
const chartLabel = (t: Translate, title: string, values: string[]) => `${t('surveys.chartLabel', { title })}. ${values.join('; ')}`;
