import type { RoundDto } from '../api/types';
import { FormModal } from '../forms/FormModal';
import { useT } from '../i18n/I18nProvider';
import { useEditRound } from './queries';
import { pickerDay, ROUND_FIELDS, roundBody, RoundFields, type RoundValues } from './RoundFields';

/** Deadlines moved, bodies added or taken out (one with scores stays: the server says which), the review team changed. */
export function EditRoundModal({ round, onClose }: { round: RoundDto; onClose: () => void }) {
  const t = useT();
  const save = useEditRound(round.id, roundBody, onClose);
  return (
    <FormModal<RoundValues>
      title={t('scoring.editRoundTitle')}
      submit={save}
      onClose={onClose}
      fields={ROUND_FIELDS}
      width={640}
      initialValues={{
        name: round.name,
        bodyIds: round.bodies.map((b) => b.organization.id),
        selfDeadline: pickerDay(round.selfDeadline),
        reviewDeadline: pickerDay(round.reviewDeadline),
        reviewerIds: round.reviewers.map((r) => r.id),
      }}
    >
      <RoundFields ownerId={round.organization.id} />
    </FormModal>
  );
}
