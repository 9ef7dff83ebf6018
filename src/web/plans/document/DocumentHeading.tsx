import { numberText, placeAndDate } from '../../../shared/plan-document/document-text';
import { DOCUMENT_WORDS as W } from '../../../shared/plan-document/document-words';
import type { PlanDocumentModel } from './model';

const upper = (text: string) => text.toLocaleUpperCase('vi');

/** The two-column heading of Decree 30: the bodies and the number on the left, the nation, motto, place and date on the right. */
export function DocumentHeading({ model, superiorName }: { model: PlanDocumentModel; superiorName: string | null }) {
  return (
    <div className="doc-heading">
      <div className="doc-heading-bodies">
        {superiorName && <div className="doc-superior">{upper(superiorName)}</div>}
        <div className="doc-body-name">{upper(model.bodyName)}</div>
        <div className="doc-rule doc-rule-short" />
      </div>
      <div className="doc-heading-nation">
        <div className="doc-nation">{W.nation}</div>
        <span className="doc-motto">{W.motto}</span>
      </div>
      <div className="doc-number">
        {W.number} {numberText(model.numberAndSymbol)}
      </div>
      <div className="doc-place-date">{placeAndDate(model.placeName, model.issuedOn, model.year)}</div>
    </div>
  );
}
