import { lazy, Suspense } from 'react';
import { errorMessage } from '../forms/errors';
import { formatDate } from '../format/dates';
import { grantLabel } from '../format/labels';
import { BodyProgressCard } from '../home/BodyProgressCard';
import { MyWorkCard } from '../home/MyWorkCard';
import { ScoringDutiesCard } from '../home/ScoringDutiesCard';
import { HomeNotice, HomeTag } from '../home/HomeMarks';
import { Spinner } from '../layout/PageSpinner';
import { useHome } from '../home/queries';
import '../home/home.css';
import { useT } from '../i18n/I18nProvider';
import { useMe } from '../session/MeContext';

// Only a body with bodies under it sees this, and antd's Table is heavy: not in everyone's first load (issue 17).
const BodiesCard = lazy(() => import('../home/BodiesCard').then((m) => ({ default: m.BodiesCard })));

/** The home page ("Việc của tôi"): what to do this morning, then how the body and its bodies stand. */
export function DashboardPage() {
  const t = useT();
  const me = useMe();
  const home = useHome();
  if (home.isPending) return <Spinner />;
  if (home.isError) return <HomeNotice type="error" title={t('home.loadFailed')} description={errorMessage(home.error, t)} />;
  const data = home.data;
  return (
    <div className="home-page">
      <h3 className="home-greeting">{t('home.greeting', { name: me.user.fullName, date: formatDate(data.today) })}</h3>
      {/* Who the figures are for: the person's roles, each in its organisation. */}
      <div className="home-roles" aria-label={t('home.roles')}>
        {me.roles.map((grant) => (
          <HomeTag key={`${grant.role}-${grant.organization.id}`} color="blue">
            {grantLabel(t, grant)}
          </HomeTag>
        ))}
      </div>
      <MyWorkCard mine={data.mine} title={t('home.title')} />
      {data.scoring.length > 0 && <ScoringDutiesCard duties={data.scoring} />}
      {/* A department of health whose own departments have no work of their own sees its bodies instead. */}
      {data.body && (data.body.tally.total > 0 || !data.bodies?.length) && <BodyProgressCard body={data.body} year={data.year} />}
      {data.bodies && data.bodies.length > 0 && (
        <Suspense fallback={<Spinner />}>
          <BodiesCard bodies={data.bodies} />
        </Suspense>
      )}
    </div>
  );
}
