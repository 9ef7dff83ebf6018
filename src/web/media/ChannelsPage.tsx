import { EditOutlined, PlusOutlined, StopOutlined, UndoOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Popconfirm, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import type { ChannelDto } from '../../shared/schemas/media';
import { errorMessage } from '../forms/errors';
import { useT } from '../i18n/I18nProvider';
import { PageHeader } from '../layout/PageHeader';
import { useNarrowScreen } from '../layout/useNarrowScreen';
import { useMe } from '../session/MeContext';
import { ChannelFormModal } from './ChannelFormModal';
import { channelKindLabel } from './labels';
import { MediaAreaSwitch } from './MediaAreaSwitch';
import { useChannels, useSaveChannel } from './queries';
import './media.css';

/** The channels a body publishes its items on (website, fanpage, Zalo group…): listed, added, renamed, retired. */
export function ChannelsPage() {
  const t = useT();
  const me = useMe();
  const { message } = App.useApp();
  const narrow = useNarrowScreen();
  const channels = useChannels();
  const [editing, setEditing] = useState<{ channel: ChannelDto | null } | null>(null);

  return (
    <>
      <PageHeader
        title={t('channels.pageTitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ channel: null })}>
            {t('channels.add')}
          </Button>
        }
      />
      <MediaAreaSwitch />
      <Card size="small">
        <Typography.Paragraph type="secondary">{t('channels.of', { name: me.organization.name })}</Typography.Paragraph>
        {channels.isError && <Alert type="error" showIcon title={errorMessage(channels.error, t)} className="form-alert" />}
        <Table<ChannelDto>
          rowKey="id"
          size="middle"
          loading={channels.isFetching}
          dataSource={channels.data?.items ?? []}
          pagination={false}
          scroll={narrow ? { x: 640 } : undefined}
          locale={{ emptyText: t('channels.none') }}
          rowClassName={(c) => (c.retired ? 'channel-retired' : '')}
          columns={[
            { key: 'kind', title: t('channels.kind'), width: 200, render: (_, c) => channelKindLabel(t, c.kind) },
            { key: 'name', title: t('channels.name'), dataIndex: 'name' },
            {
              key: 'url',
              title: t('channels.url'),
              render: (_, c) =>
                c.url && (
                  <a href={c.url} target="_blank" rel="noopener noreferrer" className="media-publication-link">
                    {c.url}
                  </a>
                ),
            },
            {
              key: 'status',
              title: t('channels.status'),
              width: 120,
              render: (_, c) => (c.retired ? <Tag>{t('channels.retiredTag')}</Tag> : <Tag color="green">{t('channels.active')}</Tag>),
            },
            {
              key: 'actions',
              title: t('common.actions'),
              width: 96,
              fixed: narrow ? 'right' : undefined,
              render: (_, c) => (
                <Space size={0}>
                  <Tooltip title={t('common.edit')}>
                    <Button type="text" size="small" icon={<EditOutlined />} aria-label={t('channels.editOne', { name: c.name })} onClick={() => setEditing({ channel: c })} />
                  </Tooltip>
                  <RetireButton channel={c} onDone={(saved) => void message.success(t(saved.retired ? 'channels.retiredDone' : 'channels.restoredDone', { name: saved.name }))} />
                </Space>
              ),
            },
          ]}
        />
      </Card>
      {editing && (
        <ChannelFormModal
          channel={editing.channel}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            void message.success(t('channels.saved', { name: saved.name }));
          }}
        />
      )}
    </>
  );
}

/** Retiring keeps the channel's past publications; it can be used again later. */
function RetireButton({ channel, onDone }: { channel: ChannelDto; onDone: (channel: ChannelDto) => void }) {
  const t = useT();
  const { message } = App.useApp();
  const save = useSaveChannel(channel.id, (retired: boolean) => ({ kind: channel.kind, name: channel.name, url: channel.url, retired }), onDone);
  const [confirming, setConfirming] = useState(false);
  const toggle = () => save.mutate(!channel.retired, { onError: (error) => void message.error(errorMessage(error, t)) });
  if (channel.retired) {
    return (
      <Tooltip title={t('channels.restore')}>
        <Button type="text" size="small" icon={<UndoOutlined />} loading={save.isPending} aria-label={t('channels.restoreOne', { name: channel.name })} onClick={toggle} />
      </Tooltip>
    );
  }
  return (
    <Popconfirm
      title={t('channels.retireConfirm', { name: channel.name })}
      description={<div className="channel-retire-help">{t('channels.retireHelp')}</div>}
      okText={t('channels.retire')}
      cancelText={t('common.cancel')}
      onOpenChange={setConfirming}
      onConfirm={toggle}
    >
      {/* The hint steps aside while the question is open, or it would cover the confirm button. */}
      <Tooltip title={t('channels.retire')} open={confirming ? false : undefined}>
        <Button type="text" size="small" danger icon={<StopOutlined />} loading={save.isPending} aria-label={t('channels.retireOne', { name: channel.name })} />
      </Tooltip>
    </Popconfirm>
  );
}
