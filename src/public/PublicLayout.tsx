import type { ReactNode } from 'react';
import { PUBLIC_CSS } from './public-assets';
import { PUBLIC_TEXT as T } from './public-text';
import { feedbackFormPath, newsFeedPath, newsListPath, planProgressPath, procedureListPath } from '../shared/public-urls';
import { FEEDBACK_TEXT } from './feedback-text';

export type PageMeta = {
  title: string;
  description: string;
  /** Absolute: search engines and shared links should land on one address. */
  canonicalUrl?: string;
  feed?: { url: string; title: string };
  openGraph?: { type: 'website' | 'article'; url: string; image?: string; publishedOn?: string };
};

type Props = { body: { code: string; name: string } | null; meta: PageMeta; children: ReactNode };

/** The frame of every citizen page: the body's name, the CCHC section, its news and feed links. */
export function PublicLayout({ body, meta, children }: Props) {
  const og = meta.openGraph;
  return (
    <html lang="vi">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{meta.title}</title>
        <meta name="description" content={meta.description} />
        {meta.canonicalUrl && <link rel="canonical" href={meta.canonicalUrl} />}
        {meta.feed && <link rel="alternate" type="application/atom+xml" title={meta.feed.title} href={meta.feed.url} />}
        {og && (
          <>
            <meta property="og:type" content={og.type} />
            <meta property="og:locale" content="vi_VN" />
            {body && <meta property="og:site_name" content={body.name} />}
            <meta property="og:title" content={meta.title} />
            <meta property="og:description" content={meta.description} />
            <meta property="og:url" content={og.url} />
            {og.image && <meta property="og:image" content={og.image} />}
            {og.publishedOn && <meta property="article:published_time" content={og.publishedOn} />}
          </>
        )}
        <link rel="stylesheet" href={PUBLIC_CSS.path} />
      </head>
      <body>
        <header className="site">
          <div className="wrap">
            {body && <p className="site-body">{body.name}</p>}
            <p className="site-section">{T.section}</p>
            {body && (
              <nav aria-label={T.section}>
                <a href={newsListPath(body.code)}>{T.navNews}</a>
                <a href={procedureListPath(body.code)}>{T.navProcedures}</a>
                <a href={planProgressPath(body.code)}>{T.navProgress}</a>
                <a href={feedbackFormPath(body.code)}>{FEEDBACK_TEXT.nav}</a>
                <a href={newsFeedPath(body.code)}>{T.navFeed}</a>
              </nav>
            )}
          </div>
        </header>
        <main className="wrap">{children}</main>
        <footer className="site-footer">
          <div className="wrap">
            {body && <p>{body.name}</p>}
            <p>{T.footer}</p>
          </div>
        </footer>
      </body>
    </html>
  );
}
