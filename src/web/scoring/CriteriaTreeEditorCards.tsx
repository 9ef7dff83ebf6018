import { Empty, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../i18n/I18nProvider';
import { CriteriaCodeInput, CriteriaEvidenceInput, CriteriaGuideInput, CriteriaNameInput, CriteriaPointsInput } from './CriteriaFields';
import { CriteriaRowActions } from './CriteriaRowActions';
import { CriteriaRuleTag } from './CriteriaRuleTag';
import { editorRows, isInvalid, type TreeEditorProps } from './CriteriaTreeEditor';
import { CriteriaFlagMessages, depthClass } from './CriteriaTreeTable';
import './criteria-sets.css';

/** A field with its caption above it, as a phone's narrow form reads best. */
function Captioned({ caption, children }: { caption: string; children: ReactNode }) {
  return (
    <div className="criteria-card-field">
      <Typography.Text type="secondary" className="criteria-card-caption" aria-hidden>
        {caption}
      </Typography.Text>
      {children}
    </div>
  );
}

/** On a phone: each criterion a card of its fields, stacked, indented by level. */
export function CriteriaTreeEditorCards({ tree, edit, problems, flags }: TreeEditorProps) {
  const t = useT();
  const rows = editorRows(t, tree);
  if (rows.length === 0) return <Empty description={t('scoring-sets.emptyTree')} />;
  return (
    <div className="criteria-cards criteria-editor-cards">
      {rows.map((r) => {
        const field = { node: r.node, path: r.path, label: r.label, edit };
        const leaf = r.node.children.length === 0;
        return (
          <section key={r.node.key} className={`criteria-edit-card ${depthClass(r)}`} aria-label={r.label}>
            <div className="criteria-edit-card-head">
              <div className="criteria-edit-card-code">
                <CriteriaCodeInput {...field} invalid={isInvalid(problems, r, 'code')} />
              </div>
              <div className="criteria-edit-card-points">
                <CriteriaPointsInput {...field} invalid={isInvalid(problems, r, 'points')} />
              </div>
              <Typography.Text type="secondary" className="criteria-unit" aria-hidden>
                {t('scoring-sets.pointsUnit')}
              </Typography.Text>
              <CriteriaRowActions row={r} label={r.label} siblings={r.siblings} edit={edit} />
            </div>
            <Captioned caption={t('scoring-sets.col.name')}>
              <CriteriaNameInput {...field} invalid={isInvalid(problems, r, 'name')} />
            </Captioned>
            <CriteriaRuleTag rule={r.node.rule} />
            <CriteriaFlagMessages messages={flags?.get(r.node.code)} />
            {(leaf || r.node.guide) && (
              <Captioned caption={t('scoring-sets.col.guide')}>
                <CriteriaGuideInput {...field} />
              </Captioned>
            )}
            {(leaf || r.node.evidence) && (
              <Captioned caption={t('scoring-sets.col.evidence')}>
                <CriteriaEvidenceInput {...field} />
              </Captioned>
            )}
          </section>
        );
      })}
    </div>
  );
}
