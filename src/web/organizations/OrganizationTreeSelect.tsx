import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { foldText } from '../../shared/fold';
import type { OrganizationDto } from '../api/types';
import { buildTree, type OrgNode } from './tree';

type TreeOption = { value: string; title: string; search: string; disabled: boolean; children: TreeOption[] };

type Props = {
  items: readonly OrganizationDto[];
  /** Nodes that may be picked; the others stay visible (greyed) so the tree keeps its shape. */
  selectable?: (org: OrganizationDto) => boolean;
  value?: string | string[];
  onChange?: (value: string | string[] | undefined) => void;
  multiple?: boolean;
  placeholder?: string;
  allowClear?: boolean;
  id?: string;
  className?: string;
};

function toOptions(nodes: OrgNode[], selectable: (org: OrganizationDto) => boolean): TreeOption[] {
  return nodes.map(({ org, children }) => ({
    value: org.id,
    title: `${org.name} (${org.code})`,
    search: foldText(`${org.name} ${org.code}`),
    disabled: !selectable(org),
    children: toOptions(children, selectable),
  }));
}

/** Pick one or more organisations from the tree; search ignores diacritics like the server's. */
const ANY = () => true;

export function OrganizationTreeSelect({ items, selectable = ANY, multiple, ...rest }: Props) {
  const treeData = useMemo(() => toOptions(buildTree(items), selectable), [items, selectable]);
  return (
    <TreeSelect
      {...rest}
      treeData={treeData}
      multiple={multiple}
      showSearch={{ filterTreeNode: (input, node) => (node as unknown as TreeOption).search.includes(foldText(input)) }}
      treeDefaultExpandAll={items.length <= 200}
      popupMatchSelectWidth={false}
      className={rest.className ?? 'full-width'}
    />
  );
}
