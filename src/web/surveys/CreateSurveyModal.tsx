import { Form, Input, Radio, Typography } from 'antd';
import type { SurveyDto } from '../api/types';
import { FormModal } from '../forms/FormModal';
import { useT } from '../i18n/I18nProvider';
import { newQuestion, newSection, toSections } from './builder-model';
import { useCreateSurvey } from './queries';

type Values = { from: 'sipas' | 'blank'; title: string };

type Props = { bodyId: string; onClose: () => void; onSaved: (survey: SurveyDto) => void };

/** A new survey from the SIPAS template (the server fills its questions) or blank (one section, one scale question to start from). */
export function CreateSurveyModal({ bodyId, onClose, onSaved }: Props) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const save = useCreateSurvey(
    (v: Values) =>
      v.from === 'sipas'
        ? { organizationId: bodyId, title: v.title.trim(), template: 'sipas' }
        : { organizationId: bodyId, title: v.title.trim(), sections: toSections([{ ...newSection(t('surveys.newSection')), questions: [{ ...newQuestion(), text: t('surveys.starterQuestion') }] }]) },
    onSaved,
  );
  return (
    <FormModal<Values>
      title={t('surveys.createTitle')}
      submit={save}
      onClose={onClose}
      form={form}
      fields={['title']}
      okText={t('surveys.create')}
      initialValues={{ from: 'sipas', title: t('surveys.sipasDefaultTitle', { year: new Date().getFullYear() }) }}
      width={560}
    >
      <Form.Item name="from" label={t('surveys.createFrom')}>
        <Radio.Group className="survey-create-choice">
          <Radio value="sipas">
            <strong>{t('surveys.fromSipas')}</strong>
            <Typography.Text type="secondary" className="survey-choice-help">
              {t('surveys.fromSipasHelp')}
            </Typography.Text>
          </Radio>
          <Radio value="blank">
            <strong>{t('surveys.blank')}</strong>
            <Typography.Text type="secondary" className="survey-choice-help">
              {t('surveys.blankHelp')}
            </Typography.Text>
          </Radio>
        </Radio.Group>
      </Form.Item>
      <Form.Item name="title" label={t('surveys.title')} rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
        <Input maxLength={300} />
      </Form.Item>
    </FormModal>
  );
}
