import { Alert, Button, Modal, Skeleton, Table } from 'antd';
import { useState } from 'react';
import type { PlanDetailDto, PlanVersionDto } from '../api/types';
import { formatDateTime } from '../format/dates';
import { errorMessage } from '../forms/errors';
import { useT } from '../i18n/I18nProvider';
import { modelFromVersion } from './document/model';
import { PlanDocument } from './document/PlanDocument';
import { PlanStateTag } from './labels';
import { usePlanVersion } from './queries';
import type { AssigneeDirectory } from './useAssigneeDirectory';

type Props = { plan: PlanDetailDto; versions: PlanVersionDto[]; directory: AssigneeDirectory };

/** Every issued text of the plan, kept as it was signed; each can be read, none changed. */
export function VersionsTab({ plan, versions, directory }: Props) {
  const t = useT();
  const [open, setOpen] = useState<number | null>(null);
  const snapshot = usePlanVersion(plan.id, open);
  return (
    <>
      <Table<PlanVersionDto>
        rowKey="version"
        size="small"
        dataSource={[...versions].sort((a, b) => b.version - a.version)}
        pagination={false}
        columns={[
          { key: 'version', title: t('planVersions.version'), render: (_, v) => t('plan.versionN', { n: v.version }) },
          { key: 'state', title: t('plan.state'), render: (_, v) => <PlanStateTag state={v.state} /> },
          { key: 'createdAt', title: t('planVersions.createdAt'), render: (_, v) => formatDateTime(v.createdAt) },
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_, v) => (
              <Button size="small" onClick={() => setOpen(v.version)}>
                {t('planVersions.view')}
              </Button>
            ),
          },
        ]}
      />
      <Modal open={open !== null} onCancel={() => setOpen(null)} footer={null} width={1000} title={t('planVersions.title', { n: open ?? '' })} destroyOnHidden>
        {snapshot.isPending && <Skeleton active />}
        {snapshot.isError && <Alert type="error" showIcon title={errorMessage(snapshot.error, t)} />}
        {snapshot.data !== undefined && (
          <PlanDocument
            model={modelFromVersion(snapshot.data)}
            // The names as the version recorded them, so a later rename does not rewrite a signed text.
            nameOf={(ref) => snapshot.data.names[`${ref.type}:${ref.id}`] ?? directory.nameOf(ref)}
            withAppendix
          />
        )}
      </Modal>
    </>
  );
}
