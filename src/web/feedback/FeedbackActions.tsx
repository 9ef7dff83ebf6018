import { CheckCircleOutlined, EyeInvisibleOutlined, EyeOutlined, MessageOutlined, RollbackOutlined, StopOutlined, TeamOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import type { FeedbackDto } from '../api/types';
import { useT } from '../i18n/I18nProvider';
import { FeedbackStepModal, type FormStep } from './FeedbackStepModal';
import { stepLabel } from './labels';
import { useFeedbackStep } from './queries';

/**
 * What the person may do with the item, as the server says on it (`can`). The next expected step is the
 * primary button: assigning a new item, answering an assigned one, closing an answered one.
 */
export function FeedbackActions({ item }: { item: FeedbackDto }) {
  const t = useT();
  const { message } = App.useApp();
  const [open, setOpen] = useState<FormStep | null>(null);
  const publish = useFeedbackStep(item.id, (published: boolean) => ({ step: 'publish', published }), (saved) =>
    void message.success(t(saved.answerPublished ? 'feedback.publishedMessage' : 'feedback.withdrawnMessage')),
  );
  const { can } = item;
  const primary = (step: FormStep) =>
    (step === 'assign' && item.state === 'received') || (step === 'answer' && item.state === 'assigned') || (step === 'close' && item.state === 'answered') ? 'primary' : 'default';
  const button = (step: FormStep, label: string, icon: React.ReactNode, danger = false) => (
    <Button type={primary(step)} danger={danger} icon={icon} onClick={() => setOpen(step)}>
      {label}
    </Button>
  );

  return (
    <>
      <Space wrap>
        {can.assign && button('assign', t(item.assignedUnit ? 'feedback.reassign' : 'feedback.assign'), <TeamOutlined aria-hidden />)}
        {can.answer && button('answer', t(item.answer ? 'feedback.editAnswer' : 'feedback.answerAction'), <MessageOutlined aria-hidden />)}
        {can.publish && item.answer && !item.answerPublished && (
          <Button icon={<EyeOutlined aria-hidden />} loading={publish.isPending} onClick={() => publish.mutate(true)}>
            {t('feedback.publish')}
          </Button>
        )}
        {can.publish && item.answerPublished && (
          <Popconfirm title={t('feedback.withdrawConfirm')} okText={t('feedback.withdraw')} cancelText={t('common.cancel')} onConfirm={() => publish.mutate(false)}>
            <Button icon={<EyeInvisibleOutlined aria-hidden />} loading={publish.isPending}>
              {t('feedback.withdraw')}
            </Button>
          </Popconfirm>
        )}
        {can.close && button('close', t('feedback.close'), <CheckCircleOutlined aria-hidden />)}
        {can.reopen && button('reopen', t('feedback.reopen'), <RollbackOutlined aria-hidden />)}
        {can.refuse && button('refuse', t('feedback.refuse'), <StopOutlined aria-hidden />, true)}
      </Space>
      {open && (
        <FeedbackStepModal
          item={item}
          step={open}
          onClose={() => setOpen(null)}
          onSaved={(saved) => {
            setOpen(null);
            void message.success(t('feedback.stepSaved', { step: stepLabel(t, open, saved.state) }));
          }}
        />
      )}
    </>
  );
}
