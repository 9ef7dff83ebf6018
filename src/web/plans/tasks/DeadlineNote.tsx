import { CheckCircleFilled, CloseCircleFilled, LoadingOutlined } from '@ant-design/icons';
import { formatDate } from '../../format/dates';
import { useT } from '../../i18n/I18nProvider';
import type { DeadlineHint } from './useDeadlineHint';

const DUES_SHOWN = 4;

function duesText(dues: string[] = []): string {
  const shown = dues.slice(0, DUES_SHOWN).map(formatDate).join(', ');
  return dues.length > DUES_SHOWN ? `${shown}, …` : shown;
}

/** The parsed deadline beside its text: green with its due dates when understood, red with the reason when not. */
export function DeadlineNote({ hint }: { hint: DeadlineHint }) {
  const t = useT();
  switch (hint.state) {
    case 'empty':
      return <div className="deadline-note deadline-note-muted">{t('taskGrid.noDeadline')}</div>;
    case 'pending':
      return (
        <div className="deadline-note deadline-note-muted">
          <LoadingOutlined /> {t('taskGrid.reading')}
        </div>
      );
    case 'failed':
      return <div className="deadline-note deadline-note-muted">{t('taskGrid.readFailed')}</div>;
    case 'understood':
      return (
        <div className="deadline-note deadline-note-ok">
          <CheckCircleFilled /> {hint.text}
          {hint.dues && hint.dues.length > 0 && <div>{t('taskGrid.dues', { dates: duesText(hint.dues) })}</div>}
        </div>
      );
    case 'not-understood':
      return (
        <div className="deadline-note deadline-note-bad">
          <CloseCircleFilled /> {hint.text}
        </div>
      );
  }
}
