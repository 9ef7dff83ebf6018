import { Button, Result } from 'antd';
import { errorMessage } from '../forms/errors';
import { useT } from '../i18n/I18nProvider';
import { AntdRoot } from '../layout/AntdRoot';

/** When who is signed in cannot be known (the server or the line is down): says so, with a way to try again. */
export function SessionLoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const t = useT();
  return (
    <AntdRoot>
      <Result status="error" title={t('error.loadSession')} subTitle={errorMessage(error, t)} extra={<Button onClick={onRetry}>{t('common.retry')}</Button>} />
    </AntdRoot>
  );
}
