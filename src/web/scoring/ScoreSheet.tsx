import { useMemo, useState } from 'react';
import type { AssessmentCriterionDto, AssessmentDto } from '../api/types';
import { useUnsavedWarning } from '../forms/useUnsavedWarning';
import { useT } from '../i18n/I18nProvider';
import { useNarrowScreen } from '../layout/useNarrowScreen';
import { AddEvidenceModal } from './AddEvidenceModal';
import { pointsOrDash } from './labels';
import { ScoreLeaf } from './ScoreLeaf';
import { acceptRest, reviewChanges, selfChanges, type Drafts, type ReviewDraft, type SelfDraft } from './score-drafts';
import { TotalsBar } from './TotalsBar';

/**
 * The criteria of a body's assessment in the set's order: areas and criteria as headings with their
 * points so far, each scored criterion with its score, evidence and review. What is typed stays on the
 * page until saved (the bar at the bottom), so a coordinator can fill many criteria and save once.
 */
export function ScoreSheet({ assessment: a }: { assessment: AssessmentDto }) {
  const t = useT();
  const narrow = useNarrowScreen('md');
  const [self, setSelf] = useState<Drafts<SelfDraft>>({});
  const [review, setReview] = useState<Drafts<ReviewDraft>>({});
  // The criterion's code, not the row: the dialog shows the evidence as it is after each addition.
  const [addingTo, setAddingTo] = useState<string | null>(null);
  const adding = a.criteria.find((c) => c.code === addingTo);
  const leaves = useMemo(() => a.criteria.filter((c) => c.scored), [a.criteria]);
  const dirty = selfChanges(leaves, self).length > 0 || reviewChanges(leaves, review).length > 0;
  useUnsavedWarning(dirty);
  const showReview = a.can.review || leaves.some((c) => c.reviewPoints !== null);

  return (
    <>
      {!narrow && (
        <div className={`score-columns${showReview ? ' score-with-review' : ''}`} aria-hidden>
          <span>{t('scoring.col.criterion')}</span>
          <span>{t('scoring.col.self')}</span>
          {showReview && <span>{t('scoring.col.review')}</span>}
        </div>
      )}
      <div className="score-sheet">
        {a.criteria.map((c) =>
          c.scored ? (
            <ScoreLeaf
              key={c.code}
              assessment={a}
              criterion={c}
              showReview={showReview}
              self={self[c.code]}
              review={review[c.code]}
              onSelf={(draft) => setSelf((d) => ({ ...d, [c.code]: draft }))}
              onReview={(draft) => setReview((d) => ({ ...d, [c.code]: draft }))}
              onAddEvidence={() => setAddingTo(c.code)}
            />
          ) : (
            <GroupHeading key={c.code} criterion={c} />
          ),
        )}
      </div>
      <TotalsBar
        assessment={a}
        leaves={leaves}
        self={self}
        review={review}
        onSaved={() => {
          setSelf({});
          setReview({});
        }}
        onAcceptRest={() => setReview((d) => acceptRest(leaves, d))}
      />
      {adding && <AddEvidenceModal assessmentId={a.id} criterion={adding} onClose={() => setAddingTo(null)} />}
    </>
  );
}

/** An area (level 1) or a criterion with sub-criteria (level 2): its code, name and the points its leaves add up to. */
function GroupHeading({ criterion: c }: { criterion: AssessmentCriterionDto }) {
  const t = useT();
  // Under the page's title (h3): areas, then criteria.
  const Heading = c.level === 1 ? 'h4' : 'h5';
  return (
    <Heading className={`score-group score-group-${c.level}`}>
      <span className="score-code">{c.code}</span>
      <span className="score-group-name">{c.name}</span>
      <span className="score-group-points">{t('scoring.groupPoints', { points: pointsOrDash(c.finalPoints), max: pointsOrDash(c.maxPoints) })}</span>
    </Heading>
  );
}
