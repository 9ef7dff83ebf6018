import type { PublicBody, PublicItemSummary } from '../db/repositories/public-media';
import { PublicLayout, type PageMeta } from './PublicLayout';
import { Pagination } from './Pagination';
import { formatDay, kindLabel } from './public-format';
import { PUBLIC_TEXT as T } from './public-text';
import { newsItemPath, newsListPath, publicFilePath } from '../shared/public-urls';

export type NewsListProps = { body: PublicBody; items: PublicItemSummary[]; total: number; page: number; lastPage: number; q: string; meta: PageMeta };

/** The body's CCHC news, newest first, with a search form that works without JavaScript. */
export function NewsListPage({ body, items, total, page, lastPage, q, meta }: NewsListProps) {
  return (
    <PublicLayout body={body} meta={meta}>
      <h1>{T.newsHeading}</h1>
      <form className="search" method="get" action={newsListPath(body.code)} role="search">
        <label htmlFor="q">{T.searchLabel}</label>
        <div className="search-row">
          <input id="q" name="q" type="search" defaultValue={q} placeholder={T.searchPlaceholder} maxLength={200} />
          <button type="submit">{T.searchButton}</button>
        </div>
      </form>
      <p className="count">
        {q ? T.found(total, q) : T.total(total)}
        {q && (
          <>
            {' · '}
            <a href={newsListPath(body.code)}>{T.clearSearch}</a>
          </>
        )}
      </p>
      {items.length === 0 ? (
        <p className="empty">{q ? T.emptySearch : T.empty}</p>
      ) : (
        <ol className="items">
          {items.map((item) => (
            <li key={item.id}>
              <NewsCard item={item} bodyId={body.id} />
            </li>
          ))}
        </ol>
      )}
      <Pagination page={page} lastPage={lastPage} href={(p) => newsListPath(body.code, { q, page: p })} />
    </PublicLayout>
  );
}

function NewsCard({ item, bodyId }: { item: PublicItemSummary; bodyId: string }) {
  const href = newsItemPath(item.source.code, item.slug);
  const fromBody = item.source.id !== bodyId;
  return (
    <article className="card">
      {item.coverFileId && <img className="thumb" src={publicFilePath(item.source.code, item.coverFileId)} alt="" loading="lazy" decoding="async" />}
      <div>
        <h2>
          <a href={href}>{item.title}</a>
        </h2>
        <p className="meta">
          <span className="kind">{kindLabel(item.kind)}</span>
          {item.firstPublishedOn && <time dateTime={item.firstPublishedOn}>{formatDay(item.firstPublishedOn)}</time>}
        </p>
        {fromBody && (
          <p className="source">
            {T.goodPractice} · {T.source}: {item.source.name}
          </p>
        )}
        {item.summary && <p className="summary">{item.summary}</p>}
      </div>
    </article>
  );
}
