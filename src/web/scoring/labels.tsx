import { Tag } from 'antd';
import type { AssessmentDto, RoundHeadDto } from '../api/types';
import { useT, type Translate } from '../i18n/I18nProvider';
import { pointsText } from './criteria-model';

export const SCORING_PATH = '/cham-diem';
export const CRITERIA_SETS_PATH = `${SCORING_PATH}/bo-chi-so`;
export const roundPath = (id: string) => `/cham-diem/dot/${id}`;
export const assessmentPath = (id: string) => `/cham-diem/danh-gia/${id}`;

type Phase = RoundHeadDto['phase'];
const PHASE_COLORS: Record<Phase, string> = { self_assessment: 'blue', review: 'gold', closed: 'orange', published: 'green' };

/** The round's phase in the server's words ("Đang thẩm định"), coloured by how far it has gone. */
export function PhaseTag({ phase, label }: { phase: string; label: string }) {
  return <Tag color={PHASE_COLORS[phase as Phase] ?? 'default'}>{label}</Tag>;
}

/** A body's self-assessment: sent to the review team or still with the body (reopened says the team gave it back). */
export function StateTag({ state, reopened }: Pick<AssessmentDto, 'state' | 'reopened'>) {
  const t = useT();
  if (state === 'submitted') return <Tag color="green">{t('scoring.state.submitted')}</Tag>;
  return <Tag color={reopened ? 'orange' : 'default'}>{t(reopened ? 'scoring.state.reopened' : 'scoring.state.draft')}</Tag>;
}

/** "70,5" or a dash where there is nothing to show. */
export const pointsOrDash = (points: number | null | undefined) => (points === null || points === undefined ? '—' : pointsText(points));

/** "78,5 · Khá · hạng 1", or a dash for a body not scored last year. */
export function lastYearText(t: Translate, lastYear: AssessmentDto['lastYear']): string {
  if (!lastYear) return '—';
  return [pointsText(lastYear.total), lastYear.className, t('scoring.rankShort', { n: lastYear.rank })].filter(Boolean).join(' · ');
}
