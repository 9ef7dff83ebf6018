import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined, SubnodeOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../i18n/I18nProvider';
import './forms.css';

type Props = {
  /** Names the row in the buttons' accessible labels ("Xóa dòng 3"). */
  label: string;
  onInsertBelow?: () => void;
  onAddChild?: () => void;
  onUp?: () => void;
  onDown?: () => void;
  onDelete?: () => void;
};

/** The small buttons of an editable list's row; a missing handler leaves its button out (or disabled for moves). */
export function RowButtons({ label, onInsertBelow, onAddChild, onUp, onDown, onDelete }: Props) {
  const t = useT();
  const button = (title: string, icon: ReactNode, onClick: (() => void) | undefined, danger = false) => (
    <Tooltip title={title}>
      <Button type="text" size="small" icon={icon} danger={danger} disabled={!onClick} onClick={onClick} aria-label={`${title}: ${label}`} tabIndex={-1} />
    </Tooltip>
  );
  return (
    <span className="row-buttons">
      {onInsertBelow && button(t('rows.insertBelow'), <PlusOutlined />, onInsertBelow)}
      {onAddChild && button(t('rows.addChild'), <SubnodeOutlined />, onAddChild)}
      {button(t('rows.up'), <ArrowUpOutlined />, onUp)}
      {button(t('rows.down'), <ArrowDownOutlined />, onDown)}
      {onDelete && button(t('rows.delete'), <DeleteOutlined />, onDelete, true)}
    </span>
  );
}
