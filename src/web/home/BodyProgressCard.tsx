import { Link } from 'react-router-dom';
import type { HomeDto } from '../../shared/schemas/home';
import { formatDate } from '../format/dates';
import { useT } from '../i18n/I18nProvider';
import { REPORT_STATE_COLORS } from '../reports/state-colors';
import { HomeCard } from './HomeCard';
import { HomeProgress, HomeTag } from './HomeMarks';
import type { ReportState } from '../../shared/report-vocabulary';

type Body = NonNullable<HomeDto['body']>;
type Tally = Body['tally'];

const ROMAN = ['I', 'II', 'III', 'IV'];
const percent = (share: number) => `${Math.round(share * 100)}%`;
const applies = (tally: Tally) => tally.total - tally.notApplicable - tally.undated;
const shareOf = (tally: Tally) => (applies(tally) > 0 ? tally.done / applies(tally) : null);

/** The body's year at a glance for its coordinator and director: by reform area with each quarter's share done, late departments, reports. */
export function BodyProgressCard({ body, year }: { body: Body; year: number }) {
  const t = useT();
  const share = shareOf(body.tally);
  return (
    <HomeCard title={t('home.bodyTitle', { year, name: body.name })} extra={<Link to="/theo-doi">{t('home.openFollowUp')}</Link>}>
      <div className="home-stack">
        <div>
          <strong>{t('home.doneOfTotal', { done: body.tally.done, applies: applies(body.tally), share: share === null ? '—' : percent(share) })}</strong>
          <HomeProgress percent={share === null ? 0 : share * 100} alarm={body.tally.late > 0} label={t('home.shareDone')} />
          <span className="home-secondary">{t('home.bodyCounts', { late: body.tally.late, due: body.tally.due, undated: body.tally.undated })}</span>
        </div>
        <div className="home-columns">
          <div>
            <h5 className="home-subtitle">{t('home.byArea')}</h5>
            <ul className="home-list home-list-small">
              {body.areas.map((a) => {
                const s = shareOf(a.tally);
                return (
                  <li key={a.area} className="home-list-item">
                    <div className="home-area">
                      <div className="home-area-head">
                        <span>{a.label}</span>
                        <span>
                          {a.tally.done}/{applies(a.tally)}
                          {a.tally.late > 0 && (
                            <span className="home-area-tag">
                              <HomeTag color="red">{t('home.lateCount', { count: a.tally.late })}</HomeTag>
                            </span>
                          )}
                        </span>
                      </div>
                      <HomeProgress percent={s === null ? 0 : s * 100} small label={a.label} />
                      <span className="home-secondary home-trend" aria-label={t('home.trend')}>
                        {a.trend.map((q, i) => (q === null ? null : t('home.quarterShare', { quarter: ROMAN[i]!, share: percent(q) }))).filter(Boolean).join(' · ')}
                      </span>
                    </div>
                  </li>
                );
              })}
            </ul>
          </div>
          <div>
            <h5 className="home-subtitle">{t('home.lateByUnit')}</h5>
            {body.lateByUnit.length === 0 ? (
              <span className="home-secondary">{t('home.noLateUnits')}</span>
            ) : (
              <ul className="home-list home-list-small">
                {body.lateByUnit.map((u) => (
                  <li key={u.id} className="home-list-item">
                    {u.name}
                    <HomeTag color="red">{t('home.lateCount', { count: u.late })}</HomeTag>
                  </li>
                ))}
              </ul>
            )}
            <h5 className="home-subtitle home-subtitle-next">{t('home.reports', { year })}</h5>
            <ul className="home-list home-list-small">
              {body.reports.map((r) => (
                <li key={r.period} className="home-list-item">
                  <span>
                    {r.reportId ? <Link to={`/bao-cao/${r.reportId}`}>{r.label}</Link> : <Link to="/bao-cao">{r.label}</Link>}{' '}
                    <span className="home-secondary">({t('home.reportDue', { date: formatDate(r.dueOn) })})</span>
                  </span>
                  {r.state ? <HomeTag color={REPORT_STATE_COLORS[r.state as ReportState]}>{t(`reports.state.${r.state as ReportState}`)}</HomeTag> : <HomeTag>{t('home.reportNotStarted')}</HomeTag>}
                </li>
              ))}
            </ul>
          </div>
        </div>
      </div>
    </HomeCard>
  );
}
