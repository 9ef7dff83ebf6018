import type { ReactNode } from 'react';

/**
 * A card of the home page, drawn like antd's Card (home.css) but without it: antd's Card brings its Tabs and
 * Skeleton into the home page's first load, and the home page is what everyone opens (issue 17).
 */
export function HomeCard({ title, extra, children }: { title: ReactNode; extra?: ReactNode; children: ReactNode }) {
  return (
    <section className="home-card">
      <div className="home-card-head">
        <div className="home-card-title">{title}</div>
        {extra && <div className="home-card-extra">{extra}</div>}
      </div>
      <div className="home-card-body">{children}</div>
    </section>
  );
}
