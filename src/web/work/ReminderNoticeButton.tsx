import { FileWordOutlined } from '@ant-design/icons';
import { App, Button, Tooltip } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../forms/errors';
import { useT } from '../i18n/I18nProvider';
import { useMe } from '../session/MeContext';
import { downloadReminderNotice } from './reminderNotice';

/** For a body's coordinator or director: the văn bản đôn đốc of every department's late work, as Word. */
export function ReminderNoticeButton() {
  const t = useT();
  const me = useMe();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  if (!me.can.issueReminderNotices) return null;
  const download = async () => {
    setBusy(true);
    try {
      await downloadReminderNotice();
    } catch (error) {
      message.warning(errorMessage(error, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Tooltip title={t('work.reminderNotice.help')}>
      <Button icon={<FileWordOutlined />} loading={busy} onClick={download}>
        {t('work.reminderNotice.download')}
      </Button>
    </Tooltip>
  );
}
