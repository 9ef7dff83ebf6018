import type { OCCURRENCE_STATUS_VALUES } from './schemas/occurrences';

type OccurrenceStatus = (typeof OCCURRENCE_STATUS_VALUES)[number];

/** What each status is called on screen and in the workbooks a department fills in. */
export const OCCURRENCE_STATUS_LABELS_VI: Record<OccurrenceStatus, string> = {
  not_started: 'Chưa thực hiện',
  in_progress: 'Đang thực hiện',
  submitted: 'Chờ duyệt',
  done: 'Hoàn thành',
  not_applicable: 'Không áp dụng',
};
