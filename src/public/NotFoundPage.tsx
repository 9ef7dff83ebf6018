import { PublicLayout } from './PublicLayout';
import { PUBLIC_TEXT as T } from './public-text';
import { newsListPath } from '../shared/public-urls';

/** Unknown body, unknown or withdrawn item: the same plain answer, so nothing unpublished leaks. */
export function NotFoundPage({ body, text = T.notFoundText }: { body: { code: string; name: string } | null; text?: string }) {
  return (
    <PublicLayout body={body} meta={{ title: T.notFoundTitle, description: text }}>
      <h1>{T.notFoundTitle}</h1>
      <p>{text}</p>
      {body && (
        <p>
          <a href={newsListPath(body.code)}>{T.notFoundHome}</a>
        </p>
      )}
    </PublicLayout>
  );
}
