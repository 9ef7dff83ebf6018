import { Tag } from 'antd';
import type {
  OnlineLevel,
  PostingPlace,
  ProcedureEventKind,
  ProcedureLevel,
  ProcedureScope,
  ProcedureStatus,
  ProcessingTimeUnit,
  ReceivingPlace,
} from '../../shared/procedure-vocabulary';
import type { PostingStanding } from '../../shared/schemas/procedures';
import { useT, type Translate } from '../i18n/I18nProvider';

export const scopeLabel = (t: Translate, scope: ProcedureScope) => t(`procedureScope.${scope}`);
export const levelLabel = (t: Translate, level: ProcedureLevel) => t(`procedureLevel.${level}`);
export const statusLabel = (t: Translate, status: ProcedureStatus) => t(`procedureStatus.${status}`);
export const eventKindLabel = (t: Translate, kind: ProcedureEventKind) => t(`procedureEvent.${kind}`);
export const postingPlaceLabel = (t: Translate, place: PostingPlace) => t(`postingPlace.${place}`);
export const standingLabel = (t: Translate, standing: PostingStanding) => t(`postingStanding.${standing}`);
export const receivingPlaceLabel = (t: Translate, place: ReceivingPlace) => t(`receivingPlace.${place}`);
export const onlineLevelLabel = (t: Translate, level: OnlineLevel) => t(`onlineLevel.${level}`);
export const processingUnitLabel = (t: Translate, unit: ProcessingTimeUnit) => t(`processingUnit.${unit}`);

const STATUS_COLORS: Record<ProcedureStatus, string> = { not_yet_in_force: 'blue', in_force: 'green', replaced: 'default', abolished: 'default' };

export function ProcedureStatusTag({ status }: { status: ProcedureStatus }) {
  const t = useT();
  return <Tag color={STATUS_COLORS[status]}>{statusLabel(t, status)}</Tag>;
}

const STANDING_COLORS: Record<PostingStanding, string> = { posted: 'green', stale: 'orange', not_posted: 'red' };

/**
 * Whether what hangs on the board is what is in force. Only a procedure in force needs posting, so one
 * that is not (yet, or any more) shows no posting tag at all.
 */
export function PostingStandingTag({ standing, status }: { standing: PostingStanding; status: ProcedureStatus }) {
  const t = useT();
  if (status !== 'in_force') return null;
  return <Tag color={STANDING_COLORS[standing]}>{standingLabel(t, standing)}</Tag>;
}

export const PROCEDURES_PATH = '/thu-tuc';
export const POSTING_BY_BODY_PATH = '/thu-tuc/don-vi';
export const procedurePagePath = (id: string) => `/thu-tuc/${id}`;
