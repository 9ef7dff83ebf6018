import { Alert, Typography } from 'antd';
import { Fragment } from 'react';
import { Link } from 'react-router-dom';
import { useT } from '../i18n/I18nProvider';
import { useRoundsUsingSet, type RoundUsingSet } from './criteria-queries';
import { roundPath } from './labels';

function RoundLinks({ rounds }: { rounds: RoundUsingSet[] }) {
  return (
    <>
      {rounds.map((round, i) => (
        <Fragment key={round.id}>
          {i > 0 && ', '}
          <Link to={roundPath(round.id)} className="criteria-round-link">
            {round.name}
          </Link>{' '}
          ({round.phaseLabel})
        </Fragment>
      ))}
    </>
  );
}

/**
 * The rounds scoring with this set. Rounds read the set as it is now, so while editing the person is told
 * that what they change reaches those rounds' score sheets.
 */
export function CriteriaSetRounds({ setId, editing }: { setId: string; editing: boolean }) {
  const t = useT();
  const rounds = useRoundsUsingSet(setId).data ?? [];
  if (rounds.length === 0) return null;
  if (editing) {
    return (
      <Alert
        type="warning"
        showIcon
        className="criteria-alert"
        title={t('scoring-sets.usedByRoundWarning')}
        description={
          <>
            {t('scoring-sets.usedBy')} <RoundLinks rounds={rounds} />
          </>
        }
      />
    );
  }
  return (
    <Typography.Paragraph className="criteria-rounds">
      {t('scoring-sets.usedBy')} <RoundLinks rounds={rounds} />
    </Typography.Paragraph>
  );
}
