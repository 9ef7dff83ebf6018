import type { ReactNode } from 'react';

/**
 * The small marks of the home page — tags, progress bars, notices — drawn like antd's Tag, Progress and
 * Alert (home.css) but without them: the home page is what everyone opens, and antd's components bring
 * their CSS-in-JS and helpers with them (issue 17).
 */

export type TagColor = 'default' | 'blue' | 'green' | 'red' | 'orange';

export function HomeTag({ color = 'default', children }: { color?: TagColor; children: ReactNode }) {
  return <span className={`home-mark-tag home-mark-tag-${color}`}>{children}</span>;
}

/** A share done as a bar; red when something is late. */
export function HomeProgress({ percent, label, alarm = false, small = false }: { percent: number; label: string; alarm?: boolean; small?: boolean }) {
  const value = Math.max(0, Math.min(100, Math.round(percent)));
  return (
    <div className={`home-progress${small ? ' home-progress-small' : ''}`} role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={value}>
      <div className={`home-progress-bar${alarm ? ' home-progress-alarm' : ''}`} style={{ width: `${value}%` }} />
    </div>
  );
}

/** A notice in a box: a warning, a success or an error, with an optional second line. */
export function HomeNotice({ type, title, description }: { type: 'warning' | 'success' | 'error'; title: ReactNode; description?: ReactNode }) {
  return (
    <div className={`home-notice home-notice-${type}`} role="alert">
      <div className="home-notice-title">{title}</div>
      {description && <div className="home-notice-description">{description}</div>}
    </div>
  );
}
