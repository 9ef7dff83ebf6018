import { Card, Statistic } from 'antd';
import type { AssessmentDto } from '../api/types';
import { useT } from '../i18n/I18nProvider';
import { pointsText } from './criteria-model';
import { lastYearText } from './labels';

/** Once published: where the body stands — its rank, final points and class — with last year's beside. */
export function AssessmentResult({ assessment: a }: { assessment: AssessmentDto }) {
  const t = useT();
  if (!a.rank) return null;
  return (
    <Card size="small" className="scoring-card scoring-result">
      <Statistic title={t('scoring.rank')} value={t('scoring.rankOf', { rank: a.rank.rank, of: a.rank.of })} />
      <Statistic title={t('scoring.finalTotal')} value={t('scoring.pointsOf', { points: pointsText(a.final.total), max: pointsText(a.maxPoints) })} />
      <Statistic title={t('scoring.class')} value={a.final.className ?? '—'} />
      <Statistic title={t('scoring.lastYear')} value={lastYearText(t, a.lastYear)} />
    </Card>
  );
}
