import type { IsoDate } from '../calendar/iso-day';
import type { FeedbackState } from '../../shared/feedback-vocabulary';
import { answeredOnTimeShare, timelinessOf } from './deadline';

/** What counting needs of a feedback item: its state, deadline and the day it was settled (answer or refusal). */
export type CountedFeedback = { state: FeedbackState; dueOn: IsoDate; answeredOn: IsoDate | null };

export type FeedbackCounts = {
  received: number;
  answered: number;
  refused: number;
  open: number;
  overdue: number;
  answeredLate: number;
  due: number;
  onTime: number;
  onTimePercent: number | null;
};

/**
 * An item as it stood at the end of `day`: one settled later was still open then. So a past period is
 * judged on its last day as it was, not as it is now.
 */
function asItStoodOn(item: CountedFeedback, day: IsoDate): CountedFeedback {
  if (item.answeredOn !== null && item.answeredOn > day) return { state: 'assigned', dueOn: item.dueOn, answeredOn: null };
  return item;
}

/**
 * The one count of feedback (the KPI "answered on time", the report's section, the list's head, the
 * department of health's table): the items received in a period, judged on `day` — today for a
 * period still running, its last day for one past.
 */
export function feedbackCounts(items: readonly CountedFeedback[], day: IsoDate): FeedbackCounts {
  const judged = items.map((item) => asItStoodOn(item, day));
  const share = answeredOnTimeShare(judged, day);
  const timeliness = judged.map((item) => timelinessOf(item, day));
  return {
    received: judged.length,
    answered: judged.filter((i) => i.state === 'answered' || i.state === 'closed').length,
    refused: judged.filter((i) => i.state === 'refused').length,
    open: judged.filter((i) => i.state === 'received' || i.state === 'assigned').length,
    overdue: timeliness.filter((t) => t === 'overdue').length,
    answeredLate: timeliness.filter((t) => t === 'answered_late').length,
    due: share.due,
    onTime: share.onTime,
    onTimePercent: share.percent,
  };
}

/** Counts added up, the percentage recomputed from the sums (never an average of percentages). */
export function sumFeedbackCounts(all: readonly FeedbackCounts[]): FeedbackCounts {
  const sum = (key: keyof Omit<FeedbackCounts, 'onTimePercent'>) => all.reduce((n, c) => n + c[key], 0);
  const due = sum('due');
  const onTime = sum('onTime');
  return {
    received: sum('received'),
    answered: sum('answered'),
    refused: sum('refused'),
    open: sum('open'),
    overdue: sum('overdue'),
    answeredLate: sum('answeredLate'),
    due,
    onTime,
    onTimePercent: due === 0 ? null : Math.round((onTime / due) * 1000) / 10,
  };
}
