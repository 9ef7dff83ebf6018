import { ArrowLeftOutlined, PlusOutlined, SettingOutlined } from '@ant-design/icons';
import { App, Button, Card, Space } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { FeedbackSummaryDto } from '../api/types';
import { useCursorPager } from '../api/useCursorPager';
import { useT } from '../i18n/I18nProvider';
import { PageHeader } from '../layout/PageHeader';
import { PagedTable } from '../layout/PagedTable';
import { useNarrowScreen } from '../layout/useNarrowScreen';
import { useBodyUnits } from '../procedures/useBodyUnits';
import { useMe } from '../session/MeContext';
import { FeedbackAreaSwitch } from './FeedbackAreaSwitch';
import { feedbackColumns } from './feedbackColumns';
import { FeedbackCounts } from './FeedbackCounts';
import { FeedbackFilters } from './FeedbackFilters';
import { FeedbackSettingsModal } from './FeedbackSettingsModal';
import { handlesFeedback, seesAssignedOnly } from './abilities';
import { FEEDBACK_BY_BODY_PATH, feedbackPagePath } from './labels';
import { useFeedbackByBody, useFeedbackList } from './queries';
import { RecordFeedbackModal } from './RecordFeedbackModal';
import { isFiltered, useFeedbackFilters } from './useFeedbackFilters';
import './feedback.css';

/**
 * A body's citizens' feedback (SPEC §2.8) with its counts for what the filters leave: the coordinator
 * records what came by hotline, box or in person, and sets the deadline and retention; a department of
 * health opens a body's list from the bodies' table (`?donVi=`).
 */
export function FeedbackListPage() {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const narrow = useNarrowScreen('md');
  const [filters, setFilters] = useFeedbackFilters();
  const pager = useCursorPager(JSON.stringify(filters));
  const list = useFeedbackList(filters, pager.cursor);
  const ownBody = !filters.organizationId || filters.organizationId === me.organization.id;
  const byBody = useFeedbackByBody(undefined, !ownBody);
  const otherBody = ownBody ? undefined : byBody.data?.items.find((i) => i.organization.id === filters.organizationId)?.organization;
  const units = useBodyUnits(filters.organizationId ?? me.organization.id);
  const canRecord = handlesFeedback(me) && ownBody;
  const [open, setOpen] = useState<'record' | 'settings' | null>(null);
  const filtered = isFiltered(filters);

  return (
    <>
      {!ownBody && (
        <Link to={FEEDBACK_BY_BODY_PATH} className="feedback-back">
          <ArrowLeftOutlined /> {t('feedbackNav.byBody')}
        </Link>
      )}
      <PageHeader
        title={otherBody ? `${t('feedback.pageTitle')} — ${otherBody.name}` : t('feedback.pageTitle')}
        extra={
          canRecord && (
            <Space wrap>
              <Button icon={<SettingOutlined aria-hidden />} onClick={() => setOpen('settings')}>
                {t('feedback.settings')}
              </Button>
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setOpen('record')}>
                {t('feedback.record')}
              </Button>
            </Space>
          )
        }
      />
      {ownBody && <FeedbackAreaSwitch />}
      <FeedbackCounts counts={list.data?.counts} loading={list.isPending} />
      <Card size="small" className="feedback-list">
        <FeedbackFilters value={filters} units={units} onChange={setFilters} />
        <PagedTable<FeedbackSummaryDto>
          list={list}
          pager={pager}
          minWidth={narrow ? 280 : 1000}
          emptyText={filtered ? t('feedback.emptyFiltered') : seesAssignedOnly(me) ? t('feedback.emptyAssigned') : t('feedback.empty')}
          onRow={(f) => ({ onClick: () => navigate(feedbackPagePath(f.id)), className: 'feedback-row' })}
          columns={feedbackColumns(t, narrow)}
        />
      </Card>
      {open === 'record' && (
        <RecordFeedbackModal
          bodyId={me.organization.id}
          onClose={() => setOpen(null)}
          onSaved={(item) => {
            setOpen(null);
            void message.success(t('feedback.recorded', { code: item.trackingCode }));
            navigate(feedbackPagePath(item.id));
          }}
        />
      )}
      {open === 'settings' && <FeedbackSettingsModal organizationId={me.organization.id} onClose={() => setOpen(null)} />}
    </>
  );
}
