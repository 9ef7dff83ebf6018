import { Timeline, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { ProcedureEventKind } from '../../shared/procedure-vocabulary';
import type { ProcedureEventDto } from '../../shared/schemas/procedures';
import { formatDate } from '../format/dates';
import { useT } from '../i18n/I18nProvider';
import { eventKindLabel, procedurePagePath } from './labels';

const COLORS: Record<ProcedureEventKind, string> = { issued: 'green', amended: 'blue', supplemented: 'blue', replaced: 'gray', abolished: 'red' };

/** The decisions about the procedure by the day they take effect, the latest first. */
export function ProcedureEvents({ events }: { events: ProcedureEventDto[] }) {
  const t = useT();
  // The server lists them oldest first (the order the status is read in); people read the latest first.
  const latestFirst = [...events].reverse();
  return (
    <Timeline
      className="procedure-events"
      items={latestFirst.map((e) => ({
        key: e.id,
        color: COLORS[e.kind],
        content: (
          <div className="procedure-event">
            <Typography.Text strong>
              {t('procedures.eventOn', { kind: eventKindLabel(t, e.kind), date: formatDate(e.effectiveOn) })}
            </Typography.Text>
            {e.decidingDocument && <span>{e.decidingDocument}</span>}
            {e.replacedBy && (
              <span>
                {t('procedures.replacedBy')} <Link to={procedurePagePath(e.replacedBy.id)}>{`${e.replacedBy.code} — ${e.replacedBy.name}`}</Link>
              </span>
            )}
            {e.note && <Typography.Text type="secondary">{e.note}</Typography.Text>}
            <Typography.Text type="secondary" className="procedure-meta">
              {e.createdByName ? t('procedures.recordedBy', { name: e.createdByName, date: formatDate(e.createdAt) }) : t('procedures.recordedOn', { date: formatDate(e.createdAt) })}
            </Typography.Text>
          </div>
        ),
      }))}
    />
  );
}
