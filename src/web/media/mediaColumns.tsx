import { Space, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import type { MediaItemSummaryDto } from '../../shared/schemas/media';
import { formatDate } from '../format/dates';
import type { Translate } from '../i18n/I18nProvider';
import { channelKindLabel, mediaItemPath, mediaKindLabel, MediaStateTag } from './labels';
import { firstPublishedOn, publishedChannels } from './publications';

export function mediaColumns(t: Translate): TableColumnsType<MediaItemSummaryDto> {
  return [
    {
      key: 'title',
      title: t('media.title'),
      render: (_, item) => (
        <Space orientation="vertical" size={0}>
          <Link to={mediaItemPath(item.id)} onClick={(e) => e.stopPropagation()}>
            {item.title}
          </Link>
          {item.goodPractice && (
            <Tag color="magenta" className="media-good-practice">
              {t('media.goodPracticeTag')}
            </Tag>
          )}
        </Space>
      ),
    },
    { key: 'kind', title: t('media.kind'), width: 120, render: (_, item) => mediaKindLabel(t, item.kind) },
    { key: 'unit', title: t('media.unit'), width: 170, render: (_, item) => item.unit?.name ?? <Typography.Text type="secondary">{item.organization.name}</Typography.Text> },
    { key: 'state', title: t('media.state'), width: 140, render: (_, item) => <MediaStateTag state={item.state} /> },
    {
      key: 'channels',
      title: t('media.channels'),
      width: 170,
      render: (_, item) => (
        <Space size={[0, 4]} wrap>
          {publishedChannels(item.publications).map((kind) => (
            <Tag key={kind}>{channelKindLabel(t, kind)}</Tag>
          ))}
        </Space>
      ),
    },
    {
      key: 'dates',
      title: t('media.dates'),
      width: 120,
      render: (_, item) => {
        const published = firstPublishedOn(item.publications);
        return (
          <Space orientation="vertical" size={0}>
            {published && <span>{formatDate(published)}</span>}
            <Typography.Text type="secondary" className="media-updated">
              {formatDate(item.updatedAt)}
            </Typography.Text>
          </Space>
        );
      },
    },
  ];
}
