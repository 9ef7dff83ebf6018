import type { MouseEvent } from 'react';
import { useT } from '../i18n/I18nProvider';

export const MAIN_CONTENT_ID = 'main-content';

/**
 * The first stop of the keyboard on every staff page: past the menu and the header, straight to the page.
 * Focus is moved by hand so the router's URL keeps no "#main-content".
 */
export function SkipLink() {
  const t = useT();
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.getElementById(MAIN_CONTENT_ID)?.focus();
  };
  return (
    <a className="skip-link" href={`#${MAIN_CONTENT_ID}`} onClick={skip}>
      {t('a11y.skipToContent')}
    </a>
  );
}
