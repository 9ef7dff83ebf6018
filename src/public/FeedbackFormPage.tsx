import type { PublicBody } from '../db/repositories/public-media';
import { FEEDBACK_ATTACHMENT_TYPES, FEEDBACK_ATTACHMENT_MAX_BYTES } from '../shared/feedback-vocabulary';
import { FEEDBACK_LIMITS } from '../shared/schemas/feedback';
import { feedbackFormPath, feedbackLookupPath } from '../shared/public-urls';
import { FEEDBACK_TEXT as T } from './feedback-text';
import { PublicLayout, type PageMeta } from './PublicLayout';

/** The fields of the form as the citizen filled them (kept when it comes back with errors). */
export type FeedbackFormValues = { subject: string; content: string; procedure: string; unit: string; name: string; phone: string; email: string; consent: boolean };
export type FeedbackFormField = keyof FeedbackFormValues | 'file';
export type FeedbackFormErrors = Partial<Record<FeedbackFormField, string>> & { form?: string };

export const EMPTY_FEEDBACK_FORM: FeedbackFormValues = { subject: '', content: '', procedure: '', unit: '', name: '', phone: '', email: '', consent: false };

/** The names of the form's parts; "website" is the trap no person sees (a bot fills every field it finds). */
export const FORM_NAMES = { subject: 'subject', content: 'content', procedure: 'procedure', unit: 'unit', name: 'name', phone: 'phone', email: 'email', consent: 'consent', file: 'file', honeypot: 'website' } as const;

type Props = {
  body: PublicBody;
  answerWorkingDays: number;
  procedures: { code: string; name: string }[];
  units: { id: string; name: string }[];
  values: FeedbackFormValues;
  errors: FeedbackFormErrors;
  lookup: { code: string; error: string | null };
  meta: PageMeta;
};

function Field({ id, label, hint, error, children }: { id: string; label: string; hint?: string; error?: string; children: React.ReactNode }) {
  return (
    <div className={error ? 'form-field invalid' : 'form-field'}>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && <span className="hint" id={`${id}-hint`}>{hint}</span>}
      {error && <span className="field-error" id={`${id}-error`} role="alert">{error}</span>}
    </div>
  );
}

/** An optional choice among the body's own (its procedures, its departments); left out when it has none. */
function Choice({ id, label, value, error, options }: { id: 'procedure' | 'unit'; label: string; value: string; error?: string; options: { value: string; label: string }[] }) {
  if (options.length === 0) return null;
  return (
    <Field id={id} label={label} error={error}>
      <select id={id} name={FORM_NAMES[id]} defaultValue={value}>
        <option value="">{T.none}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

const described = (id: string, hint: boolean, error: string | undefined) => [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

/** The feedback form of a body and the lookup by code: plain HTML, no script, one column from 320 px. */
export function FeedbackFormPage({ body, answerWorkingDays, procedures, units, values, errors, lookup, meta }: Props) {
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <PublicLayout body={body} meta={meta}>
      <h1>{T.heading}</h1>
      <p>{T.intro(answerWorkingDays)}</p>
      {hasErrors && (
        <div className="alert" role="alert">
          <p>{errors.form ?? T.formErrors}</p>
        </div>
      )}
      <form method="post" action={feedbackFormPath(body.code)} encType="multipart/form-data" noValidate>
        <Field id="subject" label={T.subject} hint={T.subjectHint} error={errors.subject}>
          <input id="subject" name={FORM_NAMES.subject} type="text" required maxLength={FEEDBACK_LIMITS.subject} defaultValue={values.subject} aria-describedby={described('subject', true, errors.subject)} aria-invalid={errors.subject ? true : undefined} />
        </Field>
        <Field id="content" label={T.content} hint={T.contentHint} error={errors.content}>
          <textarea id="content" name={FORM_NAMES.content} required maxLength={FEEDBACK_LIMITS.content} defaultValue={values.content} aria-describedby={described('content', true, errors.content)} aria-invalid={errors.content ? true : undefined} />
        </Field>
        <Choice id="procedure" label={T.procedure} value={values.procedure} error={errors.procedure} options={procedures.map((p) => ({ value: p.code, label: p.name }))} />
        <Choice id="unit" label={T.unit} value={values.unit} error={errors.unit} options={units.map((u) => ({ value: u.id, label: u.name }))} />
        <fieldset className="fieldset">
          <legend>{T.contactHeading}</legend>
          <p className="hint">{T.contactIntro}</p>
          <Field id="name" label={T.name} error={errors.name}>
            <input id="name" name={FORM_NAMES.name} type="text" autoComplete="name" maxLength={FEEDBACK_LIMITS.name} defaultValue={values.name} />
          </Field>
          <Field id="phone" label={T.phone} error={errors.phone}>
            <input id="phone" name={FORM_NAMES.phone} type="tel" autoComplete="tel" inputMode="tel" maxLength={FEEDBACK_LIMITS.phone} defaultValue={values.phone} />
          </Field>
          <Field id="email" label={T.email} error={errors.email}>
            <input id="email" name={FORM_NAMES.email} type="email" autoComplete="email" maxLength={FEEDBACK_LIMITS.email} defaultValue={values.email} />
          </Field>
          <div className={errors.consent ? 'form-field invalid' : 'form-field'}>
            <div className="consent">
              <input id="consent" name={FORM_NAMES.consent} type="checkbox" value="1" defaultChecked={values.consent} aria-describedby={errors.consent ? 'consent-error' : undefined} />
              <label htmlFor="consent">{T.consent}</label>
            </div>
            {errors.consent && <span className="field-error" id="consent-error" role="alert">{errors.consent}</span>}
          </div>
        </fieldset>
        <div className="trap" aria-hidden="true">
          <label htmlFor="website">{T.honeypot}</label>
          <input id="website" name={FORM_NAMES.honeypot} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
        {/* Last: a browser sends the parts in this order, so the text arrives before the file. */}
        <Field id="file" label={T.attachment} hint={T.attachmentHint} error={errors.file}>
          <input id="file" name={FORM_NAMES.file} type="file" accept={FEEDBACK_ATTACHMENT_TYPES.join(',')} data-max-bytes={FEEDBACK_ATTACHMENT_MAX_BYTES} />
        </Field>
        <button className="send" type="submit">{T.send}</button>
      </form>
      <section className="lookup" aria-labelledby="lookup-heading">
        <h2 id="lookup-heading">{T.lookupHeading}</h2>
        <form className="search" method="get" action={feedbackLookupPath(body.code)} role="search">
          <label htmlFor="ma">{T.lookupLabel}</label>
          <div className="search-row">
            <input id="ma" name="ma" type="search" defaultValue={lookup.code} maxLength={20} autoCapitalize="characters" autoComplete="off" aria-describedby={lookup.error ? 'ma-error' : undefined} />
            <button type="submit">{T.lookupButton}</button>
          </div>
          {lookup.error && <span className="field-error" id="ma-error" role="alert">{lookup.error}</span>}
        </form>
      </section>
    </PublicLayout>
  );
}
