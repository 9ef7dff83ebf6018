import { useT } from '../i18n/I18nProvider';
import './page-spinner.css';

/**
 * The whole page waiting (its code, or who is signed in): antd's large Spin drawn in CSS, because antd
 * itself is not in the first load (issue 17).
 */
export function PageSpinner() {
  return (
    <div className="full-page-center">
      <Spinner />
    </div>
  );
}

/** The same spinner where it stands, for a part of a page that waits. */
export function Spinner() {
  const t = useT();
  return (
    <span className="page-spinner" role="status" aria-live="polite" aria-label={t('a11y.loading')}>
      <i />
      <i />
      <i />
      <i />
    </span>
  );
}
