import { lazy, type ReactNode } from 'react';
import { Navigate } from 'react-router-dom';
import { ApiError } from '../api/client';
import { PageSpinner } from '../layout/PageSpinner';
import { MeContext } from './MeContext';
import { useMeQuery } from './useMe';
import { SIGN_IN_PATH } from './paths';

// Seldom seen, and drawn with antd, which the first load does not carry (issue 17).
const SessionLoadError = lazy(() => import('./SessionLoadError').then((m) => ({ default: m.SessionLoadError })));

export function RequireSignIn({ children }: { children: ReactNode }) {
  const me = useMeQuery();
  if (me.isPending) return <PageSpinner />;
  if (me.error instanceof ApiError && me.error.status === 401) return <Navigate to={SIGN_IN_PATH} replace />;
  if (me.isError) return <SessionLoadError error={me.error} onRetry={() => void me.refetch()} />;
  return <MeContext.Provider value={me.data}>{children}</MeContext.Provider>;
}
