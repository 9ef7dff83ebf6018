import type { PublicBody } from '../db/repositories/public-media';
import { formatDateVi } from '../domain/schedule/calendar';
import { feedbackFormPath } from '../shared/public-urls';
import { FEEDBACK_TEXT as T } from './feedback-text';
import { PublicLayout, type PageMeta } from './PublicLayout';

/** What a citizen may read of their feedback: state, days and the published answer; nothing personal, no staff names. */
export type PublicFeedback = {
  trackingCode: string;
  subject: string;
  stateLabel: string;
  receivedOn: string;
  dueOn: string;
  answeredOn: string | null;
  steps: { label: string; on: string }[];
  /** Only when published. */
  answer: string | null;
  answeredPrivately: boolean;
  refusalReason: string | null;
};

type Props = { body: PublicBody; feedback: PublicFeedback; sent: boolean; meta: PageMeta };

export function FeedbackTrackingPage({ body, feedback: f, sent, meta }: Props) {
  return (
    <PublicLayout body={body} meta={meta}>
      {sent && (
        <div className="sent" role="status">
          <p>
            <strong>{T.sentTitle}</strong>
          </p>
          <p>{T.sentText}</p>
          <p className="tracking-code">{f.trackingCode}</p>
        </div>
      )}
      <h1>{T.trackingHeading}</h1>
      <dl className="facts">
        <dt>{T.code}</dt>
        <dd>
          <strong>{f.trackingCode}</strong>
        </dd>
        <dt>{T.subject}</dt>
        <dd>{f.subject}</dd>
        <dt>{T.state}</dt>
        <dd>
          <strong>{f.stateLabel}</strong>
        </dd>
        <dt>{T.receivedOn}</dt>
        <dd>{formatDateVi(f.receivedOn)}</dd>
        <dt>{T.dueOn}</dt>
        <dd>{formatDateVi(f.dueOn)}</dd>
        {f.answeredOn && (
          <>
            <dt>{T.answeredOn}</dt>
            <dd>{formatDateVi(f.answeredOn)}</dd>
          </>
        )}
        {f.refusalReason && (
          <>
            <dt>{T.refused}</dt>
            <dd className="pre">{f.refusalReason}</dd>
          </>
        )}
      </dl>
      {f.answer && (
        <section>
          <h2>{T.answer}</h2>
          <div className="answer">{f.answer}</div>
        </section>
      )}
      {!f.answer && f.answeredPrivately && <p className="notice">{T.answerPrivate}</p>}
      <h2>{T.steps}</h2>
      <ol className="timeline">
        {f.steps.map((s, i) => (
          <li key={i}>
            {formatDateVi(s.on)}: {s.label}
          </li>
        ))}
      </ol>
      <p>
        <a href={feedbackFormPath(body.code)}>{T.newFeedback}</a>
      </p>
    </PublicLayout>
  );
}

/** A refusal of the form (too many requests, too large, unreadable, a fault) as a page, not JSON. */
export function FeedbackMessagePage({ body, title, text }: { body: PublicBody | null; title: string; text: string }) {
  return (
    <PublicLayout body={body} meta={{ title, description: text }}>
      <h1>{title}</h1>
      <p>{text}</p>
      {body && (
        <p>
          <a href={feedbackFormPath(body.code)}>{T.backToForm}</a>
        </p>
      )}
    </PublicLayout>
  );
}
