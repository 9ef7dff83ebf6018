import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Descriptions, Result, Skeleton, Tabs } from 'antd';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { isApiError } from '../api/client';
import type { AssessmentDto } from '../api/types';
import { errorMessage } from '../forms/errors';
import { formatDate, formatDateTime } from '../format/dates';
import { useT } from '../i18n/I18nProvider';
import { PageHeader } from '../layout/PageHeader';
import { useNarrowScreen } from '../layout/useNarrowScreen';
import { AssessmentResult } from './AssessmentResult';
import { lastYearText, PhaseTag, roundPath, StateTag } from './labels';
import { useAssessment } from './queries';
import { ScoreHistory } from './ScoreHistory';
import { ScoreSheet } from './ScoreSheet';
import './scoring.css';

const HISTORY_TAB = 'lich-su';

export function AssessmentPage() {
  const { id = '' } = useParams();
  const t = useT();
  const assessment = useAssessment(id);
  if (assessment.isPending) return <Skeleton active />;
  if (assessment.isError) {
    return isApiError(assessment.error) && assessment.error.status === 404 ? (
      <Result status="404" title={t('scoring.assessmentNotFound')} subTitle={errorMessage(assessment.error, t)} />
    ) : (
      <Alert type="error" showIcon title={errorMessage(assessment.error, t)} />
    );
  }
  return <LoadedAssessment assessment={assessment.data} />;
}

/** A body's assessment in a round: where it stands, the criteria to score or review, and the history of its scores (`?xem=lich-su`). */
function LoadedAssessment({ assessment: a }: { assessment: AssessmentDto }) {
  const t = useT();
  const narrow = useNarrowScreen('md');
  const [params, setParams] = useSearchParams();
  const tab = params.get('xem') === HISTORY_TAB ? HISTORY_TAB : 'tieu-chi';
  return (
    <>
      <Link to={roundPath(a.round.id)} className="scoring-back">
        <ArrowLeftOutlined aria-hidden /> {a.round.name}
      </Link>
      <PageHeader title={a.organization.name} />
      <Descriptions size="small" column={narrow ? 1 : 3} className="scoring-facts">
        <Descriptions.Item label={t('scoring.phase')}>
          <PhaseTag phase={a.round.phase} label={a.round.phaseLabel} />
        </Descriptions.Item>
        <Descriptions.Item label={t('scoring.stateColumn')}>
          <StateTag state={a.state} reopened={a.reopened} />
          {a.submittedAt && formatDateTime(a.submittedAt)}
        </Descriptions.Item>
        <Descriptions.Item label={t('scoring.lastYear')}>{lastYearText(t, a.lastYear)}</Descriptions.Item>
        <Descriptions.Item label={t('scoring.selfDeadline')}>{formatDate(a.round.selfDeadline)}</Descriptions.Item>
        <Descriptions.Item label={t('scoring.reviewDeadline')}>{formatDate(a.round.reviewDeadline)}</Descriptions.Item>
        <Descriptions.Item label={t('scoring.owner')}>{a.round.organization.name}</Descriptions.Item>
      </Descriptions>
      {a.lockedBecause && <Alert type="info" showIcon title={a.lockedBecause} className="scoring-locked" />}
      <AssessmentResult assessment={a} />
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === HISTORY_TAB ? { xem: HISTORY_TAB } : {}, { replace: true })}
        items={[
          { key: 'tieu-chi', label: t('scoring.tabCriteria'), children: <ScoreSheet assessment={a} /> },
          { key: HISTORY_TAB, label: t('scoring.tabHistory'), children: tab === HISTORY_TAB && <ScoreHistory assessment={a} /> },
        ]}
      />
    </>
  );
}
