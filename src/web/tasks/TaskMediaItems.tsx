import { NotificationOutlined } from '@ant-design/icons';
import { Card, List, Space, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { TaskPageDto } from '../../shared/schemas/task-page';
import { useT } from '../i18n/I18nProvider';
import { mediaItemPath, MediaStateTag } from '../media/labels';

/** The news items recorded against the task or one of its periods. */
export function TaskMediaItems({ items }: { items: TaskPageDto['mediaItems'] }) {
  const t = useT();
  return (
    <Card size="small" title={t('taskPage.mediaItems')}>
      {items.length === 0 ? (
        <Typography.Text type="secondary">{t('taskPage.noMediaItems')}</Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={items}
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
      )}
    </Card>
  );
}
