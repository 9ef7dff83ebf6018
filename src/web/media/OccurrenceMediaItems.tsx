import { NotificationOutlined } from '@ant-design/icons';
import { Divider, List, Space, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useT } from '../i18n/I18nProvider';
import { mediaItemPath, MediaStateTag } from './labels';
import { useOccurrenceMediaItems } from './queries';

/** The communication items recorded against one period of a task: evidence the work was done. */
export function OccurrenceMediaItems({ occurrenceId }: { occurrenceId: string }) {
  const t = useT();
  const items = useOccurrenceMediaItems(occurrenceId);
  const list = items.data?.items ?? [];
  return (
    <>
      <Divider titlePlacement="start">{t('media.evidence')}</Divider>
      {list.length === 0 ? (
        <Typography.Text type="secondary">{t('media.evidenceNone')}</Typography.Text>
      ) : (
        <List
          size="small"
          className="occurrence-media-items"
          dataSource={list}
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
    </>
  );
}
