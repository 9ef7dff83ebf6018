import { DatePicker, Form, Input, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { CHANNEL_KINDS, type MediaTransitionTarget } from '../../shared/media-vocabulary';
import type { MediaItemDto } from '../../shared/schemas/media';
import { DATE_PICKER_FORMAT } from '../format/dates';
import { FormModal } from '../forms/FormModal';
import { useT } from '../i18n/I18nProvider';
import { channelKindLabel } from './labels';
import { channelGroups } from './publications';
import { useChannels, useTransitionMediaItem } from './queries';

type Values = { comment?: string; channelId?: string; url?: string; publishedAt?: Dayjs };

type Props = { item: MediaItemDto; target: MediaTransitionTarget; onClose: () => void; onDone: () => void };

/** One dialog per move: a comment (required to return an item); publishing also asks where, at which link and when. */
export function MediaTransitionModal({ item, target, onClose, onDone }: Props) {
  const t = useT();
  const channels = useChannels();
  const publishing = target === 'published';
  const move = useTransitionMediaItem(
    item.id,
    (values: Values) => ({
      to: target,
      comment: values.comment?.trim() || undefined,
      ...(publishing && {
        channel: channels.data?.items.find((c) => c.id === values.channelId)?.kind,
        url: values.url?.trim() || undefined,
        publishedAt: values.publishedAt?.format('YYYY-MM-DD'),
      }),
    }),
    onDone,
  );
  // Once published, another publication must be on a channel it has not gone out on yet.
  const usedKinds = item.state === 'published' ? item.publications.map((p) => p.channel) : [];
  const groups = channelGroups(channels.data?.items ?? [], CHANNEL_KINDS.filter((kind) => !usedKinds.includes(kind)));
  const title = t(`mediaAction.${target}Title`, { title: item.title });

  return (
    <FormModal<Values>
      title={title}
      okText={t(`mediaAction.${target}`)}
      submit={move}
      onClose={onClose}
      fields={['comment', 'url', 'publishedAt']}
      initialValues={{ publishedAt: dayjs() }}
    >
      <p>{t(`mediaAction.${target}Help`)}</p>
      {publishing && (
        <>
          {channels.isSuccess && groups.length === 0 && (
            <Typography.Paragraph type="warning">{t(usedKinds.length > 0 ? 'mediaAction.allChannelsUsed' : 'mediaAction.noChannels')}</Typography.Paragraph>
          )}
          <Form.Item name="channelId" label={t('mediaAction.channel')} rules={[{ required: true, message: t('form.required') }]}>
            <Select
              loading={channels.isPending}
              placeholder={t('mediaAction.channelPlaceholder')}
              options={groups.map((group) => ({
                label: channelKindLabel(t, group.kind),
                title: channelKindLabel(t, group.kind),
                options: group.channels.map((c) => ({ value: c.id, label: c.name })),
              }))}
            />
          </Form.Item>
          <Form.Item name="url" label={t('mediaAction.url')} extra={t('mediaAction.urlOptional')}>
            <Input inputMode="url" placeholder="https://" maxLength={2000} />
          </Form.Item>
          <Form.Item name="publishedAt" label={t('mediaAction.publishedAt')} rules={[{ required: true, message: t('form.required') }]}>
            <DatePicker format={DATE_PICKER_FORMAT} disabledDate={(day) => day.isAfter(dayjs(), 'day')} className="full-width" />
          </Form.Item>
        </>
      )}
      <Form.Item
        name="comment"
        label={t('mediaAction.comment')}
        rules={target === 'returned' ? [{ required: true, whitespace: true, message: t('mediaAction.commentRequired') }] : undefined}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
