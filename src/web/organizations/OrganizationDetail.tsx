import { DeleteOutlined, DragOutlined, EditOutlined, PlusOutlined, RollbackOutlined, StopOutlined } from '@ant-design/icons';
import { Button, Descriptions, Space, Tag } from 'antd';
import type { OrganizationDto } from '../api/types';
import { formatDateTime } from '../format/dates';
import { kindLabel } from '../format/labels';
import { useT } from '../i18n/I18nProvider';

type Props = {
  org: OrganizationDto;
  byId: ReadonlyMap<string, OrganizationDto>;
  busy: boolean;
  onAddChild: () => void;
  onEdit: () => void;
  onMove: () => void;
  onRetire: () => void;
  onRestore: () => void;
  onDelete: () => void;
};

export function OrganizationDetail({ org, byId, busy, onAddChild, onEdit, onMove, onRetire, onRestore, onDelete }: Props) {
  const t = useT();
  const parent = org.parentId ? byId.get(org.parentId) : undefined;
  const body = byId.get(org.bodyId);
  const retired = Boolean(org.retiredAt);
  const actions = [
    org.can.createChild && !retired && (
      <Button key="add" type="primary" icon={<PlusOutlined />} onClick={onAddChild} disabled={busy}>
        {t('org.addChild')}
      </Button>
    ),
    org.can.update && (
      <Button key="edit" icon={<EditOutlined />} onClick={onEdit} disabled={busy}>
        {t('common.edit')}
      </Button>
    ),
    org.can.move && (
      <Button key="move" icon={<DragOutlined />} onClick={onMove} disabled={busy}>
        {t('org.move')}
      </Button>
    ),
    org.can.retire && !retired && (
      <Button key="retire" icon={<StopOutlined />} onClick={onRetire} disabled={busy}>
        {t('org.retire')}
      </Button>
    ),
    org.can.retire && retired && (
      <Button key="restore" icon={<RollbackOutlined />} onClick={onRestore} disabled={busy}>
        {t('org.restore')}
      </Button>
    ),
    // The server still refuses to delete a node in use (409), and the page then offers to retire it.
    org.can.delete && (
      <Button key="delete" danger icon={<DeleteOutlined />} onClick={onDelete} disabled={busy}>
        {t('common.delete')}
      </Button>
    ),
  ].filter(Boolean);

  return (
    <Space orientation="vertical" size="middle" className="full-width">
      {actions.length > 0 && <Space wrap>{actions}</Space>}
      <Descriptions
        bordered
        size="small"
        column={1}
        items={[
          { key: 'name', label: t('org.name'), children: org.name },
          { key: 'code', label: t('org.code'), children: org.code },
          { key: 'kind', label: t('org.kind'), children: kindLabel(t, org.kind) },
          ...(org.isBody
            ? [
                { key: 'place', label: t('org.placeName'), children: org.placeName || '—' },
                { key: 'superior', label: t('org.superiorName'), children: org.superiorName || '—' },
                { key: 'documentCode', label: t('org.documentCode'), children: org.documentCode || org.code },
              ]
            : [{ key: 'body', label: t('org.body'), children: body?.name ?? '—' }]),
          { key: 'parent', label: t('org.parent'), children: parent?.name ?? '—' },
          {
            key: 'status',
            label: t('org.status'),
            children: retired ? <Tag>{t('org.retiredSince', { date: formatDateTime(org.retiredAt) })}</Tag> : <Tag color="green">{t('org.active')}</Tag>,
          },
          { key: 'updated', label: t('org.updatedAt'), children: formatDateTime(org.updatedAt) },
        ]}
      />
    </Space>
  );
}
