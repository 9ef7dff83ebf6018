import { Empty, Space, Timeline, Typography } from 'antd';
import { formatDateTime } from '../format/dates';
import { useT, type Translate } from '../i18n/I18nProvider';
import { OccurrenceStatusTag } from './labels';
import type { OccurrenceEvent, OccurrenceStatus } from './queries';

const COLORS: Record<string, string> = { accept: 'green', return: 'red', submit: 'gold', comment: 'gray' };

/** A unit's update that handed the result in reads as a submission. */
const stepOf = (e: OccurrenceEvent) => (e.kind === 'update' && e.status === 'submitted' ? 'submit' : e.kind);

const stepLabel = (t: Translate, step: string) => (['update', 'submit', 'accept', 'return', 'comment'].includes(step) ? t(`work.event.${step}` as 'work.event.update') : step);

/** Each update, submission, acceptance, return and comment of a period of work: who, when, what it said. */
export function OccurrenceHistory({ events }: { events: readonly OccurrenceEvent[] }) {
  const t = useT();
  if (events.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('work.noHistory')} />;
  return (
    <Timeline
      className="occurrence-history"
      items={events.map((e, i) => {
        const step = stepOf(e);
        return {
          key: i,
          color: COLORS[step] ?? 'blue',
          title: `${formatDateTime(e.at)}${e.actor ? ` · ${e.actor}` : ''}`,
          content: (
            <Space orientation="vertical" size={0}>
              <Space size={4} wrap>
                <Typography.Text strong>{stepLabel(t, step)}</Typography.Text>
                {step !== 'comment' && <OccurrenceStatusTag status={e.status as OccurrenceStatus} />}
                {step !== 'comment' && <span>{e.progress}%</span>}
              </Space>
              {e.note && <Typography.Text className="pre-wrap">{e.note}</Typography.Text>}
              {e.comment && <Typography.Text type="secondary">{`${t('work.comment')}: ${e.comment}`}</Typography.Text>}
            </Space>
          ),
        };
      })}
    />
  );
}
