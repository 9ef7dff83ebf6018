import { Flex, Tooltip, Typography } from 'antd';
import type { MatrixCellDto } from '../../shared/schemas/progress-matrix';
import { useT } from '../i18n/I18nProvider';

/** One cell of the follow-up matrix: done / late / coming due, each with its own colour, and what it adds up to. */
export function MatrixCell({ cell }: { cell: MatrixCellDto }) {
  const t = useT();
  if (cell.total === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  const details = [
    `${t('followUp.done')}: ${cell.done}`,
    cell.doneLate > 0 ? t('followUp.doneLate', { count: cell.doneLate }) : null,
    `${t('followUp.late')}: ${cell.late}`,
    `${t('followUp.due')}: ${cell.due}`,
    cell.notApplicable > 0 ? `${t('followUp.notApplicable')}: ${cell.notApplicable}` : null,
    cell.undated > 0 ? t('followUp.undated', { count: cell.undated }) : null,
  ].filter(Boolean);
  return (
    <Tooltip title={details.join(' · ')}>
      <Flex gap={6} className="matrix-cell" aria-label={details.join(', ')}>
        <span className="matrix-done" data-count={cell.done}>{cell.done}</span>
        <span className={cell.late > 0 ? 'matrix-late' : 'matrix-zero'}>{cell.late}</span>
        <span className="matrix-due">{cell.due}</span>
        {cell.undated > 0 && <span className="matrix-undated">+{cell.undated}</span>}
      </Flex>
    </Tooltip>
  );
}

export function MatrixLegend() {
  const t = useT();
  return (
    <Flex gap="middle" wrap align="center" className="matrix-legend">
      <span className="matrix-done">{t('followUp.done')}</span>
      <span className="matrix-late">{t('followUp.late')}</span>
      <span className="matrix-due">{t('followUp.due')}</span>
      <span className="matrix-undated">{t('followUp.undatedLegend')}</span>
      <Typography.Text type="secondary">{t('followUp.legend')}</Typography.Text>
    </Flex>
  );
}
