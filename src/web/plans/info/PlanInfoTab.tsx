import { SaveOutlined, UndoOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Space, Tag } from 'antd';
import { useState } from 'react';
import type { PlanDetailDto } from '../../api/types';
import { errorMessage, showFieldErrors } from '../../forms/errors';
import { useUnsavedWarning } from '../../forms/useUnsavedWarning';
import { useT } from '../../i18n/I18nProvider';
import { useSavePlan } from '../queries';
import { infoUpdate, infoValues, INFO_FIELDS, type InfoValues } from './infoValues';
import { PlanFieldsCard } from './PlanFieldsCard';
import { SectionsEditor } from './SectionsEditor';
import { TargetsField } from './TargetsField';
import { TextListField } from './TextListField';
import './plan-info.css';

/** The plan's fields and its text, from the bases to the recipients, saved together. */
export function PlanInfoTab({ plan }: { plan: PlanDetailDto }) {
  const t = useT();
  const [form] = Form.useForm<InfoValues>();
  const [dirty, setDirty] = useState(false);
  const save = useSavePlan(plan.id, infoUpdate);
  const readOnly = !plan.can.update;
  useUnsavedWarning(dirty);

  return (
    <Form<InfoValues>
      form={form}
      layout="vertical"
      disabled={readOnly}
      initialValues={infoValues(plan)}
      onValuesChange={() => setDirty(true)}
      onFinish={(values) => save.mutate(values, { onSuccess: () => setDirty(false), onError: (error) => showFieldErrors(form, error, INFO_FIELDS) })}
      className="plan-info"
    >
      <Space orientation="vertical" size="middle" className="full-width">
        {plan.state === 'submitted' && <Alert type="info" showIcon title={t('planEdit.awaitingApproval')} />}
        {!readOnly && (plan.state === 'issued' || plan.state === 'closed') && <Alert type="warning" showIcon title={t('planEdit.newVersion')} />}
        {!readOnly && (
          <div className="tab-toolbar plan-info-toolbar">
            {dirty ? <Tag color="orange">{t('planEdit.unsaved')}</Tag> : <Tag color="green">{t('planEdit.saved')}</Tag>}
            <Space wrap>
              <Button
                icon={<UndoOutlined />}
                disabled={!dirty || save.isPending}
                onClick={() => {
                  form.resetFields();
                  setDirty(false);
                }}
              >
                {t('planEdit.undo')}
              </Button>
              <Button type="primary" htmlType="submit" icon={<SaveOutlined />} disabled={!dirty} loading={save.isPending}>
                {t('planInfo.save')}
              </Button>
            </Space>
          </div>
        )}
        {save.isError && <Alert type="error" showIcon title={errorMessage(save.error, t)} />}
        <PlanFieldsCard />
        <Card size="small" title={t('planInfo.bases')}>
          <TextListField name="bases" addLabel={t('planInfo.addBasis')} rowLabel={(i) => t('planInfo.basisN', { n: i + 1 })} placeholder={t('planInfo.basisPlaceholder')} disabled={readOnly} />
        </Card>
        <Card size="small" title={t('planInfo.introduction')}>
          <Form.Item name={['content', 'introduction']} extra={t('planInfo.introductionHelp')}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 10 }} maxLength={10_000} aria-label={t('planInfo.introduction')} />
          </Form.Item>
        </Card>
        <Card size="small" title={t('planInfo.sections')}>
          <Form.Item name={['content', 'sections']} extra={t('planInfo.sectionsHelp')}>
            <SectionsEditor disabled={readOnly} />
          </Form.Item>
        </Card>
        <Card size="small" title={t('planInfo.targets')}>
          <TargetsField disabled={readOnly} />
        </Card>
        <Card size="small" title={t('planInfo.ending')}>
          <Form.Item name={['content', 'closing']} label={t('planInfo.closing')} extra={t('planInfo.closingHelp')}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={5000} />
          </Form.Item>
          <Form.Item label={t('planInfo.recipients')} extra={t('planInfo.recipientsHelp')}>
            <TextListField name="recipients" addLabel={t('planInfo.addRecipient')} rowLabel={(i) => t('planInfo.recipientN', { n: i + 1 })} placeholder={t('planInfo.recipientPlaceholder')} disabled={readOnly} />
          </Form.Item>
        </Card>
      </Space>
    </Form>
  );
}
