import { NotificationOutlined } from '@ant-design/icons';
import { List, Space } from 'antd';
import { Link } from 'react-router-dom';
import type { MediaState } from '../../shared/media-vocabulary';
import { useT } from '../i18n/I18nProvider';
import { mediaItemPath, MediaStateTag } from './labels';

type LinkedItem = { id: string; title: string; state: MediaState; publicUrl: string | null };

/** News items named as the outcome of a piece of work: each with its state and, once published, its public page. */
export function MediaItemLinks({ items, className }: { items: readonly LinkedItem[]; className?: string }) {
  const t = useT();
  return (
    <List
      size="small"
      className={className}
      dataSource={[...items]}
      renderItem={(item) => (
        <List.Item>
          <Space wrap size={4}>
            <NotificationOutlined />
            <Link to={mediaItemPath(item.id)}>{item.title}</Link>
            <MediaStateTag state={item.state} />
            {item.publicUrl && (
              <a href={item.publicUrl} target="_blank" rel="noopener noreferrer">
                {t('media.publicLink')}
              </a>
            )}
          </Space>
        </List.Item>
      )}
    />
  );
}
