import type { PublicBody } from '../db/repositories/public-media';
import type { WorkCounts } from '../domain/reports/work';
import { PublicLayout, type PageMeta } from './PublicLayout';
import { formatDay } from './public-format';
import type { PublicPlanProgress } from './public-plan-progress';
import { PUBLIC_TEXT as T } from './public-text';
import { planProgressPath, procedureListPath } from '../shared/public-urls';

type Props = { body: PublicBody; progress: PublicPlanProgress; meta: PageMeta };

const percent = (part: number, whole: number) => (whole === 0 ? 0 : (part / whole) * 100);

/** One bar: done, late, not yet due, side by side in proportion; the numbers are written under it for those who cannot see colour. */
function WorkBar({ counts }: { counts: WorkCounts }) {
  const parts = [
    ['done', counts.done],
    ['late', counts.late],
    ['not-due', counts.notDue],
  ] as const;
  return (
    <>
      <div className="bar" aria-hidden="true">
        {parts.map(([kind, n]) => (n > 0 ? <span key={kind} className={`bar-${kind}`} style={{ width: `${percent(n, counts.total).toFixed(2)}%` }} /> : null))}
      </div>
      <p className="bar-legend">
        <span className="dot-done">
          {T.workDone}: {counts.done}
          {counts.doneLate > 0 && ` (${T.workDoneLate(counts.doneLate)})`}
        </span>
        <span className="dot-late">
          {T.workLate}: {counts.late}
        </span>
        <span className="dot-not-due">
          {T.workNotDue}: {counts.notDue}
        </span>
      </p>
    </>
  );
}

/** A body's CCHC year for citizens and journalists: plans with their work by reform area, news published, procedures posted. */
export function PlanProgressPage({ body, progress: p, meta }: Props) {
  const c = p.procedures;
  return (
    <PublicLayout body={body} meta={meta}>
      <h1>{T.progressHeading(p.year)}</h1>
      <p className="count">{T.progressAsOf(formatDay(p.asOf))}</p>
      {p.years.length > 1 && (
        <nav className="years" aria-label={T.progressYears}>
          {p.years.map((y) =>
            y === p.year ? (
              <span key={y} className="current" aria-current="page">
                {y}
              </span>
            ) : (
              <a key={y} href={planProgressPath(body.code, y)}>
                {y}
              </a>
            ),
          )}
        </nav>
      )}
      <dl className="tiles">
        <div>
          <dt>{T.itemsPublished}</dt>
          <dd>{p.itemsPublished}</dd>
        </div>
        <div>
          <dt>
            <a href={procedureListPath(body.code)}>{T.proceduresPostedLabel}</a>
          </dt>
          <dd>
            {c.inForce === 0 ? (
              <span className="small">{T.noProcedures}</span>
            ) : (
              <>
                {T.proceduresPostedValue(c.posted, c.inForce)} <span className="small">({String(c.percent).replace('.', ',')}%)</span>
              </>
            )}
          </dd>
        </div>
      </dl>
      {p.plans.map((plan) => (
        <section key={plan.reference} className="plan">
          <h2>{plan.title}</h2>
          <p className="meta">{T.planLine(plan.reference, formatDay(plan.issuedOn))}</p>
          {plan.totals.total === 0 ? (
            <p className="empty">{T.workNone}</p>
          ) : (
            <>
              <p className="plan-total">{T.workTotal(plan.totals.done, plan.totals.total)}</p>
              <WorkBar counts={plan.totals} />
              <ul className="areas-progress">
                {plan.areas.map((a) => (
                  <li key={a.label}>
                    <h3>{a.label}</h3>
                    <WorkBar counts={a.counts} />
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      ))}
    </PublicLayout>
  );
}
