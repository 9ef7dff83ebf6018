import { Alert, Button, Modal, Space, Typography } from 'antd';
import { useMemo } from 'react';
import type { CriteriaImportPreviewDto } from '../api/types';
import { WorkbookDrop } from '../forms/WorkbookPreview';
import { useT } from '../i18n/I18nProvider';
import { useNarrowScreen } from '../layout/useNarrowScreen';
import { draftFrom, pointsText } from './criteria-model';
import { useCriteriaImportPreview } from './criteria-queries';
import { CriteriaImportProblems, flagsOf } from './CriteriaProblems';
import { CriteriaTreeCards } from './CriteriaTreeCards';
import { CriteriaTreeTable } from './CriteriaTreeTable';

type Props = { onClose: () => void; onContinue: (preview: CriteriaImportPreviewDto) => void };

/**
 * A set kept in Excel (STT | Lĩnh vực/Tiêu chí | Điểm tối đa | Hướng dẫn | Tài liệu kiểm chứng) read to
 * check: what was read, and every row that could not be, by its code. Nothing is saved here: the person
 * goes on to the editor to fix, choose the year and save.
 */
export function CriteriaImportModal({ onClose, onContinue }: Props) {
  const t = useT();
  const narrow = useNarrowScreen();
  const preview = useCriteriaImportPreview();
  const result = preview.data;
  const tree = useMemo(() => draftFrom(result?.areas ?? [], { asRead: true }), [result]);
  const footer = [
    <Button key="cancel" onClick={onClose}>
      {t('common.cancel')}
    </Button>,
    result && (
      <Button key="again" onClick={() => preview.reset()}>
        {t('scoring-sets.import.otherFile')}
      </Button>
    ),
    result && (
      <Button key="continue" type="primary" disabled={result.areas.length === 0} onClick={() => onContinue(result)}>
        {t('scoring-sets.import.continue')}
      </Button>
    ),
  ];
  return (
    <Modal open width={1200} title={t('scoring-sets.import.title')} onCancel={onClose} footer={footer} destroyOnHidden>
      {!result ? (
        <WorkbookDrop
          pending={preview.isPending}
          error={preview.error}
          onFile={(file) => preview.mutate(file)}
          text={preview.isPending ? t('scoring-sets.import.reading') : t('scoring-sets.import.drop')}
          hint={t('scoring-sets.import.hint')}
        />
      ) : (
        <Space orientation="vertical" size="middle" className="criteria-import-preview">
          <Typography.Text strong>{t('scoring-sets.import.summary', { areas: result.areas.length, n: result.scoredCriteria, points: pointsText(result.maxPoints) })}</Typography.Text>
          {result.problems.length === 0 && result.areas.length > 0 && <Alert type="success" showIcon title={t('scoring-sets.import.clean')} />}
          {result.areas.length === 0 && <Alert type="error" showIcon title={t('scoring-sets.import.nothing')} />}
          <CriteriaImportProblems problems={result.problems} />
          {narrow ? <CriteriaTreeCards tree={tree} flags={flagsOf(result.problems)} /> : <CriteriaTreeTable tree={tree} flags={flagsOf(result.problems)} />}
        </Space>
      )}
    </Modal>
  );
}
