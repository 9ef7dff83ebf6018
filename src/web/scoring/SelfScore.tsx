import { BulbOutlined } from '@ant-design/icons';
import { Button, Input, Typography } from 'antd';
import type { AssessmentCriterionDto } from '../api/types';
import { percentText } from '../format/percent';
import { useT } from '../i18n/I18nProvider';
import { pointsOrDash } from './labels';
import { PointsInput } from './PointsInput';
import { savedSelf, type SelfDraft } from './score-drafts';

type Props = { criterion: AssessmentCriterionDto; draft: SelfDraft | undefined; editable: boolean; onChange: (draft: SelfDraft) => void };

/** The body's score of one criterion: the system's proposal where its guide is a rule on a figure, the points and a note. */
export function SelfScore({ criterion: c, draft, editable, onChange }: Props) {
  const t = useT();
  const value = draft ?? savedSelf(c);
  const proposal = c.proposal;
  const take = editable && proposal?.points != null && proposal.points !== value.points ? () => onChange({ ...value, points: proposal.points }) : undefined;
  return (
    <div className="score-panel">
      {proposal && <Proposal proposal={proposal} code={c.code} onTake={take} />}
      {editable ? (
        <>
          <div className="score-points">
            <PointsInput label={t('scoring.selfPointsOf', { code: c.code })} max={c.maxPoints} value={value.points} onChange={(points) => onChange({ ...value, points })} placeholder={t('scoring.pointsPlaceholder')} />
            <Typography.Text type="secondary">{t('scoring.ofMax', { max: pointsOrDash(c.maxPoints) })}</Typography.Text>
          </div>
          <Input.TextArea
            aria-label={t('scoring.noteOf', { code: c.code })}
            placeholder={t('scoring.notePlaceholder')}
            autoSize={{ minRows: 1, maxRows: 5 }}
            maxLength={2000}
            value={value.note}
            onChange={(e) => onChange({ ...value, note: e.target.value })}
          />
        </>
      ) : (
        <>
          <div>
            {t('scoring.selfScored')}: <strong>{pointsOrDash(c.selfPoints)}</strong> {t('scoring.ofMax', { max: pointsOrDash(c.maxPoints) })}
          </div>
          {c.selfNote && <Typography.Text type="secondary" className="score-note">{c.selfNote}</Typography.Text>}
        </>
      )}
    </div>
  );
}

/** "Đề xuất: 2 điểm (Tỷ lệ nhiệm vụ hoàn thành đúng hạn 85,7%)" and a button to take it. */
function Proposal({ proposal: p, code, onTake }: { proposal: NonNullable<AssessmentCriterionDto['proposal']>; code: string; onTake?: () => void }) {
  const t = useT();
  const figure = p.percent === null ? p.figureLabel : `${p.figureLabel} ${percentText(p.percent)}`;
  return (
    <div className="score-proposal">
      <BulbOutlined aria-hidden /> <span>{p.points === null ? t('scoring.noProposal', { figure }) : t('scoring.proposal', { points: pointsOrDash(p.points), figure })}</span>
      {onTake && (
        <Button size="small" type="link" onClick={onTake} aria-label={t('scoring.takeProposalOf', { code })}>
          {t('scoring.takeProposal')}
        </Button>
      )}
    </div>
  );
}
