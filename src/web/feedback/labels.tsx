import { Tag } from 'antd';
import type { FeedbackChannel, FeedbackState } from '../../shared/feedback-vocabulary';
import { FEEDBACK_TIMELINESS } from '../../shared/feedback-vocabulary';
import { useT, type Translate } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/vi';

export type FeedbackTimeliness = (typeof FEEDBACK_TIMELINESS)[number];

export const FEEDBACK_PATH = '/phan-anh';
export const FEEDBACK_BY_BODY_PATH = '/phan-anh/don-vi';
export const feedbackPagePath = (id: string) => `/phan-anh/${id}`;

export const feedbackStateLabel = (t: Translate, state: FeedbackState) => t(`feedbackState.${state}`);
export const channelLabel = (t: Translate, channel: FeedbackChannel) => t(`feedbackChannel.${channel}`);

const STEP_KEYS = ['receive', 'create', 'assign', 'answer', 'close', 'refuse', 'reopen', 'publish', 'withdraw', 'unpublish', 'erase'] as const;
/** An event's step as the server wrote it; one not named here shows under the state it led to. */
export function stepLabel(t: Translate, step: string, toState: string): string {
  if ((STEP_KEYS as readonly string[]).includes(step)) return t(`feedbackStep.${step}` as MessageKey);
  return isState(toState) ? feedbackStateLabel(t, toState) : step;
}

const isState = (value: string): value is FeedbackState => ['received', 'assigned', 'answered', 'closed', 'refused'].includes(value);

const STATE_COLORS: Record<FeedbackState, string> = { received: 'blue', assigned: 'gold', answered: 'green', closed: 'default', refused: 'default' };

export function FeedbackStateTag({ state }: { state: FeedbackState }) {
  const t = useT();
  return <Tag color={STATE_COLORS[state]}>{feedbackStateLabel(t, state)}</Tag>;
}

const TIMELINESS_COLORS: Record<FeedbackTimeliness, string> = { on_time: 'green', overdue: 'red', answered_late: 'orange' };

/** Red when open and past its due day; refused and closed items keep the tag of how they were settled. */
export function TimelinessTag({ timeliness }: { timeliness: FeedbackTimeliness }) {
  const t = useT();
  return <Tag color={TIMELINESS_COLORS[timeliness]}>{t(`feedbackTimeliness.${timeliness}`)}</Tag>;
}
