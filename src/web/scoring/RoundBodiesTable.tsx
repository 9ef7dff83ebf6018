import { Space, Table, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import type { RoundBodyDto, RoundDto } from '../api/types';
import { formatDate } from '../format/dates';
import { useT, type Translate } from '../i18n/I18nProvider';
import { useNarrowScreen } from '../layout/useNarrowScreen';
import { pointsText } from './criteria-model';
import { assessmentPath, lastYearText, StateTag } from './labels';

type Row = RoundBodyDto;

/** A class means something once the body has scored; nothing scored is not "Yếu". */
const classOf = (b: Row) => (b.scored > 0 && b.className ? b.className : '—');

/** Each body of the round: how far its self-assessment has gone, its totals before and after review, last year's beside. */
export function RoundBodiesTable({ round }: { round: RoundDto }) {
  const t = useT();
  const narrow = useNarrowScreen('md');
  return <Table<Row> rowKey="assessmentId" size="middle" dataSource={round.bodies} pagination={false} locale={{ emptyText: t('scoring.noBodiesInRound') }} columns={columns(t, round, narrow)} />;
}

function bodyCell(t: Translate, b: Row, round: RoundDto, narrow: boolean) {
  return (
    <Space orientation="vertical" size={2}>
      <Link to={assessmentPath(b.assessmentId)} className="scoring-round-link">
        {b.organization.name}
      </Link>
      {narrow && (
        <>
          <Space size={[6, 2]} wrap>
            <StateTag state={b.state} reopened={b.reopened} />
            <Typography.Text type="secondary">{t('scoring.scoredOf', { n: b.scored, total: round.criteriaSet.scoredCriteria })}</Typography.Text>
          </Space>
          <Typography.Text className="scoring-meta">
            {t('scoring.bodyTotalsLine', { self: pointsText(b.selfTotal), final: pointsText(b.finalTotal) })}
            {b.scored > 0 && b.className && ` · ${b.className}`}
          </Typography.Text>
          <Typography.Text type="secondary" className="scoring-meta">
            {t('scoring.evidenceCount', { n: b.evidenceCount })} · {t('scoring.changedCount', { n: b.changedByReview })} · {t('scoring.lastYear')}: {lastYearText(t, b.lastYear)}
          </Typography.Text>
        </>
      )}
    </Space>
  );
}

function columns(t: Translate, round: RoundDto, narrow: boolean): TableColumnsType<Row> {
  const body = { key: 'body', title: t('scoring.body'), render: (_: unknown, b: Row) => bodyCell(t, b, round, narrow) };
  if (narrow) return [body];
  return [
    body,
    {
      key: 'state',
      title: t('scoring.stateColumn'),
      width: 130,
      render: (_, b) => (
        <Space orientation="vertical" size={0}>
          <StateTag state={b.state} reopened={b.reopened} />
          {b.submittedAt && <Typography.Text type="secondary" className="scoring-meta">{formatDate(b.submittedAt)}</Typography.Text>}
        </Space>
      ),
    },
    { key: 'scored', title: t('scoring.scoredColumn'), width: 80, align: 'right', render: (_, b) => `${b.scored}/${round.criteriaSet.scoredCriteria}` },
    { key: 'evidence', title: t('scoring.evidenceColumn'), width: 110, align: 'right', render: (_, b) => b.evidenceCount },
    { key: 'self', title: t('scoring.selfTotal'), width: 90, align: 'right', render: (_, b) => pointsText(b.selfTotal) },
    { key: 'final', title: t('scoring.finalTotal'), width: 110, align: 'right', render: (_, b) => <strong>{pointsText(b.finalTotal)}</strong> },
    { key: 'class', title: t('scoring.class'), width: 100, render: (_, b) => classOf(b) },
    { key: 'changed', title: t('scoring.changedColumn'), width: 110, align: 'right', render: (_, b) => b.changedByReview },
    { key: 'last', title: t('scoring.lastYear'), width: 160, render: (_, b) => lastYearText(t, b.lastYear) },
  ];
}
