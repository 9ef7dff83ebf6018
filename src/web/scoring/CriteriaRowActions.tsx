import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../i18n/I18nProvider';
import { addChild, MAX_DEPTH, moveAt, removeAt, type FlatRow } from './criteria-model';
import type { EditTree } from './CriteriaFields';

type Props = { row: FlatRow; label: string; siblings: number; edit: EditTree };

/** A row's buttons: add a child (not under a sub-criterion), move among its siblings, remove it with its children. */
export function CriteriaRowActions({ row, label, siblings, edit }: Props) {
  const t = useT();
  const index = row.path[row.path.length - 1]!;
  const button = (tip: string, name: string, icon: ReactNode, onClick?: () => void, extra: { danger?: boolean; disabled?: boolean } = {}) => (
    <Tooltip title={tip}>
      <Button type="text" size="small" icon={icon} aria-label={name} onClick={onClick} {...extra} />
    </Tooltip>
  );
  const remove = () => edit((tree) => removeAt(tree, row.path));
  const descendants = row.node.children.reduce((n, c) => n + 1 + c.children.length, 0);
  return (
    <span className="criteria-row-actions">
      {row.depth < MAX_DEPTH &&
        button(
          t(row.depth === 1 ? 'scoring-sets.addCriterion' : 'scoring-sets.addSubCriterion'),
          t(row.depth === 1 ? 'scoring-sets.addCriterionTo' : 'scoring-sets.addSubCriterionTo', { row: label }),
          <PlusOutlined aria-hidden />,
          () => edit((tree) => addChild(tree, row.path)),
        )}
      {button(t('scoring-sets.moveUp'), t('scoring-sets.moveUpRow', { row: label }), <ArrowUpOutlined aria-hidden />, () => edit((tree) => moveAt(tree, row.path, -1)), { disabled: index === 0 })}
      {button(t('scoring-sets.moveDown'), t('scoring-sets.moveDownRow', { row: label }), <ArrowDownOutlined aria-hidden />, () => edit((tree) => moveAt(tree, row.path, 1)), { disabled: index === siblings - 1 })}
      {descendants > 0 ? (
        <Tooltip title={t('common.delete')}>
          <Popconfirm title={t('scoring-sets.removeWithChildren', { row: label, n: descendants })} okText={t('common.delete')} cancelText={t('common.cancel')} okButtonProps={{ danger: true }} onConfirm={remove}>
            <Button type="text" size="small" danger icon={<DeleteOutlined aria-hidden />} aria-label={t('scoring-sets.removeRow', { row: label })} />
          </Popconfirm>
        </Tooltip>
      ) : (
        button(t('common.delete'), t('scoring-sets.removeRow', { row: label }), <DeleteOutlined aria-hidden />, remove, { danger: true })
      )}
    </span>
  );
}
