import { BarChartOutlined, DeleteOutlined, FileDoneOutlined, FileTextOutlined, LinkOutlined, PaperClipOutlined, PlusOutlined, ProfileOutlined, ReadOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { AssessmentCriterionDto, ScoringEvidenceDto } from '../api/types';
import { errorMessage } from '../forms/errors';
import { useT } from '../i18n/I18nProvider';
import { useRemoveEvidence } from './queries';

const ICONS: Record<ScoringEvidenceDto['source'], ReactNode> = {
  file: <PaperClipOutlined aria-hidden />,
  link: <LinkOutlined aria-hidden />,
  occurrence: <FileDoneOutlined aria-hidden />,
  report: <FileTextOutlined aria-hidden />,
  media_item: <ReadOutlined aria-hidden />,
  procedure: <ProfileOutlined aria-hidden />,
  figure: <BarChartOutlined aria-hidden />,
};

/** Where a piece of evidence opens: a file through the API, a page of the app in the app, a link elsewhere in a new tab. */
function EvidenceLink({ evidence: e }: { evidence: ScoringEvidenceDto }) {
  if (!e.href) return <span>{e.label}</span>;
  if (e.href.startsWith('/api/')) return <a href={e.href} download={e.label}>{e.label}</a>;
  if (e.href.startsWith('/')) return <Link to={e.href}>{e.label}</Link>;
  return (
    <a href={e.href} target="_blank" rel="noopener noreferrer">
      {e.label}
    </a>
  );
}

/** The evidence of one criterion, each with where it came from and what it showed when picked; added and removed while the body may still change its scores. */
export function EvidenceItems({ assessmentId, criterion: c, canAdd, onAdd }: { assessmentId: string; criterion: AssessmentCriterionDto; canAdd: boolean; onAdd: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const remove = useRemoveEvidence(assessmentId);
  return (
    <div className="score-evidence">
      <span className="score-label">{t('scoring.evidence', { n: c.evidence.length })}</span>
      {c.evidence.length === 0 ? (
        <Typography.Text type="secondary">{t('scoring.noEvidence')}</Typography.Text>
      ) : (
        <ul className="score-evidence-list">
          {c.evidence.map((e) => (
            <li key={e.id}>
              <Tooltip title={t(`scoring.source.${e.source}`)}>
                <span className="score-evidence-icon">
                  {ICONS[e.source]}
                  <span className="scoring-sr-only">{t(`scoring.source.${e.source}`)}: </span>
                </span>
              </Tooltip>
              <span className="score-evidence-text">
                <EvidenceLink evidence={e} />
                {e.detail && <Typography.Text type="secondary"> · {e.detail}</Typography.Text>}
              </span>
              {e.canRemove && (
                <Popconfirm
                  title={t('scoring.removeEvidenceConfirm')}
                  okText={t('scoring.removeEvidence')}
                  cancelText={t('common.cancel')}
                  onConfirm={() => remove.mutate(e.id, { onError: (error) => void message.error(errorMessage(error, t)) })}
                >
                  <Button size="small" type="text" danger icon={<DeleteOutlined />} loading={remove.isPending && remove.variables === e.id} aria-label={t('scoring.removeEvidenceOf', { name: e.label })} />
                </Popconfirm>
              )}
            </li>
          ))}
        </ul>
      )}
      {canAdd && (
        <Button size="small" icon={<PlusOutlined aria-hidden />} onClick={onAdd} aria-label={t('scoring.addEvidenceOf', { code: c.code })}>
          {t('scoring.addEvidence')}
        </Button>
      )}
    </div>
  );
}
