import { ArrowLeftOutlined } from '@ant-design/icons';
import { Skeleton } from 'antd';
import { useMemo } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import type { ReadCriterionDto } from '../api/types';
import { useT } from '../i18n/I18nProvider';
import { PageHeader } from '../layout/PageHeader';
import { defaultYear } from './criteria-model';
import { CRITERIA_SETS_PATH, criteriaSetPath, useCriteriaSets } from './criteria-queries';
import { CriteriaSetEditor, type EditorStart } from './CriteriaSetEditor';

/** What the list page hands the editor of a new set: nothing (by hand) or what a sheet was read as. */
export type NewSetState = { imported?: { areas: ReadCriterionDto[]; problems: { code: string | null; message: string }[] } };

/** A new year's set, made by hand or from a sheet read in the import dialog; saved sets open at their own address. */
export function CriteriaSetNew() {
  const t = useT();
  const navigate = useNavigate();
  const imported = (useLocation().state as NewSetState | null)?.imported;
  const list = useCriteriaSets();
  const nameForYear = (year: number) => t('scoring-sets.defaultName', { year });
  const start = useMemo<EditorStart | null>(() => {
    if (!list.data) return null;
    const year = defaultYear(list.data.items.map((s) => s.year), new Date().getFullYear());
    return { year, name: t('scoring-sets.defaultName', { year }), areas: imported?.areas ?? [], bands: null, importProblems: imported?.problems ?? [] };
  }, [list.data, imported, t]);
  return (
    <>
      <Link to={CRITERIA_SETS_PATH} className="criteria-back">
        <ArrowLeftOutlined aria-hidden /> {t('scoring-sets.back')}
      </Link>
      <PageHeader title={t(imported ? 'scoring-sets.newImported' : 'scoring-sets.new')} />
      {start ? (
        <CriteriaSetEditor
          start={start}
          nameForYear={nameForYear}
          onSaved={(set) => navigate(criteriaSetPath(set.id), { replace: true })}
          onCancel={() => navigate(CRITERIA_SETS_PATH)}
        />
      ) : (
        <Skeleton active />
      )}
    </>
  );
}
