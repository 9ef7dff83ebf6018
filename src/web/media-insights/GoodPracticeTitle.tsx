import { Space, Typography } from 'antd';
import type { MediaKind } from '../../shared/media-vocabulary';
import { formatDate } from '../format/dates';
import { useT } from '../i18n/I18nProvider';
import { mediaItemPath, mediaKindLabel } from '../media/labels';
import { Link } from 'react-router-dom';

type Item = { id: string; title: string; kind: MediaKind; summary: string | null; firstPublishedOn: string | null; publicUrl?: string | null };

/** An item as both views list it: its title (to the item's page), kind, day published and summary. */
export function GoodPracticeTitle({ item, linkToItem = true }: { item: Item; linkToItem?: boolean }) {
  const t = useT();
  return (
    <Space orientation="vertical" size={0}>
      {linkToItem ? <Link to={mediaItemPath(item.id)}>{item.title}</Link> : <Typography.Text strong>{item.title}</Typography.Text>}
      <Typography.Text type="secondary" className="insights-meta">
        {mediaKindLabel(t, item.kind)}
        {item.firstPublishedOn && ` · ${t('goodPractices.publishedOn', { date: formatDate(item.firstPublishedOn) })}`}
        {item.publicUrl && (
          <>
            {' · '}
            <a href={item.publicUrl} target="_blank" rel="noreferrer">
              {t('goodPractices.publicLink')}
            </a>
          </>
        )}
      </Typography.Text>
      {item.summary && <Typography.Text className="insights-summary">{item.summary}</Typography.Text>}
    </Space>
  );
}
