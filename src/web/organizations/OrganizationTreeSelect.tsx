import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { foldText } from '../../shared/fold';
import type { OrganizationDto } from '../api/types';
import { buildTree, type OrgNode } from './tree';

/** A node of a tree picker; `search` holds the folded text the picker's search matches. */
export type TreeOption = { value: string; title: string; search: string; disabled?: boolean; selectable?: boolean; children: TreeOption[] };

/**
 * The nested options of a tree picker over organisations; `valueOf` lets a picker that mixes
 * organisations with other things (groups, external bodies) tell them apart.
 */
export function organizationTreeOptions(
  items: readonly OrganizationDto[],
  selectable: (org: OrganizationDto) => boolean,
  valueOf: (org: OrganizationDto) => string = (org) => org.id,
): TreeOption[] {
  const walk = (nodes: OrgNode[]): TreeOption[] =>
    nodes.map(({ org, children }) => ({
      value: valueOf(org),
      title: `${org.name} (${org.code})`,
      search: foldText(`${org.name} ${org.code}`),
      disabled: !selectable(org),
      children: walk(children),
    }));
  return walk(buildTree(items));
}

/** Matches a typed search against the folded text of an option, ignoring diacritics like the server's search. */
export const filterTreeOption = (input: string, node: unknown) => (node as TreeOption).search.includes(foldText(input));

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
  /** Needed where no form label names the field, as in a filter bar. */
  'aria-label'?: string;
};

const ANY = () => true;

/** Pick one or more organisations from the tree; search ignores diacritics like the server's. */
export function OrganizationTreeSelect({ items, selectable = ANY, multiple, ...rest }: Props) {
  const treeData = useMemo(() => organizationTreeOptions(items, selectable), [items, selectable]);
  return (
    <TreeSelect
      {...rest}
      treeData={treeData}
      multiple={multiple}
      showSearch={{ filterTreeNode: filterTreeOption }}
      treeDefaultExpandAll={items.length <= 200}
      popupMatchSelectWidth={false}
      className={rest.className ?? 'full-width'}
    />
  );
}
