import { StopOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm } from 'antd';
import { errorMessage } from '../forms/errors';
import { useT } from '../i18n/I18nProvider';
import { useRevokeApiKey, type ApiKeyDto } from './queries';

/** Revoking is at once and for good: asked first, naming the key. */
export function RevokeApiKeyButton({ apiKey }: { apiKey: ApiKeyDto }) {
  const t = useT();
  const { message } = App.useApp();
  const revoke = useRevokeApiKey((key) => void message.success(t('apiKeys.revoked', { name: key.name })));

  return (
    <Popconfirm
      title={t('apiKeys.revokeConfirm', { name: apiKey.name })}
      description={<div className="api-key-revoke-help">{t('apiKeys.revokeHelp')}</div>}
      okText={t('apiKeys.revoke')}
      cancelText={t('common.cancel')}
      onConfirm={() => revoke.mutate(apiKey, { onError: (error) => void message.error(errorMessage(error, t)) })}
    >
      <Button size="small" icon={<StopOutlined aria-hidden />} loading={revoke.isPending} aria-label={t('apiKeys.revokeOne', { name: apiKey.name })}>
        {t('apiKeys.revoke')}
      </Button>
    </Popconfirm>
  );
}
