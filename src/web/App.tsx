import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Suspense, useEffect } from 'react';
import { BrowserRouter } from 'react-router-dom';
import { ApiError } from './api/client';
import { I18nProvider, useI18n } from './i18n/I18nProvider';
import { PageSpinner } from './layout/PageSpinner';
import { AppRoutes } from './AppRoutes';
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

/** Antd, its theme and its locale come with the signed-in shell (AntdRoot): the sign-in page is plain markup (issue 17). */
function LocalisedApp() {
  const { language } = useI18n();
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <UnauthorizedRedirect />
        <Suspense fallback={<PageSpinner />}>
          <AppRoutes />
        </Suspense>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
