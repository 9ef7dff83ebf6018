import { Form, Radio, Select } from 'antd';
import { useNavigate } from 'react-router-dom';
import type { PlanKind } from '../../shared/plan-vocabulary';
import type { PlanSummaryDto } from '../api/types';
import { FormModal } from '../forms/FormModal';
import { useT } from '../i18n/I18nProvider';
import { PlanBasicsFields } from './PlanBasicsFields';
import { planPath } from './planColumns';
import { useCreatePlan, usePlanList, type PlanCreate } from './queries';

type Mode = 'blank' | 'parent' | 'copy';
type Values = { mode: Mode; organizationId: string; kind?: PlanKind; year?: number; title?: string; fromParentId?: string; copyFromId?: string };

const FIELDS = ['organizationId', 'kind', 'year', 'title', 'fromParentId', 'copyFromId'] as const;
const MANY = 100;

const planOption = (p: PlanSummaryDto) => {
  const label = `${p.numberAndSymbol} — ${p.title} (${p.organization.name}, ${p.year})`;
  return { value: p.id, label, title: label };
};

function toRequest(values: Values): PlanCreate {
  const body = { organizationId: values.organizationId };
  if (values.mode === 'parent') return { ...body, fromParentId: values.fromParentId };
  if (values.mode === 'copy') return { ...body, copyFromId: values.copyFromId };
  return { ...body, kind: values.kind, year: values.year, title: values.title };
}

type Props = { bodies: { id: string; name: string }[]; onClose: () => void };

/** A new plan: blank, carrying out an issued plan of a body above, or from an earlier plan of the same body. */
export function CreatePlanModal({ bodies, onClose }: Props) {
  const t = useT();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const mode = Form.useWatch('mode', form) ?? 'blank';
  const bodyId = Form.useWatch('organizationId', form) ?? bodies[0]?.id;
  const create = useCreatePlan(toRequest, (plan) => navigate(planPath(plan.id)));
  const issued = usePlanList({ state: 'issued' }, undefined, MANY);
  const own = usePlanList({ organizationId: bodyId }, undefined, MANY);
  const parents = (issued.data?.items ?? []).filter((p) => p.can.createChild);
  const earlier = (own.data?.items ?? []).filter((p) => p.organization.id === bodyId);

  return (
    <FormModal<Values>
      width={720}
      title={t('plans.createTitle')}
      okText={t('plans.createOk')}
      form={form}
      submit={create}
      onClose={onClose}
      fields={FIELDS}
      initialValues={{ mode: 'blank', organizationId: bodies[0]?.id, year: new Date().getFullYear(), kind: 'cchc' }}
    >
      <Form.Item name="mode" label={t('plans.createFrom')}>
        <Radio.Group
          optionType="button"
          options={[
            { value: 'blank', label: t('plans.fromBlank') },
            { value: 'parent', label: t('plans.fromParent') },
            { value: 'copy', label: t('plans.fromPrevious') },
          ]}
        />
      </Form.Item>
      <Form.Item name="organizationId" label={t('plan.body')} hidden={bodies.length < 2}>
        <Select options={bodies.map((b) => ({ value: b.id, label: b.name }))} />
      </Form.Item>
      {mode === 'blank' && <PlanBasicsFields />}
      {mode === 'parent' && (
        <Form.Item name="fromParentId" label={t('plans.parentPlan')} extra={t('plans.parentHelp')} rules={[{ required: true, message: t('plans.parentRequired') }]}>
          <Select showSearch={{ optionFilterProp: 'label' }} loading={issued.isPending} options={parents.map(planOption)} notFoundContent={t('plans.noParents')} />
        </Form.Item>
      )}
      {mode === 'copy' && (
        <Form.Item name="copyFromId" label={t('plans.previousPlan')} extra={t('plans.previousHelp')} rules={[{ required: true, message: t('plans.previousRequired') }]}>
          <Select showSearch={{ optionFilterProp: 'label' }} loading={own.isPending} options={earlier.map(planOption)} notFoundContent={t('plans.noPrevious')} />
        </Form.Item>
      )}
    </FormModal>
  );
}
