import { Alert, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { AssessmentDto, ScoreChangeDto } from '../api/types';
import { errorMessage } from '../forms/errors';
import { formatDateTime } from '../format/dates';
import { useT, type Translate } from '../i18n/I18nProvider';
import { useNarrowScreen } from '../layout/useNarrowScreen';
import { pointsOrDash } from './labels';
import { useScoreHistory } from './queries';

type Row = ScoreChangeDto & { key: number };

/** Every change of a score, newest first: who changed it, when, from what to what, and why. */
export function ScoreHistory({ assessment: a }: { assessment: AssessmentDto }) {
  const t = useT();
  const narrow = useNarrowScreen('md');
  const history = useScoreHistory(a.id);
  const names = new Map(a.criteria.map((c) => [c.code, c.name]));
  if (history.isError) return <Alert type="error" showIcon title={errorMessage(history.error, t)} />;
  return (
    <Table<Row>
      size="small"
      loading={history.isPending}
      dataSource={(history.data?.items ?? []).map((item, key) => ({ ...item, key }))}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      scroll={narrow ? { x: 720 } : undefined}
      locale={{ emptyText: t('scoring.noHistory') }}
      columns={columns(t, names)}
    />
  );
}

function columns(t: Translate, names: Map<string, string>): TableColumnsType<Row> {
  return [
    { key: 'at', title: t('scoring.history.at'), width: 140, render: (_, r) => formatDateTime(r.at) },
    {
      key: 'criterion',
      title: t('scoring.history.criterion'),
      render: (_, r) => (
        <>
          <strong>{r.criterionCode}</strong> <Typography.Text type="secondary">{names.get(r.criterionCode)}</Typography.Text>
        </>
      ),
    },
    { key: 'stage', title: t('scoring.history.stage'), width: 120, render: (_, r) => <Tag color={r.stage === 'review' ? 'orange' : 'blue'}>{t(`scoring.stage.${r.stage}`)}</Tag> },
    // A reviewer keeping the body's score is recorded too: it reads as accepted, not as a change.
    { key: 'change', title: t('scoring.history.change'), width: 120, render: (_, r) => (r.stage === 'review' && r.from === r.to ? t('scoring.history.accepted', { points: pointsOrDash(r.to) }) : `${pointsOrDash(r.from)} → ${pointsOrDash(r.to)}`) },
    { key: 'reason', title: t('scoring.history.reason'), render: (_, r) => r.reason ?? '' },
    { key: 'by', title: t('scoring.history.by'), width: 170, render: (_, r) => r.by ?? '' },
  ];
}
