import { EditOutlined, TrophyOutlined } from '@ant-design/icons';
import { App, Button, Space, Tooltip } from 'antd';
import { useState } from 'react';
import type { RoundDto } from '../api/types';
import { errorMessage } from '../forms/errors';
import { formatDate } from '../format/dates';
import { useT } from '../i18n/I18nProvider';
import { EditRoundModal } from './EditRoundModal';
import { usePublishRound } from './queries';

/** The department of health's buttons on its round: change it, and publish the result once the self-assessment is over. */
export function RoundActions({ round: r }: { round: RoundDto }) {
  const t = useT();
  const { modal, message } = App.useApp();
  const [editing, setEditing] = useState(false);
  const publish = usePublishRound(r.id);
  if (!r.can.manage) return null;

  const confirmPublish = () =>
    modal.confirm({
      title: t('scoring.publishConfirmTitle'),
      content: t('scoring.publishConfirm', { n: r.bodyCount }),
      okText: t('scoring.publish'),
      cancelText: t('common.cancel'),
      onOk: () =>
        publish.mutateAsync(undefined).then(
          () => void message.success(t('scoring.published')),
          (error: unknown) => void message.error(errorMessage(error, t)),
        ),
    });

  const publishButton = (
    <Button type="primary" icon={<TrophyOutlined aria-hidden />} disabled={!r.can.publish} loading={publish.isPending} onClick={confirmPublish}>
      {t('scoring.publish')}
    </Button>
  );
  return (
    <Space wrap>
      <Button icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)}>
        {t('scoring.editRound')}
      </Button>
      {/* Why it cannot be published yet, on the button itself rather than as a refusal after the click. */}
      {r.can.publish ? publishButton : <Tooltip title={t('scoring.publishAfter', { date: formatDate(r.selfDeadline) })}>{publishButton}</Tooltip>}
      {editing && <EditRoundModal round={r} onClose={() => setEditing(false)} />}
    </Space>
  );
}
