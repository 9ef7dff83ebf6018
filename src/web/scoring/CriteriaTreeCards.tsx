import { Card, Typography } from 'antd';
import { useT } from '../i18n/I18nProvider';
import { flatRows, leafCount, pointsText, totalPoints, type DraftCriterion } from './criteria-model';
import { CriteriaRuleTag } from './CriteriaRuleTag';
import { CriteriaFlagMessages, CriteriaText, depthClass, type CriteriaFlags } from './CriteriaTreeTable';
import './criteria-sets.css';

const points = (p: number | null) => (p === null ? '—' : pointsText(p));

/** On a phone: one card an area, its criteria stacked inside, each with its guide and evidence under it. */
export function CriteriaTreeCards({ tree, flags }: { tree: DraftCriterion[]; flags?: CriteriaFlags }) {
  const t = useT();
  return (
    <div className="criteria-cards">
      {tree.map((area, i) => (
        <Card
          key={area.key}
          size="small"
          title={
            <span className="criteria-card-title">
              {area.code}. {area.name}
            </span>
          }
          extra={<strong>{t('scoring-sets.pointsShort', { points: points(area.maxPoints) })}</strong>}
        >
          <CriteriaFlagMessages messages={flags?.get(area.code)} />
          {flatRows(area.children, [i]).map((row) => (
            <div key={row.node.key} className={`criteria-card-row ${depthClass(row)}`}>
              <div className="criteria-card-head">
                <span>
                  <span className="criteria-code">{row.node.code}</span> <span className="criteria-name">{row.node.name}</span>
                </span>
                <strong className="criteria-card-points">{points(row.node.maxPoints)}</strong>
              </div>
              <CriteriaRuleTag rule={row.node.rule} />
              <CriteriaFlagMessages messages={flags?.get(row.node.code)} />
              {row.node.guide && (
                <div className="criteria-card-detail">
                  <Typography.Text type="secondary">{t('scoring-sets.col.guide')}: </Typography.Text>
                  <CriteriaText text={row.node.guide} />
                </div>
              )}
              {row.node.evidence && (
                <div className="criteria-card-detail">
                  <Typography.Text type="secondary">{t('scoring-sets.col.evidence')}: </Typography.Text>
                  <CriteriaText text={row.node.evidence} />
                </div>
              )}
            </div>
          ))}
        </Card>
      ))}
      <Card size="small" className="criteria-total-card">
        <strong>{t('scoring-sets.totalLine', { points: pointsText(totalPoints(tree)), n: leafCount(tree) })}</strong>
      </Card>
    </div>
  );
}
