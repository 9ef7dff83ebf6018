import { Input, InputNumber } from 'antd';
import { useT } from '../i18n/I18nProvider';
import { pointsText, updateAt, type DraftCriterion, type Path } from './criteria-model';

/** A change to the tree being edited, applied to its latest state. */
export type EditTree = (change: (tree: DraftCriterion[]) => DraftCriterion[]) => void;

/** One field of one row: `label` names the row ("1.1.2", or "dòng 5" while it has no code) for screen readers. */
type Props = { node: DraftCriterion; path: Path; label: string; edit: EditTree; invalid?: boolean };

const status = (invalid: boolean | undefined) => (invalid ? 'error' : undefined);

export function CriteriaCodeInput({ node, path, label, edit, invalid }: Props) {
  const t = useT();
  return <Input value={node.code} maxLength={20} status={status(invalid)} aria-label={t('scoring-sets.field.code', { row: label })} onChange={(e) => edit((tree) => updateAt(tree, path, { code: e.target.value }))} />;
}

export function CriteriaNameInput({ node, path, label, edit, invalid }: Props) {
  const t = useT();
  return (
    <Input.TextArea
      value={node.name}
      maxLength={500}
      autoSize={{ minRows: 1, maxRows: 4 }}
      status={status(invalid)}
      aria-label={t('scoring-sets.field.name', { row: label })}
      onChange={(e) => edit((tree) => updateAt(tree, path, { name: e.target.value }))}
    />
  );
}

/** A leaf's maximum is written; a parent's is its children's sum, shown, never typed. */
export function CriteriaPointsInput({ node, path, label, edit, invalid }: Props) {
  const t = useT();
  if (node.children.length > 0) {
    return (
      <span className="criteria-sum" title={t('scoring-sets.sumHelp')}>
        {pointsText(node.maxPoints ?? 0)}
      </span>
    );
  }
  return (
    <InputNumber
      className="criteria-points-input"
      value={node.maxPoints}
      min={0}
      max={1000}
      // A whole step: antd writes every value with the step's decimals, and "2,00" is not how points are written.
      step={1}
      decimalSeparator=","
      status={status(invalid)}
      aria-label={t('scoring-sets.field.points', { row: label })}
      onChange={(value) => edit((tree) => updateAt(tree, path, { maxPoints: typeof value === 'number' ? value : null }))}
    />
  );
}

export function CriteriaGuideInput({ node, path, label, edit }: Props) {
  const t = useT();
  return (
    <Input.TextArea
      value={node.guide}
      maxLength={5000}
      autoSize={{ minRows: 1, maxRows: 8 }}
      placeholder={node.children.length === 0 ? t('scoring-sets.guidePlaceholder') : undefined}
      aria-label={t('scoring-sets.field.guide', { row: label })}
      onChange={(e) => edit((tree) => updateAt(tree, path, { guide: e.target.value }))}
    />
  );
}

export function CriteriaEvidenceInput({ node, path, label, edit }: Props) {
  const t = useT();
  return (
    <Input.TextArea
      value={node.evidence}
      maxLength={2000}
      autoSize={{ minRows: 1, maxRows: 6 }}
      aria-label={t('scoring-sets.field.evidence', { row: label })}
      onChange={(e) => edit((tree) => updateAt(tree, path, { evidence: e.target.value }))}
    />
  );
}
