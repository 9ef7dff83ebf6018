import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Switch, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useCursorPager } from '../api/useCursorPager';
import { useT } from '../i18n/I18nProvider';
import { PageHeader } from '../layout/PageHeader';
import { PagedTable } from '../layout/PagedTable';
import { useNarrowScreen } from '../layout/useNarrowScreen';
import { useOrganizations } from '../organizations/queries';
import { useMe } from '../session/MeContext';
import { apiKeyBodies } from './bodies';
import { apiKeyColumns } from './apiKeyColumns';
import { CreateApiKeyModal } from './CreateApiKeyModal';
import { NewKeyDialog } from './NewKeyDialog';
import { useApiKeys, type ApiKeyDto, type CreatedApiKey } from './queries';
import './api-keys.css';

const PAGE_SIZE = 20;

/** The keys other systems use to call the API, for the bodies the admin keeps (issue 18). */
export function ApiKeysPage() {
  const t = useT();
  const me = useMe();
  const narrow = useNarrowScreen('md');
  const orgs = useOrganizations();
  const bodies = useMemo(() => apiKeyBodies(me, orgs.items, orgs.byId), [me, orgs.items, orgs.byId]);
  // Revoked keys show unless hidden, so a key just revoked stays in sight, marked so.
  const [filters, setFilters] = useState({ includeRevoked: true });
  const pager = useCursorPager(JSON.stringify(filters));
  const list = useApiKeys(filters, pager.cursor, PAGE_SIZE);
  const [creating, setCreating] = useState(false);
  // The new key's secret lives here, and only while its dialog is open.
  const [created, setCreated] = useState<CreatedApiKey | null>(null);

  return (
    <>
      <PageHeader
        title={t('apiKeys.pageTitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined aria-hidden />} disabled={bodies.length === 0} onClick={() => setCreating(true)}>
            {t('apiKeys.create')}
          </Button>
        }
      />
      <Typography.Paragraph type="secondary" className="api-key-intro">
        {t('apiKeys.intro')}
      </Typography.Paragraph>
      <Card size="small">
        <div className="filter-bar">
          <label className="inline-switch">
            <Switch size="small" checked={filters.includeRevoked} onChange={(includeRevoked) => setFilters({ includeRevoked })} /> {t('apiKeys.showRevoked')}
          </label>
        </div>
        <PagedTable<ApiKeyDto>
          list={list}
          pager={pager}
          minWidth={narrow ? 280 : 1100}
          emptyText={t('apiKeys.none')}
          onRow={(k) => ({ className: k.revokedAt ? 'api-key-revoked' : undefined })}
          columns={apiKeyColumns(t, narrow)}
        />
      </Card>
      {creating && (
        <CreateApiKeyModal
          bodies={bodies}
          defaultBodyId={bodies.find((b) => b.id === me.organization.id)?.id ?? bodies[0]?.id}
          onClose={() => setCreating(false)}
          onCreated={(key) => {
            setCreating(false);
            setCreated(key);
          }}
        />
      )}
      {created && <NewKeyDialog created={created} onClose={() => setCreated(null)} />}
    </>
  );
}
