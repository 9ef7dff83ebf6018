import { newsListPath } from '../shared/public-urls';
import { PublicLayout } from './PublicLayout';
import { PUBLIC_TEXT } from './public-text';
import { SURVEY_TEXT as T } from './survey-text';

type Props = { body: { code: string; name: string } | null; surveyTitle?: string; title: string; text: string };

/** A survey's one-message pages: thanks, already answered, not yet open, ended, too many tries. */
export function SurveyNoticePage({ body, surveyTitle, title, text }: Props) {
  return (
    <PublicLayout body={body} meta={{ title: body ? `${title} — ${body.name}` : title, description: text }}>
      <p className="survey-kind">{surveyTitle ? `${T.heading}: ${surveyTitle}` : T.heading}</p>
      <h1>{title}</h1>
      <p>{text}</p>
      {body && (
        <p>
          <a href={newsListPath(body.code)}>{PUBLIC_TEXT.notFoundHome}</a>
        </p>
      )}
    </PublicLayout>
  );
}
