import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Result, Skeleton, Typography } from 'antd';
import { useEffect } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { ApiError } from '../api/client';
import { errorMessage } from '../forms/errors';
import { useT } from '../i18n/I18nProvider';
import { PageHeader } from '../layout/PageHeader';
import { useOccurrenceDialogs } from '../work/useOccurrenceDialogs';
import { useTaskPage } from './queries';
import { TaskFacts } from './TaskFacts';
import { TaskMediaItems } from './TaskMediaItems';
import { TaskOccurrence } from './TaskOccurrence';
import '../work/work.css';

/** One task on a page of its own (/nhiem-vu/:id): what it asks, each period of it, and what one may do. */
export function TaskPage() {
  const t = useT();
  const { id = '' } = useParams();
  const page = useTaskPage(id);
  const dialogs = useOccurrenceDialogs();
  // A notification opens the task at the period it is about (?ky=<occurrence id>).
  const [params] = useSearchParams();
  const focused = params.get('ky');
  const loaded = !!page.data;
  useEffect(() => {
    if (loaded && focused) document.querySelector(`[data-occurrence="${CSS.escape(focused)}"]`)?.scrollIntoView({ block: 'center' });
  }, [loaded, focused]);
  const back = (
    <Link to="/nhiem-vu">
      <Button icon={<ArrowLeftOutlined />}>{t('taskPage.back')}</Button>
    </Link>
  );
  if (page.isError) {
    const missing = page.error instanceof ApiError && page.error.status === 404;
    return <Result status={missing ? '404' : 'error'} title={missing ? t('taskPage.notFound') : errorMessage(page.error, t)} extra={back} />;
  }
  if (!page.data) return <Skeleton active />;
  const { task, occurrences, mediaItems } = page.data;
  return (
    <>
      <PageHeader title={t('taskPage.title', { number: task.number })} extra={back} />
      <Flex vertical gap="middle" className="task-page">
        <TaskFacts page={page.data} />
        <Card size="small" title={t('taskPage.occurrences', { count: occurrences.length })}>
          {occurrences.length === 0 ? (
            <Typography.Text type="secondary">{t('taskPage.noOccurrences')}</Typography.Text>
          ) : (
            <Flex vertical gap="small">
              {occurrences.map((o) => (
                <TaskOccurrence key={o.id} occurrence={o} open={dialogs.open} focused={o.id === focused} />
              ))}
            </Flex>
          )}
        </Card>
        <TaskMediaItems items={mediaItems} />
      </Flex>
      {dialogs.element}
    </>
  );
}
