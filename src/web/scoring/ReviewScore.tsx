import { CheckOutlined } from '@ant-design/icons';
import { Button, Input, Tag, Typography } from 'antd';
import type { AssessmentCriterionDto, AssessmentDto } from '../api/types';
import { formatDate } from '../format/dates';
import { useT } from '../i18n/I18nProvider';
import { AnswerReview } from './AnswerReview';
import { pointsOrDash } from './labels';
import { PointsInput } from './PointsInput';
import { needsReason, savedReview, type ReviewDraft } from './score-drafts';

type Props = { assessment: AssessmentDto; criterion: AssessmentCriterionDto; draft: ReviewDraft | undefined; onChange: (draft: ReviewDraft) => void };

/**
 * The review of one criterion: a reviewer accepts the body's score or gives another with the reason the body
 * will read; everyone else reads the outcome, and the body may answer a changed score once.
 */
export function ReviewScore({ assessment: a, criterion: c, draft, onChange }: Props) {
  const t = useT();
  const changed = c.reviewPoints !== null && c.reviewPoints !== c.selfPoints;
  return (
    <div className="score-panel">
      {a.can.review ? <ReviewInput criterion={c} draft={draft} onChange={onChange} /> : <ReviewOutcome criterion={c} />}
      {c.answer ? (
        <div className="score-answer">
          <Typography.Text strong>{c.answeredAt ? t('scoring.answerOn', { date: formatDate(c.answeredAt) }) : t('scoring.answer')}:</Typography.Text> {c.answer}
        </div>
      ) : (
        changed && a.can.answer && <AnswerReview assessmentId={a.id} code={c.code} />
      )}
    </div>
  );
}

function ReviewOutcome({ criterion: c }: { criterion: AssessmentCriterionDto }) {
  const t = useT();
  if (c.reviewPoints === null) return <Typography.Text type="secondary">{t('scoring.notReviewed')}</Typography.Text>;
  if (c.reviewPoints === c.selfPoints) {
    return (
      <div>
        <Tag color="green">{t('scoring.accepted')}</Tag> {t('scoring.pointsValue', { points: pointsOrDash(c.reviewPoints) })}
      </div>
    );
  }
  return (
    <>
      <div>
        <Tag color="orange">{t('scoring.rescored')}</Tag> <strong>{t('scoring.pointsValue', { points: pointsOrDash(c.reviewPoints) })}</strong>
      </div>
      {c.reviewReason && (
        <div className="score-reason">
          <span className="score-label">{t('scoring.reason')}:</span> {c.reviewReason}
        </div>
      )}
    </>
  );
}

function ReviewInput({ criterion: c, draft, onChange }: { criterion: AssessmentCriterionDto; draft: ReviewDraft | undefined; onChange: (draft: ReviewDraft) => void }) {
  const t = useT();
  const value = draft ?? savedReview(c);
  const accepted = value.points !== null && value.points === c.selfPoints;
  const reasonNeeded = needsReason(c, value);
  return (
    <>
      <div className="score-points">
        <Button
          size="small"
          type={accepted ? 'primary' : 'default'}
          icon={<CheckOutlined aria-hidden />}
          disabled={c.selfPoints === null}
          aria-pressed={accepted}
          aria-label={t('scoring.acceptOf', { code: c.code })}
          onClick={() => onChange({ points: c.selfPoints, reason: '' })}
        >
          {t('scoring.accept')}
        </Button>
        <PointsInput label={t('scoring.reviewPointsOf', { code: c.code })} max={c.maxPoints} value={value.points} onChange={(points) => onChange({ ...value, points })} placeholder={t('scoring.pointsPlaceholder')} />
        <Typography.Text type="secondary">{t('scoring.ofMax', { max: pointsOrDash(c.maxPoints) })}</Typography.Text>
      </div>
      {reasonNeeded && (
        <Input.TextArea
          aria-label={t('scoring.reasonOf', { code: c.code })}
          placeholder={t('scoring.reasonPlaceholder')}
          status={value.reason.trim() ? undefined : 'error'}
          autoSize={{ minRows: 2, maxRows: 5 }}
          maxLength={2000}
          value={value.reason}
          onChange={(e) => onChange({ ...value, reason: e.target.value })}
        />
      )}
      {!draft && c.reviewPoints === null && <Typography.Text type="secondary">{t('scoring.notReviewed')}</Typography.Text>}
    </>
  );
}
