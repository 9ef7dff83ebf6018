import { OCCURRENCE_STATUS_LABELS_VI as LABEL } from '../../shared/occurrence-statuses';
import { PROGRESS_RANGE, type Work } from './progress-rule';
import type { UpdateProblem } from './updates';

/** Why a department's update is refused, in the words shown to it: one text for the form and the workbook. */
export const UPDATE_PROBLEM_MESSAGES: Record<UpdateProblem, string> = {
  STATUS_RESERVED_FOR_REVIEW: `Trạng thái "${LABEL.done}" do đầu mối CCHC xác nhận khi duyệt; hãy chọn "${LABEL.submitted}" để gửi duyệt.`,
  OCCURRENCE_CLOSED: 'Kỳ này đã được duyệt hoàn thành; đầu mối CCHC cần trả lại trước khi sửa.',
  OCCURRENCE_DETACHED: 'Kỳ này không còn trong kế hoạch (thời hạn hoặc đơn vị đã đổi); kết quả được giữ lại để tra cứu.',
};

const percent = (min: number, max: number) => (min === max ? `${min}%` : `từ ${min}% đến ${max}%`);

/** A status and a progress that contradict, naming both fields and how to put them right. */
export function progressProblemMessage(work: Work): string {
  const [min, max] = PROGRESS_RANGE[work.status];
  const hint =
    work.progress === 100 ? ` Tiến độ 100% chỉ có khi nộp kết quả ("${LABEL.submitted}").` : work.progress === 0 ? ` Tiến độ 0% là "${LABEL.not_started}".` : '';
  return `Trạng thái "${LABEL[work.status]}" đi với Tiến độ ${percent(min, max)}, nhưng Tiến độ đang là ${work.progress}%: hãy sửa Trạng thái hoặc Tiến độ.${hint}`;
}
