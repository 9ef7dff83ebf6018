import { ArrowLeftOutlined, GlobalOutlined } from '@ant-design/icons';
import { Alert, Card, Col, List, Result, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { isApiError } from '../api/client';
import type { MediaItemDto } from '../../shared/schemas/media';
import { errorMessage } from '../forms/errors';
import { formatDate } from '../format/dates';
import { useT } from '../i18n/I18nProvider';
import { PageHeader } from '../layout/PageHeader';
import { reformAreaLabel } from '../plans/labels';
import { mediaKindLabel, MediaStateTag } from './labels';
import { MediaActions } from './MediaActions';
import { MediaFiles } from './MediaFiles';
import { MediaHistory } from './MediaHistory';
import { MediaPublications } from './MediaPublications';
import { useMediaItem } from './queries';
import './media.css';

export function MediaItemPage() {
  const { id = '' } = useParams();
  const t = useT();
  const item = useMediaItem(id);
  if (item.isPending) return <Skeleton active />;
  if (item.isError) {
    return isApiError(item.error) && item.error.status === 404 ? (
      <Result status="404" title={t('media.notFound')} subTitle={errorMessage(item.error, t)} />
    ) : (
      <Alert type="error" showIcon title={errorMessage(item.error, t)} />
    );
  }
  return <LoadedItem item={item.data} />;
}

function LoadedItem({ item }: { item: MediaItemDto }) {
  const t = useT();
  const facts = [mediaKindLabel(t, item.kind), item.unit?.name ?? item.organization.name, item.createdByName && t('media.proposedBy', { name: item.createdByName, date: formatDate(item.createdAt) })].filter(Boolean);
  return (
    <>
      <div className="media-header">
        <Link to="/truyen-thong" className="media-back">
          <ArrowLeftOutlined /> {t('media.back')}
        </Link>
        <PageHeader title={item.title} extra={<MediaActions item={item} />} />
        <Space size={4} wrap className="media-facts">
          <MediaStateTag state={item.state} />
          {item.goodPractice && <Tag color="magenta">{t('media.goodPracticeTag')}</Tag>}
          <Typography.Text type="secondary">{facts.join(' · ')}</Typography.Text>
          {item.publicUrl && (
            <a href={item.publicUrl} target="_blank" rel="noopener noreferrer">
              <GlobalOutlined /> {t('media.publicLink')}
            </a>
          )}
        </Space>
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={15}>
          <Card size="small" title={t('media.content')} className="media-card">
            {item.summary && <Typography.Paragraph className="media-summary">{item.summary}</Typography.Paragraph>}
            {item.bodyHtml ? (
              // The server sanitises the body against its allow-list before storing it; this is that text.
              <div className="media-body" dangerouslySetInnerHTML={{ __html: item.bodyHtml }} />
            ) : (
              <Typography.Text type="secondary">{t('media.noBody')}</Typography.Text>
            )}
            {item.reformAreas.length > 0 && (
              <Space size={[0, 4]} wrap>
                {item.reformAreas.map((area) => (
                  <Tag key={area}>{reformAreaLabel(t, area)}</Tag>
                ))}
              </Space>
            )}
          </Card>
          <Card size="small" title={t('media.files')} className="media-card">
            <MediaFiles item={item} editable={item.can.edit} />
          </Card>
        </Col>
        <Col xs={24} lg={9}>
          <Card size="small" title={t('media.publications')} className="media-card">
            <MediaPublications publications={item.publications} />
          </Card>
          <Card size="small" title={t('media.linkedTasks')} className="media-card">
            <LinkedTasks tasks={item.tasks} />
          </Card>
          <Card size="small" title={t('media.history')} className="media-card">
            <MediaHistory itemId={item.id} />
          </Card>
        </Col>
      </Row>
    </>
  );
}

function LinkedTasks({ tasks }: { tasks: MediaItemDto['tasks'] }) {
  const t = useT();
  if (tasks.length === 0) return <Typography.Text type="secondary">{t('media.noTasks')}</Typography.Text>;
  return (
    <List
      size="small"
      className="media-linked-tasks"
      dataSource={tasks}
      renderItem={(task) => (
        <List.Item>
          <Link to={`/ke-hoach/${task.planId}?tab=tasks`}>{task.title}</Link>
        </List.Item>
      )}
    />
  );
}
