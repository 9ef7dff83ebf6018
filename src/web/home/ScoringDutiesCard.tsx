import { TrophyOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import type { HomeDto } from '../../shared/schemas/home';
import { formatDate } from '../format/dates';
import { useT, type Translate } from '../i18n/I18nProvider';
import { HomeCard } from './HomeCard';
import { HomeTag } from './HomeMarks';

type Duty = HomeDto['scoring'][number];

/** Where a duty is done: the body's own assessment, or the round's table of bodies. */
const linkOf = (duty: Duty) => (duty.assessmentId ? `/cham-diem/danh-gia/${duty.assessmentId}` : `/cham-diem/dot/${duty.roundId}`);

function lineOf(t: Translate, duty: Duty): string {
  switch (duty.kind) {
    case 'self_assess':
      return duty.count ? t('home.scoring.selfAssessLeft', { count: duty.count }) : t('home.scoring.selfAssessReady');
    case 'answer':
      return t('home.scoring.answer', { count: duty.count ?? 0 });
    case 'review':
      return t('home.scoring.review', { count: duty.count ?? 0 });
    case 'publish':
      return t('home.scoring.publish');
    case 'result':
      return t('home.scoring.result', { rank: duty.rank?.rank ?? 0, of: duty.rank?.of ?? 0, className: duty.rank?.className ?? '—' });
  }
}

/** CCHC scoring on the home page: what the round asks of the person now, each line a link to where it is done. */
export function ScoringDutiesCard({ duties }: { duties: HomeDto['scoring'] }) {
  const t = useT();
  return (
    <HomeCard title={<><TrophyOutlined aria-hidden /> {t('home.scoring.title')}</>}>
      <ul className="home-list">
        {duties.map((duty) => (
          <li key={`${duty.kind}-${duty.roundId}-${duty.assessmentId ?? ''}`} className="home-list-item">
            <div>
              <div className="home-list-title">
                <Link to={linkOf(duty)}>{duty.roundName}</Link>
              </div>
              <div className="home-secondary">{lineOf(t, duty)}</div>
            </div>
            {duty.dueOn && <HomeTag color="orange">{t('home.scoring.due', { date: formatDate(duty.dueOn) })}</HomeTag>}
          </li>
        ))}
      </ul>
    </HomeCard>
  );
}
