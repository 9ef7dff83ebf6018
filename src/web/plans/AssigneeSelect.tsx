import { TreeSelect } from 'antd';
import type { AssigneeRef } from '../api/types';
import { filterTreeOption, type TreeOption } from '../organizations/OrganizationTreeSelect';
import { refFromKey, refKey } from './useAssigneeDirectory';

type Common = { options: TreeOption[]; placeholder?: string; status?: 'error'; id?: string; 'aria-label'?: string };
type Props = (Common & { multiple?: false; value: AssigneeRef | null; onChange: (value: AssigneeRef | null) => void }) | (Common & { multiple: true; value: AssigneeRef[]; onChange: (value: AssigneeRef[]) => void });

const refs = (keys: string[]) => keys.map(refFromKey).filter((r): r is AssigneeRef => r !== null);

/** Picks who carries a task out: a group of units, a node of the body's tree, or an external body. */
export function AssigneeSelect(props: Props) {
  const { options, placeholder, status, id } = props;
  const shared = {
    id,
    'aria-label': props['aria-label'],
    treeData: options,
    placeholder,
    status,
    variant: 'borderless' as const,
    showSearch: { filterTreeNode: filterTreeOption },
    treeDefaultExpandAll: true,
    popupMatchSelectWidth: false,
    allowClear: true,
    className: 'full-width',
  };
  if (props.multiple) {
    return <TreeSelect<string[]> {...shared} multiple value={props.value.map(refKey)} onChange={(keys) => props.onChange(refs(keys ?? []))} />;
  }
  return <TreeSelect<string> {...shared} value={props.value ? refKey(props.value) : undefined} onChange={(key) => props.onChange(key ? refFromKey(key) : null)} />;
}
