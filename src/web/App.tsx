import { SearchOutlined } from '@ant-design/icons';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { useEffect } from 'react';
import { BrowserRouter } from 'react-router-dom';
import { ApiError } from './api/client';
import { I18nProvider, useI18n } from './i18n/I18nProvider';
import { AppRoutes } from './AppRoutes';
import { ACCESSIBLE_THEME } from './theme';
import { UnauthorizedRedirect } from './session/UnauthorizedRedirect';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A refusal (4xx) will not change on retry; only network trouble and server errors are retried.
      retry: (count, error) => count < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
      refetchOnWindowFocus: false,
    },
  },
});

export function App() {
  return (
    <I18nProvider>
      <LocalisedApp />
    </I18nProvider>
  );
}

function LocalisedApp() {
  const { language, t } = useI18n();
  // Set before children render so date pickers start in the chosen language.
  dayjs.locale(language === 'en' ? 'en' : 'vi');
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  return (
    <ConfigProvider
      locale={language === 'en' ? enUS : viVN}
      theme={ACCESSIBLE_THEME}
      // antd names the search button by its icon, "search", in English.
      inputSearch={{ searchIcon: <SearchOutlined aria-label={t('a11y.search')} /> }}
    >
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <BrowserRouter>
            <UnauthorizedRedirect />
            <AppRoutes />
          </BrowserRouter>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
