import { ArrowLeftOutlined, CopyOutlined, EditOutlined } from '@ant-design/icons';
import { Alert, Button, Result, Skeleton, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { isApiError } from '../api/client';
import type { CriteriaSetDto } from '../api/types';
import { formatDate } from '../format/dates';
import { errorMessage } from '../forms/errors';
import { useT } from '../i18n/I18nProvider';
import { PageHeader } from '../layout/PageHeader';
import { pointsText } from './criteria-model';
import { CRITERIA_SETS_PATH, criteriaSetPath, EDIT_PARAM, NEW_CRITERIA_SET_ID, useCriteriaSet, useCriteriaSets } from './criteria-queries';
import { CriteriaCopyModal } from './CriteriaCopyModal';
import { CriteriaSetEditor, type EditorStart } from './CriteriaSetEditor';
import { CriteriaSetNew } from './CriteriaSetNew';
import { CriteriaSetRounds } from './CriteriaSetRounds';
import { CriteriaSetView } from './CriteriaSetView';
import './criteria-sets.css';

/** /cham-diem/bo-chi-so/:id — a saved set, or (`moi`) the editor of a new one. */
export function CriteriaSetPage() {
  const { id = '' } = useParams();
  return id === NEW_CRITERIA_SET_ID ? <CriteriaSetNew /> : <SavedCriteriaSet id={id} />;
}

function SavedCriteriaSet({ id }: { id: string }) {
  const t = useT();
  const set = useCriteriaSet(id);
  if (set.isPending) return <Skeleton active />;
  if (set.isError) {
    return isApiError(set.error) && set.error.status === 404 ? (
      <Result status="404" title={t('scoring-sets.notFound')} subTitle={errorMessage(set.error, t)} extra={<Link to={CRITERIA_SETS_PATH}>{t('scoring-sets.back')}</Link>} />
    ) : (
      <Alert type="error" showIcon title={errorMessage(set.error, t)} />
    );
  }
  return <LoadedCriteriaSet set={set.data} />;
}

/** A set read as the department reads it; its managers switch to editing (`?sua=1`, so a copy opens ready to change). */
function LoadedCriteriaSet({ set }: { set: CriteriaSetDto }) {
  const t = useT();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [copying, setCopying] = useState(false);
  const list = useCriteriaSets();
  const editing = set.canEdit && params.get(EDIT_PARAM) === '1';
  const setEditing = (on: boolean) => setParams(on ? { [EDIT_PARAM]: '1' } : {}, { replace: true });
  const start = useMemo<EditorStart>(() => ({ name: set.name, year: set.year, areas: set.areas, bands: set.bands }), [set]);

  return (
    <>
      <Link to={CRITERIA_SETS_PATH} className="criteria-back">
        <ArrowLeftOutlined aria-hidden /> {t('scoring-sets.back')}
      </Link>
      <PageHeader
        title={set.name}
        extra={
          set.canEdit &&
          !editing && (
            <Space wrap>
              <Button icon={<CopyOutlined aria-hidden />} onClick={() => setCopying(true)}>
                {t('scoring-sets.copy.open')}
              </Button>
              <Button type="primary" icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)}>
                {t('scoring-sets.edit')}
              </Button>
            </Space>
          )
        }
      />
      <Space size={[8, 4]} wrap className="criteria-facts">
        <Tag color="geekblue">{t('scoring-sets.yearN', { year: set.year })}</Tag>
        <Typography.Text>{t('scoring-sets.totalLine', { points: pointsText(set.maxPoints), n: set.scoredCriteria })}</Typography.Text>
        <Typography.Text type="secondary">· {set.organization.name}</Typography.Text>
        <Typography.Text type="secondary">· {t('scoring-sets.updatedOn', { date: formatDate(set.updatedAt) })}</Typography.Text>
      </Space>
      <CriteriaSetRounds setId={set.id} editing={editing} />
      {editing ? (
        <CriteriaSetEditor key={set.updatedAt} set={set} start={start} onSaved={() => setEditing(false)} onCancel={() => setEditing(false)} />
      ) : (
        <CriteriaSetView set={set} />
      )}
      {copying && (
        <CriteriaCopyModal
          set={set}
          takenYears={list.data?.items.map((s) => s.year) ?? [set.year]}
          onClose={() => setCopying(false)}
          onCopied={(copy) => {
            setCopying(false);
            navigate(`${criteriaSetPath(copy.id)}?${EDIT_PARAM}=1`);
          }}
        />
      )}
    </>
  );
}
