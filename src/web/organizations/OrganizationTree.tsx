import { Empty, Input, Space, Switch, Tag, Tree, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { foldText } from '../../shared/fold';
import type { OrganizationDto } from '../api/types';
import { kindLabel } from '../format/labels';
import { useT } from '../i18n/I18nProvider';
import { ancestorIds, buildTree, type OrgNode } from './tree';

type TreeItem = { key: string; title: string; org: OrganizationDto; children: TreeItem[] };

function toTreeItems(nodes: OrgNode[]): TreeItem[] {
  return nodes.map(({ org, children }) => ({ key: org.id, title: org.name, org, children: toTreeItems(children) }));
}

type Props = { items: readonly OrganizationDto[]; selectedId: string | null; onSelect: (id: string) => void };

export function OrganizationTree({ items, selectedId, onSelect }: Props) {
  const t = useT();
  const [search, setSearch] = useState('');
  const [showRetired, setShowRetired] = useState(true);
  const byId = useMemo(() => new Map(items.map((o) => [o.id, o])), [items]);
  const [expanded, setExpanded] = useState<string[]>(() => initialExpanded(items, selectedId, byId));

  useEffect(() => {
    // A node chosen from elsewhere (just created, or picked in a dialog) must be visible in the tree.
    if (!selectedId) return;
    const above = ancestorIds(selectedId, byId).slice(1);
    setExpanded((open) => (above.every((id) => open.includes(id)) ? open : [...new Set([...open, ...above])]));
  }, [selectedId, byId]);

  const folded = foldText(search);
  const visible = useMemo(() => {
    const kept = showRetired ? items : items.filter((o) => !o.retiredAt);
    if (!folded) return kept;
    // Keep each match with the path down to it, so the match is shown in its place.
    const shown = new Set<string>();
    for (const o of kept) if (foldText(`${o.name} ${o.code}`).includes(folded)) for (const id of ancestorIds(o.id, byId)) shown.add(id);
    return kept.filter((o) => shown.has(o.id));
  }, [items, byId, showRetired, folded]);
  const treeData = useMemo(() => toTreeItems(buildTree(visible)), [visible]);

  return (
    <Space orientation="vertical" className="full-width">
      <Input.Search allowClear placeholder={t('org.searchPlaceholder')} value={search} onChange={(e) => setSearch(e.target.value)} />
      <label className="inline-switch">
        <Switch size="small" checked={showRetired} onChange={setShowRetired} /> {t('org.showRetired')}
      </label>
      {treeData.length === 0 ? (
        <Empty description={t('org.noneFound')} />
      ) : (
        <Tree<TreeItem>
          className="org-tree"
          blockNode
          showLine
          treeData={treeData}
          selectedKeys={selectedId ? [selectedId] : []}
          expandedKeys={folded ? visible.map((o) => o.id) : expanded}
          onExpand={(keys) => setExpanded(keys.map(String))}
          onSelect={(keys) => {
            const key = keys[0];
            if (key !== undefined) onSelect(String(key));
          }}
          titleRender={(node) => <OrganizationTitle org={node.org} />}
        />
      )}
    </Space>
  );
}

function OrganizationTitle({ org }: { org: OrganizationDto }) {
  const t = useT();
  return (
    <span className={org.retiredAt ? 'org-title org-title-retired' : 'org-title'}>
      <span className="org-title-name">{org.name}</span>{' '}
      <Typography.Text type="secondary" className="org-title-code">
        {org.code}
      </Typography.Text>{' '}
      <Tag className="org-kind-tag" color={org.isBody ? 'blue' : undefined}>
        {kindLabel(t, org.kind)}
      </Tag>
      {org.retiredAt && <Tag color="default">{t('org.retired')}</Tag>}
    </span>
  );
}

/** Open the top of the tree and the way down to the selected node; deeper levels open on demand. */
function initialExpanded(items: readonly OrganizationDto[], selectedId: string | null, byId: ReadonlyMap<string, OrganizationDto>): string[] {
  const roots = items.filter((o) => !o.parentId || !byId.has(o.parentId)).map((o) => o.id);
  return [...new Set([...roots, ...(selectedId ? ancestorIds(selectedId, byId) : [])])];
}
