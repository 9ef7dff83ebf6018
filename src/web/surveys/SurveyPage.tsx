import { ArrowLeftOutlined, GlobalOutlined, QrcodeOutlined } from '@ant-design/icons';
import { Alert, Result, Skeleton, Space, Tabs, Tag, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { isApiError } from '../api/client';
import type { SurveyDto } from '../api/types';
import { errorMessage } from '../forms/errors';
import { percentText } from '../format/percent';
import { useT } from '../i18n/I18nProvider';
import { PageHeader } from '../layout/PageHeader';
import { datesText, StandingTag, SURVEYS_PATH } from './labels';
import { SurveyActions } from './SurveyActions';
import { SurveyBuilder } from './SurveyBuilder';
import { useSurvey } from './queries';
import './surveys.css';

// The results tab brings ECharts; the builder does not need it.
const SurveyResults = lazy(() => import('./SurveyResults').then((m) => ({ default: m.SurveyResults })));

const RESULTS_TAB = 'ket-qua';

export function SurveyPage() {
  const { id = '' } = useParams();
  const t = useT();
  const survey = useSurvey(id);
  if (survey.isPending) return <Skeleton active />;
  if (survey.isError) {
    return isApiError(survey.error) && survey.error.status === 404 ? (
      <Result status="404" title={t('surveys.notFound')} subTitle={errorMessage(survey.error, t)} />
    ) : (
      <Alert type="error" showIcon title={errorMessage(survey.error, t)} />
    );
  }
  return <LoadedSurvey survey={survey.data} />;
}

/** A survey: its questionnaire (the builder) and its results, as two tabs; the tab lives in the address (`?xem=ket-qua`). */
function LoadedSurvey({ survey: s }: { survey: SurveyDto }) {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const tab = params.get('xem') === RESULTS_TAB ? RESULTS_TAB : 'cau-hoi';
  return (
    <>
      <div className="survey-header">
        <Link to={SURVEYS_PATH} className="survey-back">
          <ArrowLeftOutlined /> {t('surveys.back')}
        </Link>
        <PageHeader title={s.title} extra={<SurveyActions survey={s} />} />
        <Space size={[8, 4]} wrap className="survey-facts">
          <StandingTag standing={s.standing} />
          {s.template === 'sipas' && <Tag color="geekblue">{t('surveys.sipasTag')}</Tag>}
          <Typography.Text type="secondary">{datesText(t, s.opensOn, s.closesOn)}</Typography.Text>
          <Typography.Text type="secondary">· {t('surveys.responsesCount', { n: s.responseCount })}</Typography.Text>
          {s.satisfaction.percent !== null && (
            <Typography.Text type="secondary">
              · {t('surveys.satisfaction')} <strong>{percentText(s.satisfaction.percent)}</strong>
            </Typography.Text>
          )}
        </Space>
        {s.standing !== 'draft' && (
          <Space size={[16, 4]} wrap className="survey-public-links">
            <a href={s.publicUrl} target="_blank" rel="noopener noreferrer">
              <GlobalOutlined /> {t('surveys.publicLink')}
            </a>
            <a href={s.qrUrl} target="_blank" rel="noopener noreferrer">
              <QrcodeOutlined /> {t('surveys.printQr')}
            </a>
          </Space>
        )}
      </div>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === RESULTS_TAB ? { xem: RESULTS_TAB } : {}, { replace: true })}
        items={[
          { key: 'cau-hoi', label: t('surveys.tabQuestions'), children: <SurveyBuilder key={`${s.id}`} survey={s} /> },
          {
            key: RESULTS_TAB,
            label: t('surveys.tabResults'),
            children: tab === RESULTS_TAB && (
              <Suspense fallback={<Skeleton active />}>
                <SurveyResults survey={s} />
              </Suspense>
            ),
          },
        ]}
      />
    </>
  );
}
