import type { LegalDocumentKind } from '../../shared/legal-document-kinds';
import type { Translate } from '../i18n/I18nProvider';

export const legalKindLabel = (t: Translate, kind: LegalDocumentKind) => t(`legalKind.${kind}`);
