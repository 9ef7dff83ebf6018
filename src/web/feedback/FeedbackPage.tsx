import { ArrowLeftOutlined, GlobalOutlined, PaperClipOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Descriptions, Result, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { isApiError } from '../api/client';
import type { FeedbackDto } from '../api/types';
import { formatDate } from '../format/dates';
import { errorMessage } from '../forms/errors';
import { useT } from '../i18n/I18nProvider';
import { PageHeader } from '../layout/PageHeader';
import { procedurePagePath } from '../procedures/labels';
import { FeedbackActions } from './FeedbackActions';
import { FeedbackContact } from './FeedbackContact';
import { FeedbackEvents } from './FeedbackEvents';
import { channelLabel, FEEDBACK_PATH, FeedbackStateTag, TimelinessTag } from './labels';
import { useFeedback } from './queries';
import './feedback.css';

export function FeedbackPage() {
  const { id = '' } = useParams();
  const t = useT();
  const item = useFeedback(id);
  if (item.isPending) return <Skeleton active />;
  if (item.isError) {
    return isApiError(item.error) && item.error.status === 404 ? (
      <Result status="404" title={t('feedback.notFound')} subTitle={errorMessage(item.error, t)} />
    ) : (
      <Alert type="error" showIcon title={errorMessage(item.error, t)} />
    );
  }
  return <LoadedFeedback item={item.data} />;
}

const fileSize = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

/** One item as its handler works on it: what the citizen wrote, who they are (if allowed), the answer, the steps. */
function LoadedFeedback({ item: f }: { item: FeedbackDto }) {
  const t = useT();
  const open = f.state === 'received' || f.state === 'assigned';
  return (
    <>
      <div className="feedback-header">
        <Link to={FEEDBACK_PATH} className="feedback-back">
          <ArrowLeftOutlined /> {t('feedback.back')}
        </Link>
        <PageHeader title={f.subject} extra={<FeedbackActions item={f} />} />
        <Space size={[4, 4]} wrap className="feedback-facts">
          <Tag className="feedback-code-tag">{f.trackingCode}</Tag>
          <FeedbackStateTag state={f.state} />
          {(open || f.timeliness !== 'on_time') && <TimelinessTag timeliness={f.timeliness} />}
          <Typography.Text type="secondary">{channelLabel(t, f.channel)}</Typography.Text>
          <Typography.Text type="secondary">· {t('feedback.receivedFact', { date: formatDate(f.receivedOn) })}</Typography.Text>
          <Typography.Text type={f.timeliness === 'overdue' ? 'danger' : 'secondary'}>· {t('feedback.dueFact', { date: formatDate(f.dueOn) })}</Typography.Text>
        </Space>
        <a href={f.publicUrl} target="_blank" rel="noopener noreferrer" className="feedback-public-link">
          <GlobalOutlined /> {t('feedback.publicPage')}
        </a>
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={15}>
          <Card size="small" title={t('feedback.content')} className="feedback-card">
            <Typography.Paragraph className="feedback-text">{f.content}</Typography.Paragraph>
            {(f.procedure || f.concernsUnit) && (
              <Descriptions
                size="small"
                column={1}
                title={<span className="feedback-subtitle">{t('feedback.concerns')}</span>}
                items={[
                  ...(f.procedure ? [{ key: 'procedure', label: t('feedback.concernsProcedure'), children: <Link to={procedurePagePath(f.procedure.id)}>{`${f.procedure.code} — ${f.procedure.name}`}</Link> }] : []),
                  ...(f.concernsUnit ? [{ key: 'unit', label: t('feedback.concernsDepartment'), children: f.concernsUnit.name }] : []),
                ]}
              />
            )}
            {f.files.length > 0 && (
              <div className="feedback-files">
                <Typography.Text strong>{t('feedback.attachments')}</Typography.Text>
                <ul>
                  {f.files.map((file) => (
                    <li key={file.id}>
                      <a href={file.url} download={file.name}>
                        <PaperClipOutlined aria-hidden /> {file.name}
                      </a>{' '}
                      <Typography.Text type="secondary" className="feedback-meta">
                        ({fileSize(file.size)})
                      </Typography.Text>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </Card>
          {(f.answer || f.refusalReason) && (
            <Card
              size="small"
              title={t(f.refusalReason && !f.answer ? 'feedback.refusalReason' : 'feedback.answer')}
              extra={f.answer && <Tag color={f.answerPublished ? 'green' : 'default'}>{t(f.answerPublished ? 'feedback.answerPublished' : 'feedback.answerNotPublished')}</Tag>}
              className="feedback-card feedback-answer"
            >
              {f.answer && <Typography.Paragraph className="feedback-text">{f.answer}</Typography.Paragraph>}
              {f.answer && f.answeredByName && (
                <Typography.Text type="secondary" className="feedback-meta">
                  {t('feedback.answeredBy', { name: f.answeredByName, date: formatDate(f.answeredOn) })}
                </Typography.Text>
              )}
              {f.refusalReason && f.answer && <Typography.Text strong>{t('feedback.refusalReason')}</Typography.Text>}
              {f.refusalReason && <Typography.Paragraph className="feedback-text">{f.refusalReason}</Typography.Paragraph>}
            </Card>
          )}
        </Col>
        <Col xs={24} lg={9}>
          <Card size="small" title={t('feedback.contact')} className="feedback-card">
            <FeedbackContact item={f} />
          </Card>
          <Card size="small" title={t('feedback.handling')} className="feedback-card">
            <Descriptions
              size="small"
              column={1}
              items={[
                {
                  key: 'assigned',
                  label: t('feedback.assignedTo'),
                  children: f.assignedUnit ? [f.assignedUnit.name, f.assignedUser?.name].filter(Boolean).join(' — ') : t('feedback.unassigned'),
                },
              ]}
            />
            <Typography.Text strong className="feedback-subtitle">
              {t('feedback.events')}
            </Typography.Text>
            <FeedbackEvents events={f.events} />
          </Card>
        </Col>
      </Row>
    </>
  );
}
