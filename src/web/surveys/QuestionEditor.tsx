import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input, Select, Space, Switch, Tooltip, Typography } from 'antd';
import { QUESTION_KINDS, SIPAS_ASPECTS, type QuestionKind, type SipasAspect } from '../../shared/survey-vocabulary';
import { useT } from '../i18n/I18nProvider';
import { isChoosing, withKind, type DraftQuestion } from './builder-model';
import { aspectLabel, kindLabel } from './labels';

const NO_ASPECT = '';

type Props = {
  question: DraftQuestion;
  number: number;
  first: boolean;
  last: boolean;
  onChange: (question: DraftQuestion) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
};

/**
 * One question: its wording, kind, whether required, its choices or its SIPAS aspect. An answered
 * question keeps its kind and cannot be removed (answers point at it), so those controls say why they are off.
 */
export function QuestionEditor({ question: q, number, first, last, onChange, onMove, onRemove }: Props) {
  const t = useT();
  const set = (patch: Partial<DraftQuestion>) => onChange({ ...q, ...patch });
  const locked = q.answered ? t('surveys.answeredLocked') : undefined;
  const label = t('surveys.questionNumber', { n: number });
  return (
    <div className="survey-question" role="group" aria-label={label}>
      <div className="survey-question-head">
        <Typography.Text strong>{label}</Typography.Text>
        <Typography.Text type="secondary" className="survey-meta survey-question-id">
          {q.id ? t('surveys.questionId', { id: q.id }) : t('surveys.newQuestionHint')}
        </Typography.Text>
        <Space size={2} className="survey-question-tools">
          <Button type="text" size="small" icon={<ArrowUpOutlined />} aria-label={t('surveys.moveUp')} title={t('surveys.moveUp')} disabled={first} onClick={() => onMove(-1)} />
          <Button type="text" size="small" icon={<ArrowDownOutlined />} aria-label={t('surveys.moveDown')} title={t('surveys.moveDown')} disabled={last} onClick={() => onMove(1)} />
          <Tooltip title={locked ?? t('surveys.removeQuestion')}>
            <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={t('surveys.removeQuestion')} disabled={q.answered} onClick={onRemove} />
          </Tooltip>
        </Space>
      </div>
      <Input.TextArea
        aria-label={`${label}: ${t('surveys.questionText')}`}
        placeholder={t('surveys.questionText')}
        autoSize={{ minRows: 1, maxRows: 4 }}
        maxLength={500}
        value={q.text}
        onChange={(e) => set({ text: e.target.value })}
      />
      <div className="survey-question-settings">
        <Tooltip title={locked}>
          <Select<QuestionKind>
            aria-label={`${label}: ${t('surveys.questionKind')}`}
            value={q.kind}
            disabled={q.answered}
            onChange={(kind) => onChange(withKind(q, kind))}
            options={QUESTION_KINDS.map((kind) => ({ value: kind, label: kindLabel(t, kind) }))}
            className="survey-kind-select"
          />
        </Tooltip>
        {q.kind === 'scale' && (
          <Select<SipasAspect | typeof NO_ASPECT>
            aria-label={`${label}: ${t('surveys.aspect')}`}
            value={q.aspect ?? NO_ASPECT}
            onChange={(aspect) => set({ aspect: aspect || null })}
            options={[{ value: NO_ASPECT, label: t('surveys.noAspect') }, ...SIPAS_ASPECTS.map((a) => ({ value: a, label: aspectLabel(t, a) }))]}
            popupMatchSelectWidth={false}
            className="survey-aspect-select"
          />
        )}
        <label className="inline-switch">
          <Switch size="small" checked={q.required} onChange={(required) => set({ required })} aria-label={`${label}: ${t('surveys.required')}`} />
          <span>{t('surveys.required')}</span>
        </label>
      </div>
      {isChoosing(q.kind) && <ChoicesEditor choices={q.choices} label={label} locked={locked} onChange={(choices) => set({ choices })} />}
    </div>
  );
}

/** An answered question's choices stay where they are (its counts are kept in the choices' order); new ones may be added. */
function ChoicesEditor({ choices, label, locked, onChange }: { choices: string[]; label: string; locked: string | undefined; onChange: (choices: string[]) => void }) {
  const t = useT();
  return (
    <div className="survey-choices">
      <Typography.Text type="secondary" className="survey-meta">
        {t('surveys.choices')}
      </Typography.Text>
      {choices.map((choice, i) => (
        <div key={i} className="survey-choice">
          <Input
            aria-label={`${label}: ${t('surveys.choice', { n: i + 1 })}`}
            placeholder={t('surveys.choice', { n: i + 1 })}
            maxLength={200}
            value={choice}
            onChange={(e) => onChange(choices.map((c, j) => (j === i ? e.target.value : c)))}
          />
          <Tooltip title={locked ?? t('surveys.removeChoice')}>
            <Button
              type="text"
              icon={<DeleteOutlined />}
              aria-label={t('surveys.removeChoice')}
              disabled={Boolean(locked) || choices.length <= 2}
              onClick={() => onChange(choices.filter((_, j) => j !== i))}
            />
          </Tooltip>
        </div>
      ))}
      {choices.length < 20 && (
        <Button type="dashed" size="small" icon={<PlusOutlined aria-hidden />} onClick={() => onChange([...choices, ''])}>
          {t('surveys.addChoice')}
        </Button>
      )}
    </div>
  );
}
