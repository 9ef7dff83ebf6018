import { fieldName, type FormValues } from '../domain/surveys/answers';
import type { Question, Section } from '../domain/surveys/questionnaire';
import { SCALE_LABELS_VI } from '../shared/survey-vocabulary';
import { PublicLayout, type PageMeta } from './PublicLayout';
import { SURVEY_TEXT as T } from './survey-text';

export type PublicSurvey = { id: string; title: string; description: string | null; opensOn: string | null; closesOn: string | null; sections: Section[] };

type Props = {
  body: { code: string; name: string };
  survey: PublicSurvey;
  action: string;
  meta: PageMeta;
  /** What was sent, shown again beside the errors so nothing has to be answered twice. */
  values?: FormValues;
  errors?: Record<string, string>;
};

/**
 * The questionnaire a citizen fills in on their phone: a plain form (no script), sections as fieldsets,
 * the 1–5 scale as five large radio buttons with their words, required questions marked.
 */
export function SurveyPage({ body, survey, action, meta, values = {}, errors = {} }: Props) {
  const period = T.period(survey.opensOn, survey.closesOn);
  const errorCount = Object.keys(errors).length;
  return (
    <PublicLayout body={body} meta={meta}>
      <p className="survey-kind">{T.heading}</p>
      <h1>{survey.title}</h1>
      {survey.description && <p className="pre">{survey.description}</p>}
      {period && <p className="meta">{period}</p>}
      <p className="small">
        {T.intro} {T.requiredNote}
      </p>
      {errorCount > 0 && (
        <div className="notice" role="alert">
          <p>{T.errorsTitle(errorCount)}</p>
        </div>
      )}
      <form className="survey" method="post" action={action}>
        {survey.sections.map((section, s) => (
          <fieldset className="survey-section" key={s}>
            <legend>{section.title}</legend>
            {section.questions.map((q) => (
              <QuestionField key={q.id} question={q} values={values[fieldName(q.id)] ?? []} error={errors[q.id]} />
            ))}
          </fieldset>
        ))}
        <button type="submit" className="survey-submit">
          {T.submit}
        </button>
      </form>
    </PublicLayout>
  );
}

function QuestionField({ question: q, values, error }: { question: Question; values: string[]; error: string | undefined }) {
  const name = fieldName(q.id);
  const errorId = `${name}-loi`;
  const label = (
    <>
      {q.text}
      {q.required && (
        <span className="req" title={T.required}>
          {' '}*
        </span>
      )}
    </>
  );
  const problem = error && (
    <p className="field-error" id={errorId}>
      {error}
    </p>
  );
  if (q.kind === 'text') {
    return (
      <div className={error ? 'question has-error' : 'question'}>
        <label htmlFor={name} className="question-text">
          {label}
        </label>
        {problem}
        <textarea id={name} name={name} rows={4} maxLength={2000} placeholder={T.textPlaceholder} required={q.required} aria-describedby={error ? errorId : undefined} defaultValue={values.join('\n')} />
      </div>
    );
  }
  const options = q.kind === 'scale' ? SCALE_LABELS_VI.map((text, i) => ({ value: String(i + 1), text: `${i + 1} — ${text}` })) : (q.choices ?? []).map((text, i) => ({ value: String(i), text }));
  const type = q.kind === 'multiple' ? 'checkbox' : 'radio';
  return (
    <fieldset className={`question ${q.kind === 'scale' ? 'scale' : 'choices'}${error ? ' has-error' : ''}`} aria-describedby={error ? errorId : undefined}>
      <legend className="question-text">{label}</legend>
      {problem}
      {options.map((o, i) => (
        <label className="option" key={o.value}>
          <input type={type} name={name} value={o.value} defaultChecked={values.includes(o.value)} required={q.required && type === 'radio' && i === 0} />
          <span>{o.text}</span>
        </label>
      ))}
    </fieldset>
  );
}
