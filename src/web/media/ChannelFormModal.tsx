import { Form, Input, Select } from 'antd';
import { CHANNEL_KINDS, type ChannelKind } from '../../shared/media-vocabulary';
import type { ChannelDto } from '../../shared/schemas/media';
import { FormModal } from '../forms/FormModal';
import { useT } from '../i18n/I18nProvider';
import { channelKindLabel } from './labels';
import { useSaveChannel } from './queries';

type Values = { kind: ChannelKind; name: string; url?: string };

type Props = { channel: ChannelDto | null; onClose: () => void; onSaved: (channel: ChannelDto) => void };

/** Adds a channel to the caller's body, or renames one (its kind and address too). */
export function ChannelFormModal({ channel, onClose, onSaved }: Props) {
  const t = useT();
  const save = useSaveChannel(channel?.id ?? null, (values: Values) => ({ kind: values.kind, name: values.name, url: values.url?.trim() || null }), onSaved);
  return (
    <FormModal<Values>
      title={channel ? t('channels.editTitle', { name: channel.name }) : t('channels.addTitle')}
      submit={save}
      onClose={onClose}
      fields={['kind', 'name', 'url']}
      initialValues={channel ? { kind: channel.kind, name: channel.name, url: channel.url ?? undefined } : { kind: 'website' }}
    >
      <Form.Item name="kind" label={t('channels.kind')} rules={[{ required: true, message: t('form.required') }]}>
        <Select options={CHANNEL_KINDS.map((kind) => ({ value: kind, label: channelKindLabel(t, kind) }))} />
      </Form.Item>
      <Form.Item name="name" label={t('channels.name')} rules={[{ required: true, whitespace: true, message: t('channels.nameRequired') }]}>
        <Input maxLength={200} placeholder={t('channels.namePlaceholder')} />
      </Form.Item>
      <Form.Item name="url" label={t('channels.url')}>
        <Input inputMode="url" maxLength={2000} placeholder={t('channels.urlPlaceholder')} />
      </Form.Item>
    </FormModal>
  );
}
