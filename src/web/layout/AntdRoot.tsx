import { SearchOutlined } from '@ant-design/icons';
import { App, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { ACCESSIBLE_THEME } from '../theme';

/**
 * Antd with our theme and the chosen language, and its App (messages, confirmations): around the signed-in
 * shell rather than the whole app, so that the sign-in page's first load carries none of antd (issue 17).
 */
export function AntdRoot({ children }: { children: ReactNode }) {
  const { language, t } = useI18n();
  // Set before children render so date pickers start in the chosen language.
  dayjs.locale(language === 'en' ? 'en' : 'vi');
  return (
    <ConfigProvider
      locale={language === 'en' ? enUS : viVN}
      theme={ACCESSIBLE_THEME}
      // antd names the search button by its icon, "search", in English.
      inputSearch={{ searchIcon: <SearchOutlined aria-label={t('a11y.search')} /> }}
    >
      <App>{children}</App>
    </ConfigProvider>
  );
}
