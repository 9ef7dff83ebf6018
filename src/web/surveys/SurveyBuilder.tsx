import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, ConfigProvider, DatePicker, Form, Input, Row, Space, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { surveySectionsSchema } from '../../shared/schemas/surveys';
import type { SurveyDto } from '../api/types';
import { DATE_PICKER_FORMAT } from '../format/dates';
import { errorMessage } from '../forms/errors';
import { useUnsavedWarning } from '../forms/useUnsavedWarning';
import { useT } from '../i18n/I18nProvider';
import { draftFromSurvey, move, newQuestion, newSection, sameSections, toSections, type DraftQuestion, type DraftSection } from './builder-model';
import { QuestionEditor } from './QuestionEditor';
import { useUpdateSurvey } from './queries';

type Meta = { title: string; description: string; opensOn: string | null; closesOn: string | null };
const metaOf = (s: SurveyDto): Meta => ({ title: s.title, description: s.description ?? '', opensOn: s.opensOn, closesOn: s.closesOn });

/**
 * The questionnaire builder: the survey's title and dates, its sections and their questions, saved
 * together in one PATCH. Nothing is sent until "Lưu thay đổi"; the schema the server checks with is
 * checked here first so the person sees the problem in Vietnamese before sending.
 */
export function SurveyBuilder({ survey }: { survey: SurveyDto }) {
  const t = useT();
  const { message } = App.useApp();
  const saved = useMemo(() => ({ meta: metaOf(survey), sections: draftFromSurvey(survey) }), [survey]);
  const [meta, setMeta] = useState<Meta>(saved.meta);
  const [sections, setSections] = useState<DraftSection[]>(saved.sections);
  const [problem, setProblem] = useState<string | null>(null);
  const update = useUpdateSurvey(survey.id, (next) => {
    setMeta(metaOf(next));
    setSections(draftFromSurvey(next));
    setProblem(null);
    void message.success(t('surveys.saved'));
  });
  const dirty = JSON.stringify(meta) !== JSON.stringify(saved.meta) || !sameSections(sections, saved.sections);
  useUnsavedWarning(dirty && survey.can.update);
  const editable = survey.can.update;

  const setSection = (si: number, section: DraftSection) => setSections(sections.map((s, i) => (i === si ? section : s)));
  const setQuestion = (si: number, qi: number, question: DraftQuestion) =>
    setSection(si, { ...sections[si]!, questions: sections[si]!.questions.map((q, i) => (i === qi ? question : q)) });

  const save = () => {
    if (!meta.title.trim()) return setProblem(t('form.required'));
    if (meta.opensOn && meta.closesOn && meta.closesOn < meta.opensOn) return setProblem(t('surveys.closesBeforeOpens'));
    const body = toSections(sections);
    const checked = surveySectionsSchema.safeParse(body);
    if (!checked.success) return setProblem(checked.error.issues[0]?.message ?? t('error.unexpected'));
    setProblem(null);
    update.mutate({ title: meta.title.trim(), description: meta.description.trim() || null, opensOn: meta.opensOn, closesOn: meta.closesOn, sections: body });
  };
  const discard = () => {
    setMeta(saved.meta);
    setSections(saved.sections);
    setProblem(null);
  };

  let number = 0;
  return (
    <ConfigProvider componentDisabled={!editable}>
      {!editable && <Alert type="info" showIcon title={t('surveys.readOnly')} className="form-alert" />}
      <Card size="small" className="survey-card">
        <Form layout="vertical" component="div">
          <Form.Item label={t('surveys.title')} required>
            <Input value={meta.title} maxLength={300} onChange={(e) => setMeta({ ...meta, title: e.target.value })} />
          </Form.Item>
          <Form.Item label={t('surveys.description')}>
            <Input.TextArea
              value={meta.description}
              maxLength={3000}
              autoSize={{ minRows: 2, maxRows: 6 }}
              placeholder={t('surveys.descriptionPlaceholder')}
              onChange={(e) => setMeta({ ...meta, description: e.target.value })}
            />
          </Form.Item>
          <Row gutter={12}>
            <Col xs={24} sm={12}>
              <Form.Item label={t('surveys.opensOn')}>
                <DatePicker
                  format={DATE_PICKER_FORMAT}
                  className="full-width"
                  value={meta.opensOn ? dayjs(meta.opensOn) : null}
                  onChange={(day) => setMeta({ ...meta, opensOn: day ? day.format('YYYY-MM-DD') : null })}
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item label={t('surveys.closesOn')}>
                <DatePicker
                  format={DATE_PICKER_FORMAT}
                  className="full-width"
                  value={meta.closesOn ? dayjs(meta.closesOn) : null}
                  onChange={(day) => setMeta({ ...meta, closesOn: day ? day.format('YYYY-MM-DD') : null })}
                />
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>
      {sections.map((section, si) => {
        const locked = section.questions.some((q) => q.answered);
        const sectionLabel = t('surveys.section', { n: si + 1 });
        return (
          <Card
            key={section.key}
            size="small"
            className="survey-card survey-section"
            title={
              <Input
                aria-label={`${sectionLabel}: ${t('surveys.sectionTitle')}`}
                placeholder={t('surveys.sectionTitle')}
                value={section.title}
                maxLength={300}
                onChange={(e) => setSection(si, { ...section, title: e.target.value })}
                className="survey-section-title"
                prefix={<span className="survey-section-number">{sectionLabel}</span>}
              />
            }
            extra={
              <Space size={2}>
                <Button type="text" size="small" icon={<ArrowUpOutlined />} aria-label={t('surveys.moveUp')} title={t('surveys.moveUp')} disabled={si === 0} onClick={() => setSections(move(sections, si, -1))} />
                <Button type="text" size="small" icon={<ArrowDownOutlined />} aria-label={t('surveys.moveDown')} title={t('surveys.moveDown')} disabled={si === sections.length - 1} onClick={() => setSections(move(sections, si, 1))} />
                <Tooltip title={locked ? t('surveys.sectionLocked') : t('surveys.removeSection')}>
                  <Button
                    type="text"
                    size="small"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('surveys.removeSection')}
                    disabled={locked || sections.length === 1}
                    onClick={() => setSections(sections.filter((_, i) => i !== si))}
                  />
                </Tooltip>
              </Space>
            }
          >
            {section.questions.map((question, qi) => {
              number += 1;
              return (
                <QuestionEditor
                  key={question.key}
                  question={question}
                  number={number}
                  first={qi === 0}
                  last={qi === section.questions.length - 1}
                  onChange={(q) => setQuestion(si, qi, q)}
                  onMove={(by) => setSection(si, { ...section, questions: move(section.questions, qi, by) })}
                  onRemove={() => setSection(si, { ...section, questions: section.questions.filter((_, i) => i !== qi) })}
                />
              );
            })}
            {editable && (
              <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => setSection(si, { ...section, questions: [...section.questions, newQuestion()] })}>
                {t('surveys.addQuestion')}
              </Button>
            )}
          </Card>
        );
      })}
      {editable && (
        <>
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => setSections([...sections, newSection(t('surveys.newSection'))])} className="survey-add-section">
            {t('surveys.addSection')}
          </Button>
          <div className={dirty || problem ? 'survey-save-bar survey-save-bar-dirty' : 'survey-save-bar'} role="region" aria-label={t('surveys.save')}>
            {(problem || update.isError) && <Alert type="error" showIcon title={t('surveys.invalid', { problem: problem ?? errorMessage(update.error, t) })} />}
            <Space wrap>
              {dirty && <Typography.Text type="warning">{t('surveys.unsaved')}</Typography.Text>}
              <Button disabled={!dirty || update.isPending} onClick={discard}>
                {t('surveys.discard')}
              </Button>
              <Button type="primary" icon={<SaveOutlined aria-hidden />} disabled={!dirty} loading={update.isPending} onClick={save}>
                {t('surveys.save')}
              </Button>
            </Space>
          </div>
        </>
      )}
    </ConfigProvider>
  );
}
