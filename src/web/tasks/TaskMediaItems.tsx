import { Card, Typography } from 'antd';
import type { TaskPageDto } from '../../shared/schemas/task-page';
import { useT } from '../i18n/I18nProvider';
import { MediaItemLinks } from '../media/MediaItemLinks';

/** The news items recorded against the task or one of its periods. */
export function TaskMediaItems({ items }: { items: TaskPageDto['mediaItems'] }) {
  const t = useT();
  return (
    <Card size="small" title={t('taskPage.mediaItems')}>
      {items.length === 0 ? (
        <Typography.Text type="secondary">{t('taskPage.noMediaItems')}</Typography.Text>
      ) : (
        <MediaItemLinks items={items} />
      )}
    </Card>
  );
}
