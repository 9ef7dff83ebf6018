import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Card, Descriptions, Result, Skeleton, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { Link, useParams } from 'react-router-dom';
import { isApiError } from '../api/client';
import type { RoundDto } from '../api/types';
import { errorMessage } from '../forms/errors';
import { formatDate } from '../format/dates';
import { useT } from '../i18n/I18nProvider';
import { PageHeader } from '../layout/PageHeader';
import { useNarrowScreen } from '../layout/useNarrowScreen';
import { PhaseTag, SCORING_PATH } from './labels';
import { useRound } from './queries';
import { RoundActions } from './RoundActions';
import { RoundBodiesTable } from './RoundBodiesTable';
import './scoring.css';

// The ranking brings ECharts; a round still being scored does not need it.
const RoundRanking = lazy(() => import('./RoundRanking').then((m) => ({ default: m.RoundRanking })));

export function RoundPage() {
  const { id = '' } = useParams();
  const t = useT();
  const round = useRound(id);
  if (round.isPending) return <Skeleton active />;
  if (round.isError) {
    return isApiError(round.error) && round.error.status === 404 ? (
      <Result status="404" title={t('scoring.roundNotFound')} subTitle={errorMessage(round.error, t)} />
    ) : (
      <Alert type="error" showIcon title={errorMessage(round.error, t)} />
    );
  }
  return <LoadedRound round={round.data} />;
}

/** A round: its deadlines and review team, each body's standing, and the ranking for those who may see it. */
function LoadedRound({ round: r }: { round: RoundDto }) {
  const t = useT();
  const narrow = useNarrowScreen('md');
  return (
    <>
      <Link to={SCORING_PATH} className="scoring-back">
        <ArrowLeftOutlined aria-hidden /> {t('scoring.backToRounds')}
      </Link>
      <PageHeader title={r.name} extra={<RoundActions round={r} />} />
      <Descriptions size="small" column={narrow ? 1 : 3} className="scoring-facts">
        <Descriptions.Item label={t('scoring.phase')}>
          <PhaseTag phase={r.phase} label={r.phaseLabel} />
        </Descriptions.Item>
        <Descriptions.Item label={t('scoring.selfDeadline')}>{formatDate(r.selfDeadline)}</Descriptions.Item>
        <Descriptions.Item label={t('scoring.reviewDeadline')}>{formatDate(r.reviewDeadline)}</Descriptions.Item>
        <Descriptions.Item label={t('scoring.criteriaSet')} span={narrow ? 1 : 2}>
          {t('scoring.setLine', { name: r.criteriaSet.name, points: r.criteriaSet.maxPoints, n: r.criteriaSet.scoredCriteria })}
        </Descriptions.Item>
        <Descriptions.Item label={t('scoring.reviewers')}>{r.reviewers.length > 0 ? r.reviewers.map((p) => p.name).join(', ') : <Typography.Text type="secondary">{t('scoring.noReviewers')}</Typography.Text>}</Descriptions.Item>
        <Descriptions.Item label={t('scoring.owner')}>{r.organization.name}</Descriptions.Item>
        {r.publishedAt && <Descriptions.Item label={t('scoring.publishedAt')}>{formatDate(r.publishedAt)}</Descriptions.Item>}
      </Descriptions>
      <Card size="small" title={r.bodies.length === r.bodyCount ? t('scoring.bodiesTitle', { n: r.bodyCount }) : t('scoring.ownBodyTitle', { n: r.bodyCount })} className="scoring-card">
        <RoundBodiesTable round={r} />
      </Card>
      {/* While the bodies are still scoring themselves a ranking of half-filled drafts would mislead. */}
      {r.can.seeResults && r.phase !== 'self_assessment' && (
        <Suspense fallback={<Skeleton active />}>
          <RoundRanking round={r} />
        </Suspense>
      )}
      {r.can.seeResults && r.phase === 'self_assessment' && <Typography.Paragraph type="secondary">{t('scoring.rankingLater', { date: formatDate(r.selfDeadline) })}</Typography.Paragraph>}
    </>
  );
}
