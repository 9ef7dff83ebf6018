import { Tag } from 'antd';
import type { OccurrenceDto } from '../../shared/schemas/occurrences';
import type { Translate } from '../i18n/I18nProvider';
import { useT } from '../i18n/I18nProvider';
import type { OccurrenceStatus } from './queries';

export const OCCURRENCE_STATUSES: readonly OccurrenceStatus[] = ['not_started', 'in_progress', 'submitted', 'done', 'not_applicable'];

export const occurrenceStatusLabel = (t: Translate, status: OccurrenceStatus) => t(`work.occurrenceStatus.${status}`);

const COLORS: Record<OccurrenceStatus, string> = { not_started: 'default', in_progress: 'blue', submitted: 'gold', done: 'green', not_applicable: 'purple' };

export function OccurrenceStatusTag({ status }: { status: OccurrenceStatus }) {
  const t = useT();
  return <Tag color={COLORS[status]}>{occurrenceStatusLabel(t, status)}</Tag>;
}

/** "Trễ hạn" for open work past its due date, "Hoàn thành trễ" for work handed in late; nothing otherwise. */
export function LatenessTag({ lateness }: { lateness: OccurrenceDto['lateness'] }) {
  const t = useT();
  if (lateness === 'overdue') return <Tag color="red">{t('work.late')}</Tag>;
  if (lateness === 'finished_late') return <Tag color="orange">{t('work.finishedLate')}</Tag>;
  return null;
}
