import { Alert, Card, Empty, List, Progress, Space, Tag, Typography } from 'antd';
import type { CommunicationTargetDto } from '../../shared/schemas/media-insights';
import { errorMessage } from '../forms/errors';
import { useT, type Translate } from '../i18n/I18nProvider';
import { useCommunicationTargets } from '../media-insights/queries';

function Status({ target, t }: { target: CommunicationTargetDto; t: Translate }) {
  if (target.met === null) return <Tag>{t('planTargets.untracked')}</Tag>;
  return target.met ? <Tag color="green">{t('planTargets.met')}</Tag> : <Tag color="orange">{t('planTargets.notMet')}</Tag>;
}

function Figures({ target, t }: { target: CommunicationTargetDto; t: Translate }) {
  if (target.metric === null || target.actual === null || target.target === null) return null;
  const share = target.metric === 'body_share';
  const unit = share ? '%' : '';
  return (
    <Space wrap size="large">
      <Typography.Text type="secondary">{t(`planTargets.metric.${target.metric}`)}</Typography.Text>
      <Typography.Text>
        {t('planTargets.actual')}: <strong>{`${target.actual}${unit}`}</strong> / {t('planTargets.target')}: {`${target.target}${unit}`}
      </Typography.Text>
      <Progress
        style={{ width: 160 }}
        size="small"
        percent={Math.min(100, Math.round(share ? target.actual : target.target > 0 ? (target.actual / target.target) * 100 : 100))}
        status={target.met ? 'success' : 'active'}
        showInfo={false}
        aria-label={t('planTargets.actual')}
      />
    </Space>
  );
}

/** The plan's targets tracked against the communication counts of its year (issue 5 point 6). */
export function CommunicationTargetsCard({ planId, year }: { planId: string; year: number }) {
  const t = useT();
  const targets = useCommunicationTargets(planId);
  return (
    <Card size="small" title={t('planTargets.tab')}>
      <Typography.Paragraph type="secondary">{t('planTargets.intro', { year })}</Typography.Paragraph>
      {targets.error && <Alert type="error" showIcon title={errorMessage(targets.error, t)} />}
      <List<CommunicationTargetDto>
        loading={targets.isPending}
        dataSource={targets.data ?? []}
        locale={{ emptyText: <Empty description={t('planTargets.none')} /> }}
        renderItem={(target) => (
          <List.Item>
            <Space orientation="vertical" size={4} className="full-width">
              <Space wrap>
                <Status target={target} t={t} />
                <Typography.Text strong>{target.text}</Typography.Text>
              </Space>
              <Figures target={target} t={t} />
              <Typography.Text type="secondary">{target.detail}</Typography.Text>
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
