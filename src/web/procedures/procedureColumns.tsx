import { Space, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import type { ProcedureSummaryDto } from '../../shared/schemas/procedures';
import { formatDate } from '../format/dates';
import type { Translate } from '../i18n/I18nProvider';
import { levelLabel, PostingStandingTag, postingPlaceLabel, procedurePagePath, ProcedureStatusTag, scopeLabel } from './labels';

type Row = ProcedureSummaryDto;

/** Code and name, a link to the procedure; on a phone its status and posting go under it instead of in columns of their own. */
function nameCell(p: Row, narrow: boolean) {
  return (
    <Space orientation="vertical" size={2}>
      <Typography.Text type="secondary" className="procedure-code">
        {p.code}
      </Typography.Text>
      <Link to={procedurePagePath(p.id)} onClick={(e) => e.stopPropagation()} className="procedure-name-link">
        {p.name}
      </Link>
      {narrow && (
        <Space size={[0, 4]} wrap>
          <ProcedureStatusTag status={p.status} />
          <PostingStandingTag standing={p.standing} status={p.status} />
          <Typography.Text type="secondary" className="procedure-meta">
            {p.field}
          </Typography.Text>
        </Space>
      )}
    </Space>
  );
}

function postingCell(t: Translate, p: Row) {
  return (
    <Space orientation="vertical" size={2}>
      <PostingStandingTag standing={p.standing} status={p.status} />
      {p.lastPosting && (
        <Typography.Text type="secondary" className="procedure-meta">
          {t('procedures.lastPosted', { date: formatDate(p.lastPosting.postedOn), place: postingPlaceLabel(t, p.lastPosting.place) })}
        </Typography.Text>
      )}
    </Space>
  );
}

export function procedureColumns(t: Translate, narrow: boolean): TableColumnsType<Row> {
  const name = { key: 'name', title: t('procedures.name'), render: (_: unknown, p: Row) => nameCell(p, narrow) };
  if (narrow) return [name];
  return [
    name,
    { key: 'field', title: t('procedures.field'), width: 170, dataIndex: 'field' },
    {
      key: 'kind',
      title: t('procedures.scopeAndLevel'),
      width: 160,
      render: (_, p) => (
        <Space orientation="vertical" size={0}>
          <span>{scopeLabel(t, p.scope)}</span>
          <Typography.Text type="secondary" className="procedure-meta">
            {levelLabel(t, p.level)}
          </Typography.Text>
        </Space>
      ),
    },
    { key: 'status', title: t('procedures.status'), width: 150, render: (_, p) => <ProcedureStatusTag status={p.status} /> },
    { key: 'posting', title: t('procedures.posting'), width: 210, render: (_, p) => postingCell(t, p) },
  ];
}
