import { pageNumbers } from './page-numbers';
import { PUBLIC_TEXT as T } from './public-text';

type Props = { page: number; lastPage: number; href: (page: number) => string };

/** Plain links, so paging works without JavaScript and each page has its own address. */
export function Pagination({ page, lastPage, href }: Props) {
  if (lastPage <= 1) return null;
  return (
    <nav className="pages" aria-label={T.pages}>
      {page > 1 && (
        <a href={href(page - 1)} rel="prev">
          {T.previous}
        </a>
      )}
      {pageNumbers(page, lastPage).map((p, i) =>
        p === 'gap' ? (
          <span key={`gap-${i}`} className="gap">
            …
          </span>
        ) : p === page ? (
          <span key={p} className="current" aria-current="page" aria-label={T.pageOf(p, lastPage)}>
            {p}
          </span>
        ) : (
          <a key={p} href={href(p)} aria-label={T.pageLabel(p)}>
            {p}
          </a>
        ),
      )}
      {page < lastPage && (
        <a href={href(page + 1)} rel="next">
          {T.next}
        </a>
      )}
    </nav>
  );
}
