import { PlusOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { MediaItemSummaryDto } from '../../shared/schemas/media';
import { useCursorPager } from '../api/useCursorPager';
import { useT } from '../i18n/I18nProvider';
import { PageHeader } from '../layout/PageHeader';
import { PagedTable } from '../layout/PagedTable';
import { useMe } from '../session/MeContext';
import { MEDIA_NEW_PATH, mediaItemPath } from './labels';
import { MediaAreaSwitch } from './MediaAreaSwitch';
import { mediaColumns } from './mediaColumns';
import { MediaFilters } from './MediaFilters';
import { useMediaList, type MediaListFilters } from './queries';
import './media.css';

/** The items a person can read: their body's, and for a department of health its bodies' too. */
export function MediaItemsPage() {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const [filters, setFilters] = useState<MediaListFilters>({});
  const pager = useCursorPager(JSON.stringify(filters));
  const list = useMediaList(filters, pager.cursor);

  return (
    <>
      <PageHeader
        title={t('media.pageTitle')}
        extra={
          me.can.proposeMedia && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate(MEDIA_NEW_PATH)}>
              {t('media.propose')}
            </Button>
          )
        }
      />
      <MediaAreaSwitch />
      <Card size="small">
        <MediaFilters value={filters} onChange={setFilters} />
        <PagedTable<MediaItemSummaryDto>
          list={list}
          pager={pager}
          minWidth={1000}
          emptyText={Object.values(filters).some(Boolean) ? t('empty.mediaFiltered') : t(me.can.proposeMedia ? 'empty.mediaPropose' : 'empty.media')}
          onRow={(item) => ({ onClick: () => navigate(mediaItemPath(item.id)), className: 'media-row' })}
          columns={mediaColumns(t)}
        />
      </Card>
    </>
  );
}
