import { Card, Typography } from 'antd';
import { useMemo } from 'react';
import type { CriteriaSetDto } from '../api/types';
import { useT } from '../i18n/I18nProvider';
import { useNarrowScreen } from '../layout/useNarrowScreen';
import { draftFrom, flatRows } from './criteria-model';
import { CriteriaBands } from './CriteriaBands';
import { CriteriaTreeCards } from './CriteriaTreeCards';
import { CriteriaTreeTable } from './CriteriaTreeTable';
import './criteria-sets.css';

/** A saved set read: its classes, how many of its criteria the system proposes a score for, and the tree. */
export function CriteriaSetView({ set }: { set: CriteriaSetDto }) {
  const t = useT();
  const narrow = useNarrowScreen();
  const tree = useMemo(() => draftFrom(set.areas), [set.areas]);
  const proposed = flatRows(tree).filter((r) => r.node.rule?.figure).length;
  return (
    <>
      <Card size="small" className="criteria-card" title={t('scoring-sets.bands')}>
        <CriteriaBands bands={set.bands} total={set.maxPoints} />
      </Card>
      <Card size="small" className="criteria-card" title={t('scoring-sets.criteria')}>
        {proposed > 0 && <Typography.Paragraph type="secondary">{t('scoring-sets.rulesNote', { n: proposed })}</Typography.Paragraph>}
        {narrow ? <CriteriaTreeCards tree={tree} /> : <CriteriaTreeTable tree={tree} />}
      </Card>
    </>
  );
}
