import type { PublicBody } from '../db/repositories/public-media';
import { feesShort, processingTimeShort } from '../shared/procedure-text';
import { ONLINE_LEVEL_LABELS_VI } from '../shared/procedure-vocabulary';
import { PublicLayout, type PageMeta } from './PublicLayout';
import type { PublicProcedureSummary } from './public-procedure';
import { PUBLIC_TEXT as T } from './public-text';
import { procedureListPath, procedurePath } from '../shared/public-urls';

export type ProcedureListProps = { body: PublicBody; procedures: PublicProcedureSummary[]; fields: string[]; q: string; field: string; meta: PageMeta };

/** A body's procedures in force, grouped by field, with a search and a field filter that work without JavaScript. */
export function ProcedureListPage({ body, procedures, fields, q, field, meta }: ProcedureListProps) {
  const filtered = !!(q || field);
  const groups = new Map<string, PublicProcedureSummary[]>();
  for (const p of procedures) groups.set(p.field, [...(groups.get(p.field) ?? []), p]);
  return (
    <PublicLayout body={body} meta={meta}>
      <h1>{T.proceduresHeading}</h1>
      <form className="search" method="get" action={procedureListPath(body.code)} role="search">
        <label htmlFor="q">{T.procedureSearchLabel}</label>
        <div className="search-row">
          <input id="q" name="q" type="search" defaultValue={q} placeholder={T.procedureSearchPlaceholder} maxLength={200} />
          <button type="submit">{T.searchButton}</button>
        </div>
        {fields.length > 1 && (
          <div className="filter-row">
            <label htmlFor="linh-vuc">{T.fieldFilter}</label>
            <select id="linh-vuc" name="linh-vuc" defaultValue={field}>
              <option value="">{T.allFields}</option>
              {fields.map((f) => (
                <option key={f} value={f}>
                  {f}
                </option>
              ))}
            </select>
          </div>
        )}
      </form>
      <p className="count">
        {filtered ? T.procedureFound(procedures.length) : T.procedureTotal(procedures.length)}
        {filtered && (
          <>
            {' · '}
            <a href={procedureListPath(body.code)}>{T.clearSearch}</a>
          </>
        )}
      </p>
      {procedures.length === 0 && <p className="empty">{filtered ? T.proceduresEmptySearch : T.proceduresEmpty}</p>}
      {[...groups].map(([name, list]) => (
        <section key={name}>
          <h2 className="group">{name}</h2>
          <ol className="items">
            {list.map((p) => (
              <li key={p.code}>
                <article className="procedure">
                  <h3>
                    <a href={procedurePath(body.code, p.code)}>{p.name}</a>
                  </h3>
                  <p className="meta">
                    <span>{p.code}</span>
                    <span>
                      {T.processingTime}: {processingTimeShort(p.processingTime)}
                    </span>
                  </p>
                  <p className="meta">
                    <span>{feesShort(p.fees)}</span>
                    {p.onlineLevel !== 'none' && <span className="kind">{ONLINE_LEVEL_LABELS_VI[p.onlineLevel]}</span>}
                  </p>
                </article>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </PublicLayout>
  );
}
