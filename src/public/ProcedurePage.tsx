import type { PublicBody } from '../db/repositories/public-media';
import { PROCEDURE_EVENT_LABELS_VI, PROCEDURE_STATUS_LABELS_VI } from '../shared/procedure-vocabulary';
import { ProcedureContent } from './ProcedureContent';
import { PublicLayout, type PageMeta } from './PublicLayout';
import { formatDay, formatSize } from './public-format';
import type { PublicProcedure } from './public-procedure';
import { PUBLIC_TEXT as T } from './public-text';
import { procedureFormPath, procedureListPath, procedurePath, procedureSheetPath } from '../shared/public-urls';

type Props = { body: PublicBody; procedure: PublicProcedure; meta: PageMeta };

/**
 * Everything a citizen needs for one procedure. One no longer in force says so first, with what took
 * its place, and shows only its history: nobody should follow steps that no longer apply.
 */
export function ProcedurePage({ body, procedure: p, meta }: Props) {
  const inForce = p.status === 'in_force';
  const end = inForce ? null : p.changes[0];
  return (
    <PublicLayout body={body} meta={meta}>
      <p className="back">
        <a href={procedureListPath(body.code)}>{T.backToProcedures}</a>
      </p>
      <h1>{p.name}</h1>
      {end ? (
        <div className="notice" role="status">
          <p>{T.ended(PROCEDURE_STATUS_LABELS_VI[p.status], formatDay(end.effectiveOn))}</p>
          {end.replacedBy && (
            <p>
              {T.replacedBy}: <a href={procedurePath(body.code, end.replacedBy.code)}>{end.replacedBy.name}</a>
            </p>
          )}
        </div>
      ) : (
        <>
          <p className="meta">
            <span>{T.updatedOn(formatDay(p.updatedOn), p.version)}</span>
            <a href={procedureSheetPath(body.code, p.code)}>{T.printSheet}</a>
          </p>
          <ProcedureContent procedure={p} />
          {p.forms.length > 0 && (
            <>
              <h2>{T.forms}</h2>
              <ul className="files">
                {p.forms.map((f) => (
                  <li key={f.id}>
                    <a href={procedureFormPath(body.code, p.code, f.id)} download>
                      {f.name}
                    </a>{' '}
                    <span className="size">({formatSize(f.size)})</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      {p.changes.length > 0 && (
        <>
          <h2>{T.changes}</h2>
          <ul className="plain changes">
            {p.changes.map((c, i) => (
              <li key={i}>
                {T.changeLine(PROCEDURE_EVENT_LABELS_VI[c.kind], formatDay(c.effectiveOn))}
                {c.decidingDocument && ` — ${c.decidingDocument}`}
              </li>
            ))}
          </ul>
        </>
      )}
    </PublicLayout>
  );
}
