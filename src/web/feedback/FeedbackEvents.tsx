import { Timeline, Typography } from 'antd';
import type { FeedbackDto } from '../api/types';
import { formatDateTime } from '../format/dates';
import { useT } from '../i18n/I18nProvider';
import { stepLabel } from './labels';

const COLORS: Record<string, string> = { received: 'blue', assigned: 'gold', answered: 'green', closed: 'gray', refused: 'red' };

/** Each step with who took it and when, the latest first. */
export function FeedbackEvents({ events }: { events: FeedbackDto['events'] }) {
  const t = useT();
  const latestFirst = [...events].reverse();
  return (
    <Timeline
      className="feedback-events"
      items={latestFirst.map((e, i) => ({
        key: `${e.at}-${i}`,
        color: COLORS[e.toState] ?? 'gray',
        content: (
          <div className="feedback-event">
            <Typography.Text strong>{stepLabel(t, e.step, e.toState)}</Typography.Text>
            {e.note && <span className="feedback-event-note">{e.note}</span>}
            <Typography.Text type="secondary" className="feedback-meta">
              {e.actorName ? t('feedback.eventBy', { name: e.actorName, date: formatDateTime(e.at) }) : formatDateTime(e.at)}
            </Typography.Text>
          </div>
        ),
      }))}
    />
  );
}
