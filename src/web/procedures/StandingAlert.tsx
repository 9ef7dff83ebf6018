import { Alert } from 'antd';
import type { ProcedureDto } from '../../shared/schemas/procedures';
import { formatDate } from '../format/dates';
import { useT } from '../i18n/I18nProvider';

/**
 * Says when what hangs on the board is not what is in force: changed since its last posting (stale), or
 * never posted. Only a procedure in force must be posted.
 */
export function StandingAlert({ procedure: p }: { procedure: ProcedureDto }) {
  const t = useT();
  if (p.status !== 'in_force' || p.standing === 'posted') return null;
  if (p.standing === 'not_posted') {
    return <Alert type="error" showIcon title={t('procedures.notPostedWarning')} description={t('procedures.notPostedHelp')} className="procedure-alert" />;
  }
  return (
    <Alert
      type="warning"
      showIcon
      title={t('procedures.staleWarning')}
      description={t('procedures.staleHelp', {
        posted: p.lastPosting!.version,
        postedOn: formatDate(p.lastPosting!.postedOn),
        version: p.version,
        changedOn: formatDate(p.contentChangedAt),
      })}
      className="procedure-alert"
    />
  );
}
