/**
 * The words of a workflow notification and where it leads in the app. Titles say what happened in a
 * few words; the body names the thing, and quotes the comment or the reason given with the step.
 */
import { formatDateVi } from '../schedule/calendar';
import type { Recipient } from './recipients';
import type { WorkflowEvent, WorkflowEventKind } from './workflow-events';

export type WorkflowMessage = { kind: `workflow.${WorkflowEventKind}`; title: string; body: string; link: string };

const TITLES: Record<WorkflowEventKind, string> = {
  'plan.submitted': 'Kế hoạch chờ phê duyệt',
  'plan.returned': 'Kế hoạch bị trả lại',
  'plan.issued': 'Kế hoạch đã ban hành',
  'occurrence.submitted': 'Kết quả chờ duyệt',
  'occurrence.accepted': 'Kết quả được duyệt',
  'occurrence.returned': 'Kết quả bị trả lại',
  'occurrence.commented': 'Ý kiến mới về nhiệm vụ',
  'media.submitted': 'Tin bài chờ duyệt',
  'media.approved': 'Tin bài được duyệt',
  'media.returned': 'Tin bài bị trả lại',
  'media.published': 'Tin bài đã đăng',
  'report.approved': 'Báo cáo được phê duyệt',
  'report.submitted': 'Báo cáo mới gửi lên',
  'report.returned': 'Báo cáo bị trả lại',
  'procedure.stale': 'Thủ tục cần niêm yết lại',
  'feedback.received': 'Phản ánh mới',
  'feedback.assigned': 'Phản ánh được giao xử lý',
  'feedback.answered': 'Phản ánh đã được trả lời',
  'scoring.opened': 'Mở đợt chấm điểm CCHC',
  'scoring.published': 'Công bố kết quả chấm điểm CCHC',
  'scoring.submitted': 'Bản tự đánh giá chờ thẩm định',
  'scoring.rescored': 'Điểm thẩm định khác điểm tự chấm',
  'scoring.reopened': 'Bản tự đánh giá được mở lại',
  'scoring.answered': 'Đơn vị giải trình điểm thẩm định',
};

/** Links into the staff app: the plan, the task's page (its periods and history), the item, the report. */
export function linkOf(event: WorkflowEvent): string {
  switch (event.kind) {
    case 'plan.submitted':
    case 'plan.returned':
    case 'plan.issued':
      return `/ke-hoach/${event.plan.id}`;
    case 'occurrence.submitted':
    case 'occurrence.accepted':
    case 'occurrence.returned':
    case 'occurrence.commented':
      // The task's page, scrolled to the period: its result, evidence and whole history.
      return `/nhiem-vu/${encodeURIComponent(event.occurrence.taskId)}?ky=${encodeURIComponent(event.occurrence.id)}`;
    case 'media.submitted':
    case 'media.approved':
    case 'media.returned':
    case 'media.published':
      return `/truyen-thong/${event.item.id}`;
    case 'procedure.stale':
      return event.procedures.length === 1 ? `/thu-tuc/${event.procedures[0]!.id}` : '/thu-tuc?niemYet=stale';
    case 'feedback.received':
    case 'feedback.assigned':
    case 'feedback.answered':
      return `/phan-anh/${event.feedback.id}`;
    case 'scoring.opened':
    case 'scoring.published':
      return `/cham-diem/dot/${event.round.id}`;
    case 'scoring.submitted':
    case 'scoring.rescored':
    case 'scoring.reopened':
    case 'scoring.answered':
      return `/cham-diem/danh-gia/${event.assessment.id}`;
    default:
      return `/bao-cao/${event.report.id}`;
  }
}

/** "ABCD-EF23", as the citizen holds it. */
const feedbackCode = (code: string) => `${code.slice(0, 4)}-${code.slice(4)}`;

const by = (event: WorkflowEvent) => (event.actor.name ? ` (${event.actor.name})` : '');

/** The comment with the step, quoted: "Lý do: …" on a return, "Ý kiến: …" otherwise. */
function commentOf(event: WorkflowEvent): string {
  const comment = event.comment?.trim();
  if (!comment) return '';
  const label = event.kind.endsWith('.returned') ? 'Lý do' : 'Ý kiến';
  return ` ${label}${by(event)}: “${comment}”`;
}

function sentence(event: WorkflowEvent, recipient: Recipient): string {
  switch (event.kind) {
    case 'plan.submitted':
      return `Kế hoạch “${event.plan.title}” của ${event.plan.bodyName} được trình phê duyệt${by(event)}.`;
    case 'plan.returned':
      return `Dự thảo kế hoạch “${event.plan.title}” bị trả lại để chỉnh sửa.`;
    case 'plan.issued': {
      const number = event.plan.numberAndSymbol ? `số ${event.plan.numberAndSymbol} ` : '';
      const issued = `Kế hoạch ${number}“${event.plan.title}” của ${event.plan.bodyName} đã được ban hành`;
      return recipient.assignee ? `${issued}, giao nhiệm vụ cho ${recipient.assignee.name}.` : `${issued}.`;
    }
    case 'occurrence.submitted': {
      const o = event.occurrence;
      return `${o.organizationName} đã nộp kết quả nhiệm vụ “${o.taskTitle}”${o.due ? ` (hạn ${formatDateVi(o.due)})` : ''}, chờ duyệt.`;
    }
    case 'occurrence.accepted':
      return `Kết quả nhiệm vụ “${event.occurrence.taskTitle}” (${event.occurrence.organizationName}) đã được duyệt hoàn thành.`;
    case 'occurrence.returned':
      return `Kết quả nhiệm vụ “${event.occurrence.taskTitle}” (${event.occurrence.organizationName}) bị trả lại, cần bổ sung.`;
    case 'occurrence.commented':
      return `Có ý kiến mới về nhiệm vụ “${event.occurrence.taskTitle}” (${event.occurrence.organizationName}).`;
    case 'media.submitted':
      return `Tin bài “${event.item.title}” được gửi biên tập, chờ duyệt.`;
    case 'media.approved':
      return `Tin bài “${event.item.title}” đã được duyệt${by(event)}.`;
    case 'media.returned':
      return `Tin bài “${event.item.title}” bị trả lại để chỉnh sửa.`;
    case 'media.published':
      return `Tin bài “${event.item.title}” đã được đăng trên ${event.channel}.`;
    case 'report.approved':
      return `Báo cáo kết quả CCHC ${event.report.phrase} của ${event.report.bodyName} đã được phê duyệt${by(event)}, sẵn sàng gửi đơn vị cấp trên.`;
    case 'report.submitted':
      return `${event.report.bodyName} đã gửi báo cáo kết quả CCHC ${event.report.phrase}.`;
    case 'report.returned':
      return `Báo cáo kết quả CCHC ${event.report.phrase} của ${event.report.bodyName} bị trả lại.`;
    case 'procedure.stale': {
      const [first, ...others] = event.procedures;
      if (others.length === 0) return `Thủ tục ${first!.code} “${first!.name}” đã thay đổi${by(event)} sau lần niêm yết gần nhất: cần niêm yết lại bản mới.`;
      const codes = event.procedures.slice(0, 5).map((p) => p.code).join(', ');
      return `${String(event.procedures.length).padStart(2, '0')} thủ tục đã thay đổi${by(event)} sau lần niêm yết gần nhất, cần niêm yết lại: ${codes}${event.procedures.length > 5 ? '…' : ''}.`;
    }
    // The citizen's subject only: their name or contact never goes into a notification.
    case 'feedback.received':
      return `Phản ánh ${feedbackCode(event.feedback.trackingCode)} “${event.feedback.subject}” đã được tiếp nhận, hạn trả lời ${formatDateVi(event.feedback.dueOn)}.`;
    case 'feedback.assigned':
      return `Phản ánh ${feedbackCode(event.feedback.trackingCode)} “${event.feedback.subject}” được giao cho ${event.feedback.unitName ?? 'đơn vị'}${by(event)}, hạn trả lời ${formatDateVi(event.feedback.dueOn)}.`;
    case 'feedback.answered':
      return `Phản ánh ${feedbackCode(event.feedback.trackingCode)} “${event.feedback.subject}” đã được trả lời${by(event)}.`;
    case 'scoring.opened':
      return `Đã mở “${event.round.name}”: đơn vị tự chấm điểm và gửi bản tự đánh giá kèm tài liệu kiểm chứng.`;
    case 'scoring.published':
      return `Đã công bố kết quả “${event.round.name}”: điểm, xếp loại và thứ hạng của đơn vị.`;
    case 'scoring.submitted':
      return `${event.assessment.bodyName} đã gửi bản tự đánh giá “${event.assessment.roundName}”${by(event)}, chờ thẩm định.`;
    case 'scoring.rescored':
      return `Tổ thẩm định chấm tiêu chí ${event.assessment.criterionCode ?? ''} khác điểm tự chấm của ${event.assessment.bodyName} (“${event.assessment.roundName}”); đơn vị có thể giải trình một lần.`;
    case 'scoring.reopened':
      return `Bản tự đánh giá “${event.assessment.roundName}” của ${event.assessment.bodyName} được mở lại${by(event)} để sửa và gửi lại.`;
    case 'scoring.answered':
      return `${event.assessment.bodyName} đã giải trình điểm tiêu chí ${event.assessment.criterionCode ?? ''} (“${event.assessment.roundName}”).`;
  }
}

export function messageFor(event: WorkflowEvent, recipient: Recipient): WorkflowMessage {
  return { kind: `workflow.${event.kind}`, title: TITLES[event.kind], body: `${sentence(event, recipient)}${commentOf(event)}`, link: linkOf(event) };
}
