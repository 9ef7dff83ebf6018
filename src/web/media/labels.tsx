import { Tag } from 'antd';
import type { ChannelKind, MediaKind, MediaState } from '../../shared/media-vocabulary';
import { useT, type Translate } from '../i18n/I18nProvider';

export const mediaKindLabel = (t: Translate, kind: MediaKind) => t(`mediaKind.${kind}`);
export const mediaStateLabel = (t: Translate, state: MediaState) => t(`mediaState.${state}`);
export const channelKindLabel = (t: Translate, kind: ChannelKind) => t(`channelKind.${kind}`);

const STATE_COLORS: Record<MediaState, string> = {
  draft: 'default',
  submitted: 'gold',
  returned: 'volcano',
  approved: 'blue',
  published: 'green',
  unpublished: 'purple',
};

export function MediaStateTag({ state }: { state: MediaState }) {
  const t = useT();
  return <Tag color={STATE_COLORS[state]}>{mediaStateLabel(t, state)}</Tag>;
}

export const mediaItemPath = (id: string) => `/truyen-thong/${id}`;
export const mediaEditPath = (id: string) => `/truyen-thong/${id}/sua`;
export const MEDIA_NEW_PATH = '/truyen-thong/de-xuat';
export const MEDIA_CHANNELS_PATH = '/truyen-thong/kenh';
