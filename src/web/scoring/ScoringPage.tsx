import { useT } from '../i18n/I18nProvider';
import { PageHeader } from '../layout/PageHeader';

/** Placeholder until the page is built (issue 16). */
export function ScoringPage() {
  const t = useT();
  return <PageHeader title={t('scoring.placeholder')} />;
}
