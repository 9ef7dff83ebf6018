import { feeText, processingTimeText } from '../shared/procedure-text';
import { ONLINE_LEVEL_LABELS_VI, PROCEDURE_LEVEL_LABELS_VI, RECEIVING_PLACE_LABELS_VI } from '../shared/procedure-vocabulary';
import type { PublicProcedure } from './public-procedure';
import { PUBLIC_TEXT as T } from './public-text';
import { isWebLink } from '../shared/public-urls';

/**
 * What a citizen must know to carry out a procedure, in the order of the national database's
 * procedure sheet; the same sections on the online page and on the printed posting sheet.
 */
export function ProcedureContent({ procedure: p }: { procedure: PublicProcedure }) {
  return (
    <>
      <dl className="facts">
        <dt>{T.code}</dt>
        <dd>{p.code}</dd>
        <dt>{T.fieldFilter}</dt>
        <dd>{p.field}</dd>
        <dt>{T.level}</dt>
        <dd>{PROCEDURE_LEVEL_LABELS_VI[p.level]}</dd>
        <dt>{T.processingTime}</dt>
        <dd>{processingTimeText(p.processingTime)}</dd>
        <dt>{T.fees}</dt>
        <dd>{p.fees.length === 0 ? T.none : p.fees.map((f, i) => <span key={i} className="line">{feeText(f)}</span>)}</dd>
        {p.responsibleUnitName && (
          <>
            <dt>{T.responsibleUnit}</dt>
            <dd>{p.responsibleUnitName}</dd>
          </>
        )}
      </dl>

      <h2>{T.steps}</h2>
      <ol className="steps">
        {p.steps.map((s, i) => (
          <li key={i}>
            <span className="step-text">{s.text}</span>
            {(s.unitName || s.duration) && (
              <span className="step-meta">
                {s.unitName && `${T.stepUnit}: ${s.unitName}`}
                {s.unitName && s.duration && ' · '}
                {s.duration && `${T.stepDuration}: ${s.duration}`}
              </span>
            )}
          </li>
        ))}
      </ol>

      <h2>{T.howToApply}</h2>
      <ul className="plain">
        {p.receivingPlaces.map((place) => (
          <li key={place}>{RECEIVING_PLACE_LABELS_VI[place]}</li>
        ))}
        <li>{ONLINE_LEVEL_LABELS_VI[p.onlineLevel]}</li>
      </ul>

      <h2>{T.dossier}</h2>
      {p.dossier.length === 0 ? (
        <p>{T.noDossier}</p>
      ) : (
        <ol className="dossier">
          {p.dossier.map((d, i) => (
            <li key={i}>
              {d.name}
              {(d.copies != null || d.note) && (
                <span className="step-meta">
                  {d.copies != null && T.copies(d.copies)}
                  {d.copies != null && d.note && ' · '}
                  {d.note}
                </span>
              )}
            </li>
          ))}
        </ol>
      )}

      {p.applicants && <TextSection title={T.applicants} text={p.applicants} />}
      {p.conditions && <TextSection title={T.conditions} text={p.conditions} />}
      {p.result && <TextSection title={T.result} text={p.result} />}

      {(p.legalBasis || p.legalDocuments.length > 0) && (
        <>
          <h2>{T.legalBasis}</h2>
          {p.legalBasis && <p className="pre">{p.legalBasis}</p>}
          {p.legalDocuments.some((d) => isWebLink(d.url)) && (
            <ul className="plain">
              {p.legalDocuments
                .filter((d) => isWebLink(d.url))
                .map((d) => (
                  <li key={d.code}>
                    <a href={d.url!} rel="noopener nofollow">
                      {d.code}
                    </a>
                    {d.summary && ` — ${d.summary}`}
                  </li>
                ))}
            </ul>
          )}
        </>
      )}
    </>
  );
}

/** Text typed with line breaks keeps them: conditions are often a numbered list. */
function TextSection({ title, text }: { title: string; text: string }) {
  return (
    <>
      <h2>{title}</h2>
      <p className="pre">{text}</p>
    </>
  );
}
