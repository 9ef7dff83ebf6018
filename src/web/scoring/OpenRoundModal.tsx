import { Form, Select, Typography } from 'antd';
import { useEffect } from 'react';
import type { RoundDto } from '../api/types';
import { FormModal } from '../forms/FormModal';
import { useT } from '../i18n/I18nProvider';
import { useCriteriaSetChoices, useOpenRound } from './queries';
import { ROUND_FIELDS, roundBody, RoundFields, type RoundValues } from './RoundFields';

type Values = RoundValues & { criteriaSetId: string };

type Props = {
  owner: { id: string; name: string };
  /** Sets that already have their round: a set is scored once. */
  takenSetIds: readonly string[];
  onClose: () => void;
  onSaved: (round: RoundDto) => void;
};

/** A department of health opens a year's round on its criteria set: the bodies told, the deadlines, the review team. */
export function OpenRoundModal({ owner, takenSetIds, onClose, onSaved }: Props) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const sets = useCriteriaSetChoices(owner.id);
  const save = useOpenRound((v: Values) => ({ organizationId: owner.id, criteriaSetId: v.criteriaSetId, ...roundBody(v) }), onSaved);
  const choices = (sets.data?.items ?? []).map((s) => ({ value: s.id, label: takenSetIds.includes(s.id) ? t('scoring.setTaken', { name: s.name }) : s.name, disabled: takenSetIds.includes(s.id) }));
  const setId = Form.useWatch('criteriaSetId', form);
  const chosen = sets.data?.items.find((s) => s.id === setId);

  // The newest set without a round is nearly always the one meant.
  const firstFree = choices.find((c) => !c.disabled)?.value;
  useEffect(() => {
    if (firstFree && !form.getFieldValue('criteriaSetId')) form.setFieldValue('criteriaSetId', firstFree);
  }, [firstFree, form]);

  return (
    <FormModal<Values> title={t('scoring.openRoundTitle', { name: owner.name })} submit={save} onClose={onClose} form={form} fields={[...ROUND_FIELDS, 'criteriaSetId']} okText={t('scoring.openRound')} width={640} initialValues={{ bodyIds: [], reviewerIds: [] }}>
      <Form.Item name="criteriaSetId" label={t('scoring.criteriaSet')} rules={[{ required: true, message: t('form.required') }]} extra={chosen && t('scoring.setSize', { points: chosen.maxPoints, n: chosen.scoredCriteria })}>
        <Select options={choices} loading={sets.isPending} notFoundContent={t('scoring.noSets')} />
      </Form.Item>
      {!sets.isPending && choices.length > 0 && !firstFree && <Typography.Paragraph type="warning">{t('scoring.allSetsTaken')}</Typography.Paragraph>}
      <RoundFields ownerId={owner.id} futureOnly namePlaceholder={chosen ? t('scoring.defaultRoundName', { year: chosen.year }) : undefined} />
    </FormModal>
  );
}
