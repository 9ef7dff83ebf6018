import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useT } from '../i18n/I18nProvider';
import { BulkUpdateModal } from './BulkUpdateModal';
import { WORKBOOK_URL } from './queries';

/** Download one's open work as Excel, and bring it back filled in. */
export function BulkUpdateActions() {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<DownloadOutlined />} href={WORKBOOK_URL} download>
        {t('work.bulk.download')}
      </Button>
      <Button icon={<UploadOutlined />} onClick={() => setOpen(true)}>
        {t('work.bulk.open')}
      </Button>
      {open && <BulkUpdateModal onClose={() => setOpen(false)} />}
    </>
  );
}
