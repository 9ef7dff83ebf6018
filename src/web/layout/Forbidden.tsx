import { Button, Result } from 'antd';
import { useNavigate } from 'react-router-dom';
import type { Role } from '../../shared/roles';
import { ApiError } from '../api/client';
import { useT } from '../i18n/I18nProvider';

/**
 * What a person sees instead of a page they may not view: that they may not, who may (the roles the
 * server's policy table names), and whom to ask.
 */
export function Forbidden({ roles }: { roles: readonly Role[] }) {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Result
      status="403"
      title={t('access.forbiddenTitle')}
      subTitle={
        <>
          {roles.length > 0 && <p className="forbidden-who">{t('access.whoCan', { roles: roles.map((r) => t(`role.${r}`)).join(', ') })}</p>}
          <p>{t('access.askAdmin')}</p>
        </>
      }
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          {t('access.back')}
        </Button>
      }
    />
  );
}

/** The roles a 403 from the API names (see `refusal` in src/server/policies), or null when the error is not a refusal. */
export function refusedRoles(error: unknown): Role[] | null {
  if (!(error instanceof ApiError) || error.status !== 403) return null;
  const details = error.details as { roles?: unknown } | undefined;
  return Array.isArray(details?.roles) ? (details.roles as Role[]) : [];
}
