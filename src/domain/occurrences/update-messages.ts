import { OCCURRENCE_STATUS_LABELS_VI as LABEL } from '../../shared/occurrence-statuses';
import type { UpdateProblem } from './updates';

/** Why a department's update is refused, in the words shown to it: one text for the form and the workbook. */
export const UPDATE_PROBLEM_MESSAGES: Record<UpdateProblem, string> = {
  STATUS_RESERVED_FOR_REVIEW: `Trạng thái "${LABEL.done}" do đầu mối CCHC xác nhận khi duyệt; hãy chọn "${LABEL.submitted}" để gửi duyệt.`,
  OCCURRENCE_CLOSED: 'Kỳ này đã được duyệt hoàn thành; đầu mối CCHC cần trả lại trước khi sửa.',
  OCCURRENCE_DETACHED: 'Kỳ này không còn trong kế hoạch (thời hạn hoặc đơn vị đã đổi); kết quả được giữ lại để tra cứu.',
};
