import { ArrowLeftOutlined, CopyOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { CriteriaImportPreviewDto, CriteriaSetDto } from '../api/types';
import { errorMessage } from '../forms/errors';
import { useT, type Translate } from '../i18n/I18nProvider';
import { PageHeader } from '../layout/PageHeader';
import { useNarrowScreen } from '../layout/useNarrowScreen';
import { useMe } from '../session/MeContext';
import { bandsText, pointsText } from './criteria-model';
import { criteriaSetPath, EDIT_PARAM, NEW_CRITERIA_SET_ID, useCriteriaSets } from './criteria-queries';
import { CriteriaCopyModal } from './CriteriaCopyModal';
import { CriteriaImportModal } from './CriteriaImportModal';
import type { NewSetState } from './CriteriaSetNew';
import { SCORING_PATH } from './labels';
import './criteria-sets.css';

/**
 * The body's criteria sets year by year (issue 16). A department's coordinator or director makes one by
 * hand, copies last year's to the next, or reads one from the Excel sheet it kept until now.
 */
export function CriteriaSetsPage() {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const narrow = useNarrowScreen('md');
  const list = useCriteriaSets();
  const [copying, setCopying] = useState<CriteriaSetDto | null>(null);
  const [importing, setImporting] = useState(false);
  const sets = list.data?.items ?? [];
  const manages = me.can.manageScoring;
  const years = sets.map((s) => s.year);
  const startNew = (state: NewSetState) => navigate(criteriaSetPath(NEW_CRITERIA_SET_ID), { state });

  return (
    <>
      <Link to={SCORING_PATH} className="criteria-back">
        <ArrowLeftOutlined aria-hidden /> {t('nav.scoring')}
      </Link>
      <PageHeader
        title={t('scoring-sets.title')}
        extra={
          manages && (
            <Space wrap>
              <Button icon={<UploadOutlined aria-hidden />} onClick={() => setImporting(true)}>
                {t('scoring-sets.import.open')}
              </Button>
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => startNew({})}>
                {t('scoring-sets.create')}
              </Button>
            </Space>
          )
        }
      />
      <Typography.Paragraph type="secondary">{t('scoring-sets.intro', { body: me.organization.name })}</Typography.Paragraph>
      {list.isError && <Alert type="error" showIcon title={errorMessage(list.error, t)} className="criteria-alert" />}
      <Card size="small">
        <Table<CriteriaSetDto>
          rowKey="id"
          loading={list.isPending}
          dataSource={sets}
          pagination={false}
          columns={columns(t, narrow, manages ? setCopying : null)}
          locale={{ emptyText: manages ? t('scoring-sets.emptyManage') : t('scoring-sets.empty') }}
        />
      </Card>
      {copying && (
        <CriteriaCopyModal
          set={copying}
          takenYears={years}
          onClose={() => setCopying(null)}
          onCopied={(copy) => navigate(`${criteriaSetPath(copy.id)}?${EDIT_PARAM}=1`)}
        />
      )}
      {importing && (
        <CriteriaImportModal
          onClose={() => setImporting(false)}
          onContinue={(preview: CriteriaImportPreviewDto) => startNew({ imported: { areas: preview.areas, problems: preview.problems } })}
        />
      )}
    </>
  );
}

function copyButton(t: Translate, s: CriteriaSetDto, onCopy: (s: CriteriaSetDto) => void) {
  return (
    <Button size="small" icon={<CopyOutlined aria-hidden />} onClick={() => onCopy(s)} aria-label={t('scoring-sets.copy.openFor', { year: s.year })}>
      {t('scoring-sets.copy.open')}
    </Button>
  );
}

/** On a phone the one column holds everything: name, year and size, classes, the copy button. */
function nameCell(t: Translate, s: CriteriaSetDto, narrow: boolean, onCopy: ((s: CriteriaSetDto) => void) | null) {
  return (
    <Space orientation="vertical" size={4}>
      <Link to={criteriaSetPath(s.id)} className="criteria-set-link">
        {s.name}
      </Link>
      {narrow && (
        <>
          <Typography.Text type="secondary" className="criteria-meta">
            {t('scoring-sets.yearN', { year: s.year })} · {t('scoring-sets.totalLine', { points: pointsText(s.maxPoints), n: s.scoredCriteria })}
          </Typography.Text>
          <Typography.Text className="criteria-meta">{bandsText(s.bands)}</Typography.Text>
          {onCopy && copyButton(t, s, onCopy)}
        </>
      )}
    </Space>
  );
}

function columns(t: Translate, narrow: boolean, onCopy: ((s: CriteriaSetDto) => void) | null): TableColumnsType<CriteriaSetDto> {
  const name = { key: 'name', title: t('scoring-sets.name'), render: (_: unknown, s: CriteriaSetDto) => nameCell(t, s, narrow, onCopy) };
  if (narrow) return [name];
  return [
    { key: 'year', title: t('scoring-sets.yearShort'), dataIndex: 'year', width: 70 },
    name,
    { key: 'points', title: t('scoring-sets.col.total'), width: 110, align: 'right', render: (_, s) => pointsText(s.maxPoints) },
    { key: 'scored', title: t('scoring-sets.col.scored'), width: 130, align: 'right', render: (_, s) => s.scoredCriteria },
    { key: 'bands', title: t('scoring-sets.bands'), width: 240, render: (_, s) => <span className="criteria-meta">{bandsText(s.bands)}</span> },
    ...(onCopy ? [{ key: 'copy', title: t('common.actions'), width: 200, render: (_: unknown, s: CriteriaSetDto) => copyButton(t, s, onCopy) }] : []),
  ];
}
