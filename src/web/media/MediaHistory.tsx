import { ArrowRightOutlined } from '@ant-design/icons';
import { Empty, Space, Timeline, Typography } from 'antd';
import { MEDIA_STATES, type MediaState } from '../../shared/media-vocabulary';
import { formatDateTime } from '../format/dates';
import { useT } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/vi';
import { MediaStateTag } from './labels';
import { useMediaHistory } from './queries';

const isState = (value: string | null): value is MediaState => value !== null && (MEDIA_STATES as readonly string[]).includes(value);
const EVENT_WORDS: Record<string, MessageKey> = { create: 'media.event.create', edit: 'media.event.edit', publish: 'media.event.publish', transition: 'media.event.transition' };

/** Who did what to the item and when: each move from one state to another, with its comment. */
export function MediaHistory({ itemId }: { itemId: string }) {
  const t = useT();
  const history = useMediaHistory(itemId);
  const events = [...(history.data?.items ?? [])].sort((a, b) => b.at.localeCompare(a.at));
  if (history.isSuccess && events.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('media.noHistory')} />;
  return (
    <Timeline
      className="media-history"
      items={events.map((e, i) => ({
        key: i,
        color: e.to === 'returned' ? 'red' : e.to === 'published' ? 'green' : 'blue',
        // Who and when above what happened, rather than beside it: the history sits in a narrow column.
        content: (
          <Space orientation="vertical" size={2}>
            <Typography.Text type="secondary" className="media-history-when">{`${formatDateTime(e.at)}${e.actor ? ` · ${e.actor}` : ''}`}</Typography.Text>
            {isState(e.to) && e.from !== e.to ? (
              <Space size={4} wrap>
                {isState(e.from) && <MediaStateTag state={e.from} />}
                {isState(e.from) && <ArrowRightOutlined aria-hidden />}
                <MediaStateTag state={e.to} />
              </Space>
            ) : (
              <Typography.Text>{EVENT_WORDS[e.kind] ? t(EVENT_WORDS[e.kind]!) : e.kind}</Typography.Text>
            )}
            {/* An edit's note says what changed (a file added…); a move's comment is someone's opinion. */}
            {e.comment && <Typography.Text type="secondary">{e.kind === 'edit' ? e.comment : t('media.comment', { comment: e.comment })}</Typography.Text>}
          </Space>
        ),
      }))}
    />
  );
}
