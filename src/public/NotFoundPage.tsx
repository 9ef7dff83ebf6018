import { PublicLayout } from './PublicLayout';
import { PUBLIC_TEXT as T } from './public-text';
import { newsListPath } from './public-urls';

/** Unknown body, unknown or withdrawn item: the same plain answer, so nothing unpublished leaks. */
export function NotFoundPage({ body }: { body: { code: string; name: string } | null }) {
  return (
    <PublicLayout body={body} meta={{ title: T.notFoundTitle, description: T.notFoundText }}>
      <h1>{T.notFoundTitle}</h1>
      <p>{T.notFoundText}</p>
      {body && (
        <p>
          <a href={newsListPath(body.code)}>{T.notFoundHome}</a>
        </p>
      )}
    </PublicLayout>
  );
}
