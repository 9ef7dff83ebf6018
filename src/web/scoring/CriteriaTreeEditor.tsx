import { Table, type TableColumnsType } from 'antd';
import { useT, type Translate } from '../i18n/I18nProvider';
import { flatRows, nodeAt, type DraftCriterion, type DraftProblem, type FlatRow } from './criteria-model';
import { CriteriaCodeInput, CriteriaEvidenceInput, CriteriaGuideInput, CriteriaNameInput, CriteriaPointsInput, type EditTree } from './CriteriaFields';
import { CriteriaRowActions } from './CriteriaRowActions';
import { CriteriaRuleTag } from './CriteriaRuleTag';
import { CriteriaFlagMessages, depthClass, type CriteriaFlags } from './CriteriaTreeTable';
import './criteria-sets.css';

export type TreeEditorProps = {
  tree: DraftCriterion[];
  edit: EditTree;
  /** Rows the person must still fill, shown once they tried to save. */
  problems: readonly DraftProblem[];
  flags?: CriteriaFlags;
};

type Row = FlatRow & { label: string; siblings: number };

/** How a row is named to a screen reader: its code, or its place while it has none. */
export function editorRows(t: Translate, tree: DraftCriterion[]): Row[] {
  return flatRows(tree).map((row, i) => ({
    ...row,
    label: row.node.code.trim() || t('scoring-sets.rowN', { n: i + 1 }),
    siblings: row.path.length === 1 ? tree.length : (nodeAt(tree, row.path.slice(0, -1))?.children.length ?? 0),
  }));
}

const isLeaf = (row: FlatRow) => row.node.children.length === 0;

export const isInvalid = (problems: readonly DraftProblem[], row: FlatRow, kind: DraftProblem['kind']) => problems.some((p) => p.key === row.node.key && p.kind === kind);

/** The set as a table of inputs, one row a criterion, indented by level (wide screens). */
export function CriteriaTreeEditor({ tree, edit, problems, flags }: TreeEditorProps) {
  const t = useT();
  const field = (r: Row) => ({ node: r.node, path: r.path, label: r.label, edit });
  const columns: TableColumnsType<Row> = [
    { key: 'code', title: t('scoring-sets.col.code'), width: 96, render: (_, r) => <CriteriaCodeInput {...field(r)} invalid={isInvalid(problems, r, 'code')} /> },
    {
      key: 'name',
      title: t('scoring-sets.col.name'),
      render: (_, r) => (
        <div className="criteria-name-cell criteria-indent">
          <CriteriaNameInput {...field(r)} invalid={isInvalid(problems, r, 'name')} />
          <CriteriaRuleTag rule={r.node.rule} />
          <CriteriaFlagMessages messages={flags?.get(r.node.code)} />
        </div>
      ),
    },
    { key: 'points', title: t('scoring-sets.col.points'), width: 112, align: 'right', render: (_, r) => <CriteriaPointsInput {...field(r)} invalid={isInvalid(problems, r, 'points')} /> },
    // Guides and evidence are the leaves' (the ones scored); a parent's shows only when a sheet gave it one.
    { key: 'guide', title: t('scoring-sets.col.guide'), width: '25%', render: (_, r) => (isLeaf(r) || r.node.guide ? <CriteriaGuideInput {...field(r)} /> : null) },
    { key: 'evidence', title: t('scoring-sets.col.evidence'), width: '15%', render: (_, r) => (isLeaf(r) || r.node.evidence ? <CriteriaEvidenceInput {...field(r)} /> : null) },
    { key: 'actions', title: t('common.actions'), width: 120, render: (_, r) => <CriteriaRowActions row={r} label={r.label} siblings={r.siblings} edit={edit} /> },
  ];
  return (
    <Table<Row>
      className="criteria-table criteria-editor"
      size="small"
      rowKey={(r) => r.node.key}
      dataSource={editorRows(t, tree)}
      pagination={false}
      rowClassName={depthClass}
      columns={columns}
      locale={{ emptyText: t('scoring-sets.emptyTree') }}
      scroll={{ x: 1100 }}
    />
  );
}
