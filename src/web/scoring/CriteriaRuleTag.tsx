import { ThunderboltOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { FIGURE_LABELS } from '../../shared/scoring-vocabulary';
import { useT } from '../i18n/I18nProvider';
import type { CriterionRule } from './criteria-model';

const isFigure = (figure: string | null): figure is keyof typeof FIGURE_LABELS => figure !== null && figure in FIGURE_LABELS;

/**
 * What the system makes of a leaf's guide: a rule on one of its own figures (it proposes the score to the
 * body), or steps on a share that name no figure it knows (the body enters the share itself). A guide
 * that is no rule shows nothing: it is scored by hand as written.
 */
export function CriteriaRuleTag({ rule }: { rule: CriterionRule | null }) {
  const t = useT();
  if (!rule) return null;
  if (isFigure(rule.figure)) {
    return (
      <Tag color="blue" icon={<ThunderboltOutlined aria-hidden />} className="criteria-rule-tag">
        {t('scoring-sets.rule.figure', { figure: t(`scoring-sets.figure.${rule.figure}`) })}
      </Tag>
    );
  }
  return (
    <Tooltip title={t('scoring-sets.rule.stepsHelp')}>
      <Tag className="criteria-rule-tag">{t('scoring-sets.rule.steps', { n: rule.steps })}</Tag>
    </Tooltip>
  );
}
