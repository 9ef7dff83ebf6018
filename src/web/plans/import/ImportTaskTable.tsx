import { Input, Table, Tag, TreeSelect, Typography } from 'antd';
import type { ImportedTask } from '../../../shared/schemas/plan-import';
import { foldText } from '../../../shared/fold';
import { useT } from '../../i18n/I18nProvider';
import { filterTreeOption, type TreeOption } from '../../organizations/OrganizationTreeSelect';
import { proposalKey, type ChoiceKey } from './choices';

/** A task under review: what the document wrote for its lead and coordinators, beside what is chosen for them. */
export type ReviewTask = ImportedTask & { writtenLead: string | null; writtenCoordinators: string[] };

type Props = {
  tasks: ReviewTask[];
  options: TreeOption[];
  proposalNames: string[];
  /** New departments are added to the tree by an administrator; others may still choose an existing node or an external body. */
  canCreateUnits: boolean;
  onChange: (tasks: ReviewTask[]) => void;
};

/** Offers, beside the body's tree, groups and registry, to create what the document names but the tree lacks. */
function withProposals(options: TreeOption[], names: string[], canCreateUnits: boolean, t: ReturnType<typeof useT>): TreeOption[] {
  if (names.length === 0) return options;
  const children = names.flatMap((name) => [
    { value: proposalKey({ kind: 'new_unit', name }), title: `${t('planImport.newUnit', { name })}${canCreateUnits ? '' : ` ${t('planImport.adminOnly')}`}`, search: foldText(name), disabled: !canCreateUnits, children: [] },
    { value: proposalKey({ kind: 'new_external', name }), title: t('planImport.newExternal', { name }), search: foldText(name), children: [] },
  ]);
  return [{ value: 'header:proposals', title: t('planImport.proposals'), search: '', selectable: false, children }, ...options];
}

const picker = { showSearch: { filterTreeNode: filterTreeOption }, treeDefaultExpandAll: true, popupMatchSelectWidth: false, allowClear: true, className: 'full-width' };

/** The appendix as read: every cell editable, leads and coordinators picked from the body's tree. */
export function ImportTaskTable({ tasks, options, proposalNames, canCreateUnits, onChange }: Props) {
  const t = useT();
  const treeData = withProposals(options, proposalNames, canCreateUnits, t);
  const set = (i: number, patch: Partial<ReviewTask>) => onChange(tasks.map((task, j) => (j === i ? { ...task, ...patch } : task)));
  const text = (i: number, field: 'number' | 'task' | 'deadline' | 'output' | 'note', label: string, area = false) => {
    const value = tasks[i]![field] ?? '';
    const onChangeText = (v: string) => set(i, { [field]: field === 'task' ? v : v.trim() ? v : null });
    return area ? (
      <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} aria-label={label} value={value} onChange={(e) => onChangeText(e.target.value)} />
    ) : (
      <Input aria-label={label} value={value} onChange={(e) => onChangeText(e.target.value)} />
    );
  };
  const written = (name: string | null) => name && <Typography.Text type="secondary" className="plan-import-written">{t('planImport.written', { name })}</Typography.Text>;

  return (
    <Table<ReviewTask>
      size="small"
      rowKey={(_, i) => String(i)}
      dataSource={tasks}
      pagination={false}
      tableLayout="fixed"
      scroll={{ x: 1200 }}
      columns={[
        { title: t('planImport.taskNumber'), width: 70, render: (_, __, i) => text(i, 'number', t('planImport.taskNumber')) },
        {
          title: t('planImport.task'),
          width: 320,
          render: (_, task, i) => (
            <>
              {text(i, 'task', t('planImport.task'), true)}
              {/* Read from the plan's sentences rather than a table row: less sure, so the reviewer is asked to look. */}
              {task.origin === 'text' && <Tag color="gold" className="plan-import-from-text">{t('planImport.fromText')}</Tag>}
            </>
          ),
        },
        {
          title: t('planImport.lead'),
          width: 230,
          render: (_, task, i) => (
            <>
              <TreeSelect<ChoiceKey> {...picker} treeData={treeData} aria-label={t('planImport.lead')} data-testid={`import-lead-${i}`} value={task.lead ?? undefined} onChange={(v) => set(i, { lead: v ?? null })} />
              {written(task.writtenLead)}
            </>
          ),
        },
        {
          title: t('planImport.coordinators'),
          width: 230,
          render: (_, task, i) => (
            <>
              <TreeSelect<ChoiceKey[]> {...picker} multiple treeData={treeData} aria-label={t('planImport.coordinators')} value={task.coordinators} onChange={(v) => set(i, { coordinators: v ?? [] })} />
              {written(task.writtenCoordinators.join('; ') || null)}
            </>
          ),
        },
        { title: t('planImport.deadline'), width: 150, render: (_, __, i) => text(i, 'deadline', t('planImport.deadline')) },
        { title: t('planImport.output'), width: 150, render: (_, __, i) => text(i, 'output', t('planImport.output')) },
        { title: t('planImport.note'), width: 120, render: (_, __, i) => text(i, 'note', t('planImport.note')) },
      ]}
    />
  );
}
