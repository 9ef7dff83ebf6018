import { Button, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { Navigate } from 'react-router-dom';
import { ApiError } from '../api/client';
import { errorMessage } from '../forms/errors';
import { useT } from '../i18n/I18nProvider';
import { MeContext } from './MeContext';
import { useMeQuery } from './useMe';
import { SIGN_IN_PATH } from './paths';

export function RequireSignIn({ children }: { children: ReactNode }) {
  const t = useT();
  const me = useMeQuery();
  if (me.isPending) {
    return (
      <div className="full-page-center">
        <Spin size="large" />
      </div>
    );
  }
  if (me.error instanceof ApiError && me.error.status === 401) return <Navigate to={SIGN_IN_PATH} replace />;
  if (me.isError) {
    return (
      <Result
        status="error"
        title={t('error.loadSession')}
        subTitle={errorMessage(me.error, t)}
        extra={<Button onClick={() => void me.refetch()}>{t('common.retry')}</Button>}
      />
    );
  }
  return <MeContext.Provider value={me.data}>{children}</MeContext.Provider>;
}
