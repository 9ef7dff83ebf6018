import { Space, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import type { FeedbackSummaryDto } from '../api/types';
import { formatDate } from '../format/dates';
import type { Translate } from '../i18n/I18nProvider';
import { channelLabel, feedbackPagePath, FeedbackStateTag, TimelinessTag } from './labels';

type Row = FeedbackSummaryDto;

/** Only open items and those settled late carry a deadline tag: an item answered in time needs none. */
const timeliness = (f: Row) => (f.timeliness === 'on_time' && f.state !== 'received' && f.state !== 'assigned' ? null : <TimelinessTag timeliness={f.timeliness} />);

function subjectCell(t: Translate, f: Row, narrow: boolean) {
  return (
    <Space orientation="vertical" size={2}>
      <Typography.Text type="secondary" className="feedback-code">
        {f.trackingCode}
      </Typography.Text>
      <Link to={feedbackPagePath(f.id)} onClick={(e) => e.stopPropagation()} className="feedback-subject-link">
        {f.subject}
      </Link>
      {narrow && (
        <>
          <Space size={[0, 4]} wrap>
            <FeedbackStateTag state={f.state} />
            {timeliness(f)}
          </Space>
          <Typography.Text type="secondary" className="feedback-meta">
            {t('feedback.dueLine', { received: formatDate(f.receivedOn), due: formatDate(f.dueOn) })}
          </Typography.Text>
          <Typography.Text type="secondary" className="feedback-meta">
            {f.assignedUnit?.name ?? t('feedback.unassigned')}
          </Typography.Text>
        </>
      )}
    </Space>
  );
}

export function feedbackColumns(t: Translate, narrow: boolean): TableColumnsType<Row> {
  const subject = { key: 'subject', title: t('feedback.subject'), render: (_: unknown, f: Row) => subjectCell(t, f, narrow) };
  if (narrow) return [subject];
  return [
    { key: 'code', title: t('feedback.trackingCode'), width: 120, render: (_, f) => <span className="feedback-code-cell">{f.trackingCode}</span> },
    { ...subject, render: (_: unknown, f: Row) => <Link to={feedbackPagePath(f.id)} onClick={(e) => e.stopPropagation()} className="feedback-subject-link">{f.subject}</Link> },
    { key: 'channel', title: t('feedback.channel'), width: 150, render: (_, f) => channelLabel(t, f.channel) },
    { key: 'received', title: t('feedback.receivedOn'), width: 110, render: (_, f) => formatDate(f.receivedOn) },
    { key: 'due', title: t('feedback.dueOn'), width: 110, render: (_, f) => formatDate(f.dueOn) },
    {
      key: 'state',
      title: t('feedback.state'),
      width: 150,
      render: (_, f) => (
        <Space size={[0, 4]} wrap>
          <FeedbackStateTag state={f.state} />
          {timeliness(f)}
        </Space>
      ),
    },
    { key: 'unit', title: t('feedback.unit'), width: 190, render: (_, f) => f.assignedUnit?.name ?? <Typography.Text type="secondary">{t('feedback.unassigned')}</Typography.Text> },
  ];
}
