import { Space, Tag, Typography, type TableColumnsType } from 'antd';
import { formatDate, formatDateTime } from '../format/dates';
import type { Translate } from '../i18n/I18nProvider';
import type { ApiKeyDto } from './queries';
import { RevokeApiKeyButton } from './RevokeApiKeyButton';

const SCOPE_COLOR = { read: 'blue', write: 'orange' } as const;

const ScopeTag = ({ t, apiKey }: { t: Translate; apiKey: ApiKeyDto }) => <Tag color={SCOPE_COLOR[apiKey.scope]}>{t(`apiKeys.scope.${apiKey.scope}`)}</Tag>;

const Prefix = ({ apiKey }: { apiKey: ApiKeyDto }) => <code className="api-key-prefix">{apiKey.prefix}</code>;

function StateTag({ t, apiKey }: { t: Translate; apiKey: ApiKeyDto }) {
  if (!apiKey.revokedAt) return <Tag color="green">{t('apiKeys.active')}</Tag>;
  const date = formatDate(apiKey.revokedAt);
  return (
    <Tag color="red" className="api-key-state">
      {apiKey.revokedByName ? t('apiKeys.revokedOnBy', { date, name: apiKey.revokedByName }) : t('apiKeys.revokedOn', { date })}
    </Tag>
  );
}

const lastUsed = (t: Translate, apiKey: ApiKeyDto) => (apiKey.lastUsedAt ? formatDateTime(apiKey.lastUsedAt) : t('apiKeys.neverUsed'));

const actions = (apiKey: ApiKeyDto) => apiKey.can.revoke && !apiKey.revokedAt && <RevokeApiKeyButton apiKey={apiKey} />;

/** On a phone: one cell a key, everything a key has said in a few short lines, the revoke button under it. */
function KeyCard({ t, apiKey }: { t: Translate; apiKey: ApiKeyDto }) {
  const by = apiKey.createdByName ? ` ${t('apiKeys.by', { name: apiKey.createdByName })}` : '';
  return (
    <Space orientation="vertical" size={4} className="full-width">
      <strong>{apiKey.name}</strong>
      <Space size={[0, 4]} wrap>
        <ScopeTag t={t} apiKey={apiKey} />
        <StateTag t={t} apiKey={apiKey} />
      </Space>
      <Prefix apiKey={apiKey} />
      <Typography.Text type="secondary" className="api-key-meta">
        {apiKey.organizationName}
        <br />
        {t('apiKeys.perMinute', { n: apiKey.requestsPerMinute })}
        <br />
        {t('apiKeys.createdOn', { date: formatDate(apiKey.createdAt) })}
        {by}
        <br />
        {apiKey.lastUsedAt ? t('apiKeys.lastUsedOn', { time: formatDateTime(apiKey.lastUsedAt) }) : t('apiKeys.neverUsed')}
      </Typography.Text>
      {actions(apiKey)}
    </Space>
  );
}

export function apiKeyColumns(t: Translate, narrow: boolean): TableColumnsType<ApiKeyDto> {
  if (narrow) return [{ key: 'key', title: t('apiKeys.name'), render: (_, k) => <KeyCard t={t} apiKey={k} /> }];
  return [
    { key: 'name', title: t('apiKeys.name'), render: (_, k) => <strong>{k.name}</strong> },
    { key: 'body', title: t('apiKeys.body'), dataIndex: 'organizationName' },
    { key: 'scope', title: t('apiKeys.scope'), render: (_, k) => <ScopeTag t={t} apiKey={k} /> },
    { key: 'prefix', title: t('apiKeys.prefix'), render: (_, k) => <Prefix apiKey={k} /> },
    { key: 'rate', title: <span className="nowrap">{t('apiKeys.rate')}</span>, align: 'right', render: (_, k) => k.requestsPerMinute },
    {
      key: 'created',
      title: t('apiKeys.created'),
      render: (_, k) => (
        <>
          <div className="nowrap">{formatDate(k.createdAt)}</div>
          {k.createdByName && <Typography.Text type="secondary">{t('apiKeys.by', { name: k.createdByName })}</Typography.Text>}
        </>
      ),
    },
    { key: 'lastUsed', title: <span className="nowrap">{t('apiKeys.lastUsed')}</span>, render: (_, k) => <span className={k.lastUsedAt ? 'nowrap' : 'nowrap api-key-unused'}>{lastUsed(t, k)}</span> },
    { key: 'state', title: t('apiKeys.state'), width: 200, render: (_, k) => <StateTag t={t} apiKey={k} /> },
    { key: 'actions', title: t('common.actions'), width: 110, render: (_, k) => actions(k) },
  ];
}
