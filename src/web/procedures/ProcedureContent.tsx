import { Card, Descriptions, List, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { feeText, processingTimeShort } from '../../shared/procedure-text';
import type { ProcedureDto } from '../../shared/schemas/procedures';
import { useT } from '../i18n/I18nProvider';
import { useNarrowScreen } from '../layout/useNarrowScreen';
import { levelLabel, onlineLevelLabel, receivingPlaceLabel } from './labels';

/** What the procedure says, in the order a citizen reads it on the board; time and fees worded as the board words them. */
export function ProcedureContent({ procedure: p }: { procedure: ProcedureDto }) {
  const t = useT();
  // On a phone the labels go above their values: two columns of 360 px leave neither room.
  const narrow = useNarrowScreen('md');
  const or = (value: ReactNode) => value || <Typography.Text type="secondary">{t('procedures.notGiven')}</Typography.Text>;
  return (
    <>
      <Card size="small" title={t('procedures.content')} className="procedure-card">
        <Descriptions
          size="small"
          column={1}
          layout={narrow ? 'vertical' : 'horizontal'}
          bordered
          className="procedure-descriptions"
          items={[
            { key: 'field', label: t('procedures.field'), children: p.field },
            { key: 'level', label: t('procedures.level'), children: levelLabel(t, p.level) },
            { key: 'applicants', label: t('procedures.applicants'), children: or(p.applicants) },
            { key: 'conditions', label: t('procedures.conditions'), children: or(p.conditions && <span className="procedure-text">{p.conditions}</span>) },
            { key: 'time', label: t('procedures.processingTime'), children: <ProcessingTime time={p.processingTime} /> },
            { key: 'fees', label: t('procedures.fees'), children: <Fees fees={p.fees} /> },
            { key: 'result', label: t('procedures.result'), children: or(p.result) },
            {
              key: 'receiving',
              label: t('procedures.receivingPlaces'),
              children: or(
                p.receivingPlaces.length > 0 && (
                  <Space size={[0, 4]} wrap>
                    {p.receivingPlaces.map((place) => (
                      <Tag key={place}>{receivingPlaceLabel(t, place)}</Tag>
                    ))}
                  </Space>
                ),
              ),
            },
            { key: 'online', label: t('procedures.onlineLevel'), children: onlineLevelLabel(t, p.onlineLevel) },
            { key: 'unit', label: t('procedures.responsibleUnit'), children: or(p.responsibleUnit?.name) },
          ]}
        />
      </Card>
      <Card size="small" title={t('procedures.steps')} className="procedure-card">
        <Steps steps={p.steps} />
      </Card>
      <Card size="small" title={t('procedures.dossier')} className="procedure-card">
        <Dossier dossier={p.dossier} />
      </Card>
      <Card size="small" title={t('procedures.legalBasis')} className="procedure-card">
        <LegalBasis procedure={p} />
      </Card>
    </>
  );
}

/**
 * The count as the board writes it ("02 ngày làm việc", from the text the public page and the posting
 * sheet use), and the procedure's note on it under it.
 */
function ProcessingTime({ time }: { time: ProcedureDto['processingTime'] }) {
  const t = useT();
  if (time?.value == null && !time?.note) return <>{t('procedures.noProcessingTime')}</>;
  return (
    <>
      {time.value != null && <div>{processingTimeShort(time)}</div>}
      {time.note && <div className="procedure-text">{time.note}</div>}
    </>
  );
}

function Fees({ fees }: { fees: ProcedureDto['fees'] }) {
  const t = useT();
  if (fees.length === 0) return <>{t('procedures.noFees')}</>;
  return (
    <ul className="procedure-plain-list">
      {fees.map((fee, i) => (
        <li key={i}>{feeText(fee)}</li>
      ))}
    </ul>
  );
}

function Steps({ steps }: { steps: ProcedureDto['steps'] }) {
  const t = useT();
  if (steps.length === 0) return <Typography.Text type="secondary">{t('procedures.noSteps')}</Typography.Text>;
  return (
    <ol className="procedure-steps">
      {steps.map((step, i) => (
        <li key={i}>
          <span className="procedure-text">{step.text}</span>
          {(step.unit || step.duration) && (
            <Typography.Text type="secondary" className="procedure-meta procedure-step-meta">
              {[step.unit?.name, step.duration].filter(Boolean).join(' · ')}
            </Typography.Text>
          )}
        </li>
      ))}
    </ol>
  );
}

function Dossier({ dossier }: { dossier: ProcedureDto['dossier'] }) {
  const t = useT();
  if (dossier.length === 0) return <Typography.Text type="secondary">{t('procedures.noDossier')}</Typography.Text>;
  return (
    <List
      size="small"
      dataSource={dossier}
      renderItem={(item, i) => (
        <List.Item className="procedure-dossier-item">
          <span>
            {i + 1}. {item.name}
            {item.note && <Typography.Text type="secondary"> ({item.note})</Typography.Text>}
          </span>
          {item.copies !== null && <Tag className="procedure-copies">{t('procedures.copies', { n: item.copies })}</Tag>}
        </List.Item>
      )}
    />
  );
}

/** The basis as written, then each document it cites, linked to the registry's entry or its official text. */
function LegalBasis({ procedure: p }: { procedure: ProcedureDto }) {
  const t = useT();
  if (!p.legalBasis) return <Typography.Text type="secondary">{t('procedures.noLegalBasis')}</Typography.Text>;
  return (
    <>
      <Typography.Paragraph className="procedure-text">{p.legalBasis}</Typography.Paragraph>
      {p.legalDocuments.length > 0 && (
        <Space size={[4, 4]} wrap>
          <Typography.Text type="secondary">{t('procedures.citedDocuments')}</Typography.Text>
          {p.legalDocuments.map((doc) => (
            <Tag key={doc.code} title={doc.summary ?? undefined}>
              {doc.url ? (
                <a href={doc.url} target="_blank" rel="noopener noreferrer">
                  {doc.code}
                </a>
              ) : (
                doc.code
              )}
            </Tag>
          ))}
        </Space>
      )}
    </>
  );
}
