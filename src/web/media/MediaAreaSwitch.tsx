import { Segmented } from 'antd';
import { useLocation, useNavigate } from 'react-router-dom';
import type { MeDto } from '../api/types';
import { useT } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/vi';
import { useMe } from '../session/MeContext';
import { keepsChannels } from './abilities';
import { MEDIA_CHANNELS_PATH } from './labels';

type Section = { path: string; label: MessageKey; visible?: (me: MeDto) => boolean };

/** The pages of the communication area, one line each. */
const SECTIONS: Section[] = [
  { path: '/truyen-thong', label: 'mediaNav.items' },
  { path: MEDIA_CHANNELS_PATH, label: 'mediaNav.channels', visible: keepsChannels },
  { path: '/truyen-thong/mo-hinh-hay', label: 'mediaNav.goodPractices' },
  { path: '/truyen-thong/thong-ke', label: 'mediaNav.stats' },
];

export function MediaAreaSwitch() {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const sections = SECTIONS.filter((s) => !s.visible || s.visible(me));
  if (sections.length < 2) return null;
  return (
    <Segmented
      aria-label={t('a11y.section')}
      className="media-area-switch"
      value={pathname}
      onChange={(path) => navigate(path)}
      options={sections.map((s) => ({ value: s.path, label: t(s.label) }))}
    />
  );
}
