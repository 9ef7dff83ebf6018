import { CheckCircleOutlined, PlusOutlined, RollbackOutlined, SendOutlined, StopOutlined, UndoOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import type { PlanDetailDto } from '../api/types';
import { errorMessage } from '../forms/errors';
import { useT } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/vi';
import { planPath } from './planColumns';
import { useCreatePlan } from './queries';
import { TransitionModal, type TransitionTarget } from './TransitionModal';

const DONE: Record<TransitionTarget, MessageKey> = {
  submitted: 'planAction.submitted',
  draft: 'planAction.returned',
  issued: 'planAction.issued',
  closed: 'planAction.closed',
  reopened: 'planAction.reopened',
};

/** The moves this person may make on the plan now, as the server's `can` says. */
export function PlanActions({ plan }: { plan: PlanDetailDto }) {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [target, setTarget] = useState<TransitionTarget | null>(null);
  const createChild = useCreatePlan((parentId: string) => ({ fromParentId: parentId }), (child) => navigate(planPath(child.id)));

  const moves: [TransitionTarget, boolean, ReactNode, MessageKey][] = [
    ['submitted', plan.can.submit, <SendOutlined />, 'planAction.submit'],
    ['draft', plan.can.approve, <RollbackOutlined />, 'planAction.return'],
    ['issued', plan.can.approve, <CheckCircleOutlined />, 'planAction.issue'],
    ['closed', plan.can.close && plan.state === 'issued', <StopOutlined />, 'planAction.close'],
    ['reopened', plan.can.close && plan.state === 'closed', <UndoOutlined />, 'planAction.reopen'],
  ];

  return (
    <Space wrap>
      {moves
        .filter(([, allowed]) => allowed)
        .map(([to, , icon, label]) => (
          <Button key={to} type={to === 'issued' || to === 'submitted' ? 'primary' : 'default'} icon={icon} onClick={() => setTarget(to)}>
            {t(label)}
          </Button>
        ))}
      {plan.can.createChild && (
        <Button
          icon={<PlusOutlined />}
          loading={createChild.isPending}
          onClick={() => createChild.mutate(plan.id, { onError: (error) => void message.error(errorMessage(error, t)) })}
        >
          {t('planAction.createChild')}
        </Button>
      )}
      {target && (
        <TransitionModal
          plan={plan}
          target={target}
          onClose={() => setTarget(null)}
          onDone={() => {
            void message.success(t(DONE[target]));
            setTarget(null);
          }}
        />
      )}
    </Space>
  );
}
