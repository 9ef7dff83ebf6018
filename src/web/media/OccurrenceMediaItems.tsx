import { Divider, Typography } from 'antd';
import { useT } from '../i18n/I18nProvider';
import { MediaItemLinks } from './MediaItemLinks';
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
        <MediaItemLinks items={list} className="occurrence-media-items" />
      )}
    </>
  );
}
