import { ArrowLeftOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Space, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import type { SurveySummaryDto } from '../api/types';
import { useCursorPager } from '../api/useCursorPager';
import { percentText } from '../format/percent';
import { useT, type Translate } from '../i18n/I18nProvider';
import { PageHeader } from '../layout/PageHeader';
import { PagedTable } from '../layout/PagedTable';
import { useNarrowScreen } from '../layout/useNarrowScreen';
import { useMe } from '../session/MeContext';
import { managesSurveys } from './abilities';
import { CreateSurveyModal } from './CreateSurveyModal';
import { datesText, SATISFACTION_BY_BODY_PATH, StandingTag, surveyPagePath } from './labels';
import { SurveyAreaSwitch } from './SurveyAreaSwitch';
import { useSatisfactionByBody, useSurveyList } from './queries';
import './surveys.css';

type Row = SurveySummaryDto;

/** A body's satisfaction surveys with their answers and rate; a department of health opens a body's from its table (`?donVi=`). */
export function SurveysPage() {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const narrow = useNarrowScreen('md');
  const [params] = useSearchParams();
  const bodyId = params.get('donVi') ?? undefined;
  const ownBody = !bodyId || bodyId === me.organization.id;
  const pager = useCursorPager(bodyId ?? '');
  const list = useSurveyList(bodyId, pager.cursor);
  const canCreate = managesSurveys(me) && ownBody;
  const [creating, setCreating] = useState(false);
  // Another body's name, from the bodies' table that led here.
  const byBody = useSatisfactionByBody(undefined, !ownBody);
  const otherBody = ownBody ? undefined : byBody.data?.items.find((i) => i.organization.id === bodyId)?.organization;

  return (
    <>
      {!ownBody && (
        <Link to={SATISFACTION_BY_BODY_PATH} className="survey-back">
          <ArrowLeftOutlined /> {t('surveyNav.byBody')}
        </Link>
      )}
      <PageHeader
        title={otherBody ? `${t('surveys.pageTitle')} — ${otherBody.name}` : t('surveys.pageTitle')}
        extra={
          canCreate && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
              {t('surveys.create')}
            </Button>
          )
        }
      />
      {ownBody && <SurveyAreaSwitch />}
      <Card size="small" className="survey-list">
        <PagedTable<Row>
          list={list}
          pager={pager}
          minWidth={narrow ? 280 : 900}
          emptyText={canCreate ? t('surveys.emptyManage') : t('surveys.empty')}
          onRow={(s) => ({ onClick: () => navigate(surveyPagePath(s.id)), className: 'survey-row' })}
          columns={columns(t, narrow)}
        />
      </Card>
      {creating && <CreateSurveyModal bodyId={me.organization.id} onClose={() => setCreating(false)} onSaved={(survey) => navigate(surveyPagePath(survey.id))} />}
    </>
  );
}

function rate(t: Translate, s: Row) {
  return s.satisfaction.percent === null ? <Typography.Text type="secondary">—</Typography.Text> : <strong>{percentText(s.satisfaction.percent)}</strong>;
}

function titleCell(t: Translate, s: Row, narrow: boolean) {
  return (
    <Space orientation="vertical" size={2}>
      <Link to={surveyPagePath(s.id)} onClick={(e) => e.stopPropagation()} className="survey-title-link">
        {s.title}
      </Link>
      <Space size={[0, 4]} wrap>
        {narrow && <StandingTag standing={s.standing} />}
        {s.template === 'sipas' && <Tag color="geekblue">{t('surveys.sipasTag')}</Tag>}
      </Space>
      {narrow && (
        <Typography.Text type="secondary" className="survey-meta">
          {datesText(t, s.opensOn, s.closesOn)} · {t('surveys.responsesCount', { n: s.responseCount })}
          {s.satisfaction.percent !== null && <> · {t('surveys.satisfaction')} {percentText(s.satisfaction.percent)}</>}
        </Typography.Text>
      )}
    </Space>
  );
}

function columns(t: Translate, narrow: boolean): TableColumnsType<Row> {
  const title = { key: 'title', title: t('surveys.title'), render: (_: unknown, s: Row) => titleCell(t, s, narrow) };
  if (narrow) return [title];
  return [
    title,
    { key: 'standing', title: t('surveys.standing'), width: 150, render: (_, s) => <StandingTag standing={s.standing} /> },
    { key: 'dates', title: t('surveys.dates'), width: 210, render: (_, s) => datesText(t, s.opensOn, s.closesOn) },
    { key: 'responses', title: t('surveys.responses'), width: 100, align: 'right', render: (_, s) => s.responseCount },
    { key: 'rate', title: t('surveys.satisfaction'), width: 130, align: 'right', render: (_, s) => rate(t, s) },
  ];
}
