import { punctuateList } from '../../../shared/plan-document/document-text';
import { DOCUMENT_WORDS as W } from '../../../shared/plan-document/document-words';
import type { PlanDocumentModel } from './model';

/** Recipients on the left, level with the signing authority, its title and the signer's name on the right. */
export function DocumentSignature({ model }: { model: PlanDocumentModel }) {
  const recipients = punctuateList(model.content.recipients);
  return (
    <div className="doc-signature">
      <div className="doc-recipients">
        {recipients.length > 0 && (
          <>
            <div className="doc-recipients-title">{W.recipients}</div>
            {recipients.map((line, i) => (
              <div key={i}>- {line}</div>
            ))}
          </>
        )}
      </div>
      <div className="doc-signer">
        {model.signingAuthority && <div className="doc-authority">{model.signingAuthority.toLocaleUpperCase('vi')}</div>}
        {model.signerTitle && <div className="doc-authority">{model.signerTitle.toLocaleUpperCase('vi')}</div>}
        <div className="doc-signature-space" />
        {model.signerName && <div className="doc-signer-name">{model.signerName}</div>}
      </div>
    </div>
  );
}
