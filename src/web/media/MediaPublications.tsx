import { List, Typography } from 'antd';
import type { MediaItemDto } from '../../shared/schemas/media';
import { formatDate } from '../format/dates';
import { useT } from '../i18n/I18nProvider';
import { channelKindLabel } from './labels';

type Publication = MediaItemDto['publications'][number];

/** Where and when the item went out, newest first: the channel and day on one line, its link under them. */
export function MediaPublications({ publications }: { publications: Publication[] }) {
  const t = useT();
  if (publications.length === 0) return <Typography.Text type="secondary">{t('media.noPublications')}</Typography.Text>;
  const rows = [...publications].sort((a, b) => b.publishedOn.localeCompare(a.publishedOn) || b.createdAt.localeCompare(a.createdAt));
  return (
    <List<Publication>
      size="small"
      className="media-publications"
      dataSource={rows}
      renderItem={(p) => {
        const kind = channelKindLabel(t, p.channel);
        return (
          <List.Item>
            <div className="media-publication">
              <div className="media-publication-head">
                <Typography.Text strong>{p.channelName ?? kind}</Typography.Text>
                <span className="nowrap">{formatDate(p.publishedOn)}</span>
              </div>
              {p.channelName && p.channelName !== kind && <Typography.Text type="secondary">{kind}</Typography.Text>}
              {p.url ? (
                <a href={p.url} target="_blank" rel="noopener noreferrer" title={p.url} className="media-publication-link">
                  {p.url}
                </a>
              ) : (
                <Typography.Text type="secondary">{t('media.noLink')}</Typography.Text>
              )}
            </div>
          </List.Item>
        );
      }}
    />
  );
}
