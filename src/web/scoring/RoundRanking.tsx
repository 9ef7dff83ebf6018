import { Alert, Card, Skeleton, Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import type { RoundDto, RoundResultsDto } from '../api/types';
import { errorMessage } from '../forms/errors';
import { useT, type Translate } from '../i18n/I18nProvider';
import { DownloadMenu } from '../layout/DownloadMenu';
import { useNarrowScreen } from '../layout/useNarrowScreen';
import { useMe } from '../session/MeContext';
import { pointsText } from './criteria-model';
import { lastYearText } from './labels';
import { useRoundResults } from './queries';
import { RankingChart } from './RankingChart';

type Row = RoundResultsDto['rows'][number];

/**
 * The ranking: every body's points per area, total, class and rank, last year's beside, as a table and a
 * chart, with the files to send on. Before publication the department of health sees it as a preview.
 */
export function RoundRanking({ round }: { round: RoundDto }) {
  const t = useT();
  const me = useMe();
  const narrow = useNarrowScreen('md');
  const results = useRoundResults(round.id, true);
  if (results.isPending) return <Skeleton active />;
  if (results.isError) return <Alert type="error" showIcon title={errorMessage(results.error, t)} />;
  const r = results.data;
  const mine = new Set(me.roles.map((g) => g.organization.bodyId));
  const files = [
    { key: 'xlsx', label: t('scoring.download.xlsx'), href: `/api/scoring/rounds/${round.id}/results.xlsx` },
    { key: 'docx', label: t('scoring.download.docx'), href: `/api/scoring/rounds/${round.id}/results.docx` },
  ];
  return (
    <Card
      size="small"
      className="scoring-card"
      title={
        <Space size={8} wrap>
          {t('scoring.ranking')}
          {!r.published && <Tag color="orange">{t('scoring.preview')}</Tag>}
        </Space>
      }
      extra={<DownloadMenu label={t('common.download')} files={files} />}
    >
      <Space size={[6, 6]} wrap className="scoring-class-counts">
        <Typography.Text type="secondary">{t('scoring.classCounts')}:</Typography.Text>
        {r.classCounts.map((c) => (
          <Tag key={c.name}>{t('scoring.classCount', { name: c.name, n: c.count })}</Tag>
        ))}
      </Space>
      <Table<Row>
        rowKey={(row) => row.organization.id}
        size="middle"
        dataSource={r.rows}
        pagination={false}
        scroll={narrow ? { x: 280 + r.areas.length * 64 } : undefined}
        rowClassName={(row) => (mine.has(row.organization.id) ? 'scoring-own-row' : '')}
        columns={columns(t, r, narrow)}
      />
      <RankingChart results={r} narrow={narrow} />
    </Card>
  );
}

/** "91 · Xuất sắc": a body's total and class, as the phone shows them under its name. */
const totalText = (row: Row) => [pointsText(row.total), row.className].filter(Boolean).join(' · ');

function columns(t: Translate, r: RoundResultsDto, narrow: boolean): TableColumnsType<Row> {
  const areas = r.areas.map((area, i) => ({
    key: `area-${area.code}`,
    // The area's code keeps the table narrow; its name and maximum are on the tooltip and for screen readers.
    title: (
      <Tooltip title={`${area.name} (${pointsText(area.maxPoints)})`}>
        <span>
          {area.code}
          <span className="scoring-sr-only">. {area.name}</span>
        </span>
      </Tooltip>
    ),
    width: 64,
    align: 'right' as const,
    render: (_: unknown, row: Row) => pointsText(row.areas[i]?.points ?? 0),
  }));
  const rank = { key: 'rank', title: t('scoring.rank'), width: narrow ? 56 : 70, align: 'center' as const, fixed: 'left' as const, render: (_: unknown, row: Row) => <strong>{row.rank}</strong> };
  // On a phone the body's total, class and last year stay beside its name; the areas scroll after them.
  if (narrow) {
    return [
      rank,
      {
        key: 'body',
        title: t('scoring.body'),
        width: 224,
        render: (_, row) => (
          <Space orientation="vertical" size={0}>
            <span>{row.organization.name}</span>
            <strong>{totalText(row)}</strong>
            <Typography.Text type="secondary" className="scoring-meta">
              {t('scoring.lastYear')}: {lastYearText(t, row.lastYear)}
            </Typography.Text>
          </Space>
        ),
      },
      ...areas,
    ];
  }
  return [
    rank,
    { key: 'body', title: t('scoring.body'), width: 220, render: (_, row) => row.organization.name },
    ...areas,
    { key: 'total', title: t('scoring.totalOf', { max: pointsText(r.maxPoints) }), width: 110, align: 'right', render: (_, row) => <strong>{pointsText(row.total)}</strong> },
    { key: 'class', title: t('scoring.class'), width: 110, render: (_, row) => row.className ?? '—' },
    { key: 'last', title: t('scoring.lastYear'), width: 170, render: (_, row) => lastYearText(t, row.lastYear) },
  ];
}
