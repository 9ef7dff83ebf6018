import { Table, Typography, type TableColumnsType } from 'antd';
import { useT, type Translate } from '../i18n/I18nProvider';
import { flatRows, leafCount, pointsText, totalPoints, type DraftCriterion, type FlatRow } from './criteria-model';
import { CriteriaRuleTag } from './CriteriaRuleTag';
import './criteria-sets.css';

/** Messages about rows, by the row's code: what a sheet could not read, what the server refused. */
export type CriteriaFlags = ReadonlyMap<string, readonly string[]>;

/** A guide or evidence as written, its line breaks kept. */
export function CriteriaText({ text }: { text: string }) {
  return text ? <span className="criteria-text">{text}</span> : <Typography.Text type="secondary">—</Typography.Text>;
}

export function CriteriaFlagMessages({ messages }: { messages: readonly string[] | undefined }) {
  if (!messages?.length) return null;
  return (
    <ul className="criteria-flags">
      {messages.map((m) => (
        <li key={m}>
          <Typography.Text type="danger">{m}</Typography.Text>
        </li>
      ))}
    </ul>
  );
}

export const depthClass = (row: FlatRow) => `criteria-row criteria-depth-${row.depth}${row.node.children.length > 0 ? ' criteria-parent' : ''}`;

function columns(t: Translate, flags: CriteriaFlags | undefined): TableColumnsType<FlatRow> {
  return [
    { key: 'code', title: t('scoring-sets.col.code'), width: 80, render: (_, r) => <span className="criteria-code">{r.node.code}</span> },
    {
      key: 'name',
      title: t('scoring-sets.col.name'),
      render: (_, r) => (
        <div className="criteria-name-cell">
          <span className="criteria-name">{r.node.name}</span>
          <CriteriaRuleTag rule={r.node.rule} />
          <CriteriaFlagMessages messages={flags?.get(r.node.code)} />
        </div>
      ),
    },
    { key: 'points', title: t('scoring-sets.col.points'), width: 100, align: 'right', render: (_, r) => (r.node.maxPoints === null ? '—' : pointsText(r.node.maxPoints)) },
    { key: 'guide', title: t('scoring-sets.col.guide'), width: '30%', render: (_, r) => (r.node.children.length === 0 || r.node.guide ? <CriteriaText text={r.node.guide} /> : null) },
    { key: 'evidence', title: t('scoring-sets.col.evidence'), width: '20%', render: (_, r) => (r.node.children.length === 0 || r.node.evidence ? <CriteriaText text={r.node.evidence} /> : null) },
  ];
}

/** The set as the department reads it on paper: one row per criterion, areas in bold, the total at the foot. */
export function CriteriaTreeTable({ tree, flags }: { tree: DraftCriterion[]; flags?: CriteriaFlags }) {
  const t = useT();
  return (
    <Table<FlatRow>
      className="criteria-table"
      size="small"
      rowKey={(r) => r.node.key}
      dataSource={flatRows(tree)}
      pagination={false}
      rowClassName={depthClass}
      columns={columns(t, flags)}
      summary={() => (
        <Table.Summary.Row className="criteria-total-row">
          <Table.Summary.Cell index={0} colSpan={2}>
            {t('scoring-sets.total')}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={2} align="right">
            {pointsText(totalPoints(tree))}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={3} colSpan={2}>
            {t('scoring-sets.scoredCount', { n: leafCount(tree) })}
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
    />
  );
}
