import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Progress, Space, Typography } from 'antd';
import { errorMessage } from '../forms/errors';
import { formatDateTime } from '../format/dates';
import { useT } from '../i18n/I18nProvider';
import { useJob } from './queries';

/** A job's progress, followed every second until it ends; then its file to download, or why it failed. */
export function JobProgress({ jobId }: { jobId: string }) {
  const t = useT();
  const query = useJob(jobId);
  const job = query.data;
  if (query.error) return <Alert type="error" showIcon title={errorMessage(query.error, t)} />;
  if (!job) return <Progress percent={0} status="active" />;
  if (job.state === 'failed') return <Alert type="error" showIcon title={t('jobs.failed')} description={job.error} />;
  const { done, total, note } = job.progress;
  const percent = job.state === 'done' ? 100 : total ? Math.floor((done / total) * 100) : 0;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Progress percent={percent} status={job.state === 'done' ? 'success' : 'active'} aria-label={t('jobs.running')} />
      <Typography.Text type="secondary" aria-live="polite">
        {job.state === 'queued' ? t('jobs.queued') : job.state === 'running' ? [t('jobs.running'), total ? t('jobs.count', { done, total }) : null, note].filter(Boolean).join(' — ') : null}
      </Typography.Text>
      {job.state === 'done' &&
        (job.resultUrl ? (
          <>
            <Typography.Text>{t('jobs.done', { time: formatDateTime(job.expiresAt) })}</Typography.Text>
            <Button type="primary" icon={<DownloadOutlined />} href={job.resultUrl} download={job.resultName ?? true}>
              {t('jobs.download')} {job.resultName}
            </Button>
          </>
        ) : (
          <Alert type="warning" showIcon title={t('jobs.expired')} />
        ))}
    </Space>
  );
}
