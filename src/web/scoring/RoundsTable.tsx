import { Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import type { RoundBodyDto, RoundHeadDto } from '../api/types';
import { formatDate } from '../format/dates';
import { useT, type Translate } from '../i18n/I18nProvider';
import { useNarrowScreen } from '../layout/useNarrowScreen';
import { useMe } from '../session/MeContext';
import { assessmentPath, PhaseTag, roundPath, StateTag } from './labels';
import { useRoundsDetail } from './queries';
import { roundTodos, type RoundTodo } from './round-todos';

type Row = RoundHeadDto & { own: RoundBodyDto[]; todos: RoundTodo[] };

const TODO_COLORS: Record<RoundTodo, string> = { selfAssess: 'blue', review: 'gold', publish: 'green' };

/** The rounds, newest first; a body's own assessment is one click away from its round's row. */
export function RoundsTable({ rounds, loading, emptyText }: { rounds: RoundHeadDto[]; loading: boolean; emptyText: string }) {
  const t = useT();
  const me = useMe();
  const narrow = useNarrowScreen('md');
  // A round of another department scores the person's body: its detail holds the body's own row.
  const scoringMe = rounds.filter((r) => r.organization.id !== me.organization.id);
  const details = useRoundsDetail(scoringMe.map((r) => r.id));
  const ownRows = new Map(scoringMe.map((r, i) => [r.id, details[i]?.data?.bodies ?? []]));
  const rows: Row[] = rounds.map((r) => {
    const own = ownRows.get(r.id) ?? [];
    return { ...r, own, todos: roundTodos(r, own, me.can.selfAssess) };
  });
  return (
    <Table<Row>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={rows}
      pagination={false}
      locale={{ emptyText }}
      columns={columns(t, narrow, me.organization.id)}
    />
  );
}

function Todos({ todos }: { todos: RoundTodo[] }) {
  const t = useT();
  if (todos.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Space size={[0, 4]} wrap>
      {todos.map((todo) => (
        <Tag key={todo} color={TODO_COLORS[todo]}>
          {t(`scoring.todo.${todo}`)}
        </Tag>
      ))}
    </Space>
  );
}

function nameCell(t: Translate, r: Row, narrow: boolean, myBodyId: string) {
  return (
    <Space orientation="vertical" size={2}>
      <Link to={roundPath(r.id)} className="scoring-round-link">
        {r.name}
      </Link>
      {r.organization.id !== myBodyId && <Typography.Text type="secondary">{r.organization.name}</Typography.Text>}
      {r.own.map((body) => (
        <Space key={body.assessmentId} size={[6, 2]} wrap>
          <Link to={assessmentPath(body.assessmentId)}>{t('scoring.ownAssessment', { name: body.organization.name })}</Link>
          <StateTag state={body.state} reopened={body.reopened} />
          <Typography.Text type="secondary">{t('scoring.scoredOf', { n: body.scored, total: r.criteriaSet.scoredCriteria })}</Typography.Text>
        </Space>
      ))}
      {narrow && (
        <>
          <Space size={[4, 4]} wrap>
            <PhaseTag phase={r.phase} label={r.phaseLabel} />
            {r.todos.length > 0 && <Todos todos={r.todos} />}
          </Space>
          <Typography.Text type="secondary" className="scoring-meta">
            {t('scoring.deadlinesLine', { self: formatDate(r.selfDeadline), review: formatDate(r.reviewDeadline) })} · {t('scoring.bodyCount', { n: r.bodyCount })}
          </Typography.Text>
        </>
      )}
    </Space>
  );
}

function columns(t: Translate, narrow: boolean, myBodyId: string): TableColumnsType<Row> {
  const name = { key: 'name', title: t('scoring.round'), render: (_: unknown, r: Row) => nameCell(t, r, narrow, myBodyId) };
  if (narrow) return [name];
  return [
    { key: 'year', title: t('scoring.year'), dataIndex: 'year', width: 80 },
    name,
    { key: 'phase', title: t('scoring.phase'), width: 190, render: (_, r) => <PhaseTag phase={r.phase} label={r.phaseLabel} /> },
    { key: 'self', title: t('scoring.selfDeadline'), width: 130, render: (_, r) => formatDate(r.selfDeadline) },
    { key: 'review', title: t('scoring.reviewDeadline'), width: 130, render: (_, r) => formatDate(r.reviewDeadline) },
    { key: 'bodies', title: t('scoring.bodies'), width: 90, align: 'right', render: (_, r) => r.bodyCount },
    { key: 'todo', title: t('scoring.todo'), width: 150, render: (_, r) => <Todos todos={r.todos} /> },
  ];
}
