import { Alert, Card, Col, Empty, Row, Skeleton, Tabs } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../forms/errors';
import { useT } from '../i18n/I18nProvider';
import { PageHeader } from '../layout/PageHeader';
import { useMe } from '../session/MeContext';
import { ExternalBodiesTab } from './ExternalBodiesTab';
import { GroupsTab } from './GroupsTab';
import { MoveOrganizationModal } from './MoveOrganizationModal';
import { OrganizationDetail } from './OrganizationDetail';
import { OrganizationFormModal, type OrganizationFormTarget } from './OrganizationFormModal';
import { OrganizationTree } from './OrganizationTree';
import { useOrganizations } from './queries';
import { useOrganizationLifecycle } from './useOrganizationLifecycle';

export function OrganizationsPage() {
  const t = useT();
  const me = useMe();
  const orgs = useOrganizations();
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [formTarget, setFormTarget] = useState<OrganizationFormTarget | null>(null);
  const [moving, setMoving] = useState(false);
  const lifecycle = useOrganizationLifecycle((deleted) => setChosenId(deleted.parentId));

  // Until the person picks a node, show their own organisation (or the top of what they can see).
  const selectedId = chosenId && orgs.byId.has(chosenId) ? chosenId : orgs.byId.has(me.organization.id) ? me.organization.id : (orgs.items[0]?.id ?? null);
  const selected = selectedId ? orgs.byId.get(selectedId) : undefined;
  const body = selected ? orgs.byId.get(selected.bodyId) : undefined;
  const canManageRegistry = body?.can.manageRegistry ?? false;

  return (
    <>
      <PageHeader title={t('org.pageTitle')} />
      {orgs.isError && <Alert type="error" showIcon title={errorMessage(orgs.error, t)} className="form-alert" />}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10} xl={9}>
          <Card title={t('org.treeTitle')} size="small">
            {orgs.isPending ? (
              <Skeleton active />
            ) : (
              <OrganizationTree items={orgs.items} selectedId={selectedId} onSelect={setChosenId} />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={14} xl={15}>
          <Card title={selected?.name ?? t('org.detailTitle')} size="small" className="org-detail-card">
            {!selected ? (
              orgs.isPending ? <Skeleton active /> : <Empty description={t('org.selectHint')} />
            ) : (
              <Tabs
                items={[
                  {
                    key: 'info',
                    label: t('org.tabInfo'),
                    children: (
                      <OrganizationDetail
                        org={selected}
                        byId={orgs.byId}
                        busy={lifecycle.busy}
                        onAddChild={() => setFormTarget({ mode: 'create', parent: selected })}
                        onEdit={() => setFormTarget({ mode: 'edit', org: selected })}
                        onMove={() => setMoving(true)}
                        onRetire={() => lifecycle.retire(selected)}
                        onRestore={() => lifecycle.restore(selected)}
                        onDelete={() => lifecycle.remove(selected)}
                      />
                    ),
                  },
                  ...(body
                    ? [
                        { key: 'external', label: t('org.tabExternal'), children: <ExternalBodiesTab owner={body} canManage={canManageRegistry} /> },
                        { key: 'groups', label: t('org.tabGroups'), children: <GroupsTab owner={body} items={orgs.items} canManage={canManageRegistry} /> },
                      ]
                    : []),
                ]}
              />
            )}
          </Card>
        </Col>
      </Row>
      {formTarget && (
        <OrganizationFormModal
          target={formTarget}
          onClose={() => setFormTarget(null)}
          onSaved={(org) => {
            setFormTarget(null);
            setChosenId(org.id);
          }}
        />
      )}
      {moving && selected && (
        <MoveOrganizationModal org={selected} items={orgs.items} onClose={() => setMoving(false)} onMoved={() => setMoving(false)} />
      )}
    </>
  );
}
