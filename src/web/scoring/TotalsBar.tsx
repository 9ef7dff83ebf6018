import { CheckOutlined, RollbackOutlined, SaveOutlined, SendOutlined, UnlockOutlined } from '@ant-design/icons';
import { Alert, App, Button, Popconfirm, Space, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import type { AssessmentDto } from '../api/types';
import { errorMessage } from '../forms/errors';
import { useT } from '../i18n/I18nProvider';
import { pointsText } from './criteria-model';
import { useAssessmentStep, useSaveReviewScores, useSaveSelfScores, type AssessmentStep } from './queries';
import { reasonsMissing, reviewChanges, selfChanges, selfTotal, unscored, type Drafts, type Leaf, type ReviewDraft, type SelfDraft } from './score-drafts';

/** The steps an assessment takes, each offered when the server says the person may take it now. */
const STEPS: AssessmentStep[] = ['submit', 'withdraw', 'reopen'];
const STEP_ICONS: Record<AssessmentStep, ReactNode> = { submit: <SendOutlined aria-hidden />, withdraw: <RollbackOutlined aria-hidden />, reopen: <UnlockOutlined aria-hidden /> };

type Props = {
  assessment: AssessmentDto;
  leaves: readonly Leaf[];
  self: Drafts<SelfDraft>;
  review: Drafts<ReviewDraft>;
  onSaved: () => void;
  onAcceptRest: () => void;
};

/**
 * The bar under the criteria: the totals as the boxes now read, and what the person may do with them —
 * save, send to the review team, withdraw, save the review, reopen. A refusal stays in the bar in the
 * server's words until the next try.
 */
export function TotalsBar({ assessment: a, leaves, self, review, onSaved, onAcceptRest }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const saveSelf = useSaveSelfScores(a.id);
  const saveReview = useSaveReviewScores(a.id);
  const step = useAssessmentStep(a.id);
  const [refusal, setRefusal] = useState<unknown>(null);
  const selfList = selfChanges(leaves, self);
  const reviewList = reviewChanges(leaves, review);
  const missing = reasonsMissing(leaves, review);
  const dirty = selfList.length > 0 || reviewList.length > 0;
  const empty = unscored(leaves, self);
  const busy = saveSelf.isPending || saveReview.isPending || step.isPending;

  const run = async (work: () => Promise<string>) => {
    setRefusal(null);
    try {
      void message.success(await work());
    } catch (error) {
      setRefusal(error);
    }
  };
  /** Whatever is typed is saved first: sending or withdrawing acts on the scores as the person sees them. */
  const saveTyped = async () => {
    if (selfList.length > 0) await saveSelf.mutateAsync(selfList);
    if (reviewList.length > 0) await saveReview.mutateAsync(reviewList);
    if (dirty) onSaved();
  };
  const save = () =>
    run(async () => {
      await saveTyped();
      return t('scoring.saved');
    });
  const move = (to: AssessmentStep) =>
    run(async () => {
      await saveTyped();
      await step.mutateAsync(to);
      return t(`scoring.done.${to}`);
    });

  const reviewed = leaves.some((l) => l.reviewPoints !== null);
  return (
    <div className={`score-bar${dirty ? ' score-bar-dirty' : ''}`}>
      {refusal !== null && <Alert type="error" showIcon title={errorMessage(refusal, t)} closable={{ onClose: () => setRefusal(null) }} />}
      {missing.length > 0 && <Alert type="warning" showIcon title={t('scoring.reasonsMissing', { codes: missing.join(', ') })} />}
      <div className="score-bar-row">
        <Space size={[16, 4]} wrap className="score-totals" aria-live="polite">
          <span>
            {t('scoring.selfTotal')}: <strong>{t('scoring.pointsOf', { points: pointsText(selfTotal(leaves, self)), max: pointsText(a.maxPoints) })}</strong>
            {!dirty && a.self.className && ` · ${a.self.className}`}
          </span>
          {reviewed && (
            <span>
              {t('scoring.finalTotal')}: <strong>{t('scoring.pointsOf', { points: pointsText(a.final.total), max: pointsText(a.maxPoints) })}</strong>
              {a.final.className && ` · ${a.final.className}`}
            </span>
          )}
          {empty.length > 0 && <Typography.Text type="warning">{t('scoring.unscored', { n: empty.length })}</Typography.Text>}
          {dirty && <Typography.Text type="secondary">{t('scoring.unsaved')}</Typography.Text>}
        </Space>
        <Space size={8} wrap className="score-actions">
          {a.can.review && (
            <Button icon={<CheckOutlined aria-hidden />} onClick={onAcceptRest} disabled={busy}>
              {t('scoring.acceptRest')}
            </Button>
          )}
          {(a.can.selfAssess || a.can.review) && (
            <Button icon={<SaveOutlined aria-hidden />} type={a.can.review ? 'primary' : 'default'} disabled={!dirty || missing.length > 0} loading={saveSelf.isPending || saveReview.isPending} onClick={() => void save()}>
              {t(a.can.review ? 'scoring.saveReview' : 'scoring.save')}
            </Button>
          )}
          {STEPS.filter((to) => a.can[to]).map((to) => (
            <Popconfirm key={to} title={t(`scoring.confirm.${to}`)} okText={t(`scoring.step.${to}`)} cancelText={t('common.cancel')} onConfirm={() => void move(to)}>
              <Button type={to === 'submit' ? 'primary' : 'default'} icon={STEP_ICONS[to]} loading={step.isPending && step.variables === to}>
                {t(`scoring.step.${to}`)}
              </Button>
            </Popconfirm>
          ))}
        </Space>
      </div>
    </div>
  );
}
