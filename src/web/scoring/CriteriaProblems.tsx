import { Alert, Tag } from 'antd';
import { ApiError } from '../api/client';
import { errorMessage } from '../forms/errors';
import { useT } from '../i18n/I18nProvider';
import type { DraftProblem } from './criteria-model';
import './criteria-sets.css';

type Detail = { field: string; message: string };

/** What the server named when it refused the set: each problem with the code of its row ("bands" for the classes). */
export function refusalDetails(error: unknown): Detail[] {
  if (!(error instanceof ApiError) || !Array.isArray(error.details)) return [];
  return error.details.filter((d): d is Detail => typeof d === 'object' && d !== null && typeof d.field === 'string' && typeof d.message === 'string');
}

/** Messages by the code of the row they are about, to show on the row itself. */
export function flagsOf(problems: readonly { code: string | null; message: string }[]): Map<string, string[]> {
  const flags = new Map<string, string[]>();
  for (const p of problems) if (p.code) flags.set(p.code, [...(flags.get(p.code) ?? []), p.message]);
  return flags;
}

/** The server's refusal in its own Vietnamese words: one sentence, or the list of what to fix. */
export function CriteriaRefusal({ error }: { error: Error }) {
  const t = useT();
  const details = refusalDetails(error);
  // A single detail ("year: Đã có") says less than the message it came with.
  if (details.length < 2) return <Alert type="error" showIcon title={errorMessage(error, t)} className="criteria-alert" />;
  return (
    <Alert
      type="error"
      showIcon
      className="criteria-alert"
      title={t('scoring-sets.refused', { n: details.length })}
      description={
        <ul className="criteria-problem-list">
          {details.map((d, i) => (
            <li key={i}>{d.message}</li>
          ))}
        </ul>
      }
    />
  );
}

/** What a sheet could not read or does not add up, each with the code (or row) it is about. */
export function CriteriaImportProblems({ problems, note, closable }: { problems: readonly { code: string | null; message: string }[]; note?: string; closable?: boolean }) {
  const t = useT();
  if (problems.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      closable={closable}
      className="criteria-alert"
      title={t('scoring-sets.import.problems', { n: problems.length })}
      description={
        <>
          <ul className="criteria-problem-list">
            {problems.map((p, i) => (
              <li key={i}>
                {p.code && <Tag className="criteria-problem-code">{p.code}</Tag>}
                {p.message}
              </li>
            ))}
          </ul>
          {note && <p className="criteria-problem-note">{note}</p>}
        </>
      }
    />
  );
}

/** What is still to fill before the set can be sent: the set's own fields (`others`), then row by row. */
export function CriteriaDraftProblems({ problems, others }: { problems: readonly DraftProblem[]; others: readonly string[] }) {
  const t = useT();
  const count = problems.length + others.length;
  if (count === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      className="criteria-alert"
      title={t('scoring-sets.draftProblems', { n: count })}
      description={
        <ul className="criteria-problem-list">
          {others.map((text) => (
            <li key={text}>{text}</li>
          ))}
          {problems.map((p, i) => (
            <li key={i}>{t(`scoring-sets.missing.${p.kind}`, { row: p.code || t('scoring-sets.rowN', { n: p.row }) })}</li>
          ))}
        </ul>
      }
    />
  );
}
