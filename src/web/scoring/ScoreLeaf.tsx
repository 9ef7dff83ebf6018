import { Tag } from 'antd';
import type { AssessmentCriterionDto, AssessmentDto } from '../api/types';
import { useT } from '../i18n/I18nProvider';
import { EvidenceItems } from './EvidenceItems';
import { pointsOrDash } from './labels';
import { ReviewScore } from './ReviewScore';
import { SelfScore } from './SelfScore';
import type { ReviewDraft, SelfDraft } from './score-drafts';

type Props = {
  assessment: AssessmentDto;
  criterion: AssessmentCriterionDto;
  showReview: boolean;
  self: SelfDraft | undefined;
  review: ReviewDraft | undefined;
  onSelf: (draft: SelfDraft) => void;
  onReview: (draft: ReviewDraft) => void;
  onAddEvidence: () => void;
};

/** One scored criterion: what it asks and how to score it, its evidence, the body's score and the review team's. */
export function ScoreLeaf({ assessment: a, criterion: c, showReview, self, review, onSelf, onReview, onAddEvidence }: Props) {
  const t = useT();
  return (
    <div className={`score-leaf${showReview ? ' score-with-review' : ''}`} data-code={c.code}>
      <div className="score-leaf-main">
        <div className="score-leaf-title">
          <span className="score-code">{c.code}</span>
          <span className="score-leaf-name">{c.name}</span>
          <Tag className="score-max">{t('scoring.maxPoints', { max: pointsOrDash(c.maxPoints) })}</Tag>
        </div>
        {c.guide && (
          <div className="score-guide">
            <span className="score-label">{t('scoring.guide')}:</span> {c.guide}
          </div>
        )}
        {c.evidenceNeeded && (
          <div className="score-guide">
            <span className="score-label">{t('scoring.evidenceNeeded')}:</span> {c.evidenceNeeded}
          </div>
        )}
        <EvidenceItems assessmentId={a.id} criterion={c} canAdd={a.can.selfAssess} onAdd={onAddEvidence} />
      </div>
      {/* The column headings are above the sheet on a wide screen; narrower, each panel says what it is. */}
      <div className="score-leaf-self">
        <div className="score-panel-title">{t('scoring.col.self')}</div>
        <SelfScore criterion={c} draft={self} editable={a.can.selfAssess} onChange={onSelf} />
      </div>
      {showReview && (
        <div className="score-leaf-review">
          <div className="score-panel-title">{t('scoring.col.review')}</div>
          <ReviewScore assessment={a} criterion={c} draft={review} onChange={onReview} />
        </div>
      )}
    </div>
  );
}
