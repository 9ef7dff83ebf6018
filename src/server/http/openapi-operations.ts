import { keyOverRate } from '../auth/api-key-access';
import { unauthenticated, type AppError } from '../errors';
import { refusal } from '../policies';
import { markDateFormats } from './openapi-dates';
import { REQUEST_EXAMPLES } from './operation-examples';
import { ENGLISH_SUMMARIES } from './operation-summaries';
import { validationFailed } from './validation';

/**
 * What every operation of the OpenAPI description says besides its shapes (issue 18), added to the finished
 * document: its summary in Vietnamese and English, the note on a list's order, an example body, and the errors
 * it may answer, each with the one error shape and an example.
 */

type Operation = {
  operationId?: string;
  summary?: string;
  description?: string;
  security?: unknown[];
  parameters?: { in: string }[];
  requestBody?: { content?: Record<string, { example?: unknown }> };
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: unknown; example?: unknown }> }>;
};
type Document = { paths?: Record<string, Record<string, Operation>> };

const WRITES = new Set(['post', 'put', 'patch', 'delete']);

/** An example made by the very functions that make the server's answers, so it cannot say otherwise. */
const exampleOf = (e: AppError) => ({ code: e.code, message: e.message, ...(e.details === undefined ? {} : { details: e.details }) });

/** Reached without signing in (citizens' pages, the health check, signing in and out): the route says `security: []`. */
const isPublic = (operation: Operation) => operation.security?.length === 0;

const ERRORS: Record<string, { description: string; example?: { code: string; message: string; details?: unknown } }> = {
  400: {
    description: 'Dữ liệu không hợp lệ; trường lạ cũng bị từ chối — Invalid input (unknown fields included)',
    example: exampleOf(validationFailed('body', [{ path: ['title'], message: 'Trường này là bắt buộc.' }])),
  },
  401: {
    description: 'Chưa đăng nhập, phiên đã hết hoặc khóa API sai — Not signed in, session ended or wrong API key',
    example: exampleOf(unauthenticated()),
  },
  403: {
    description: 'Không có quyền thực hiện thao tác này — Not allowed',
    example: exampleOf(refusal('plan.edit')),
  },
  404: {
    description: 'Không có, hoặc không thuộc phạm vi được xem — Missing, or not yours to see',
    // The code names the resource (NOT_FOUND below); an operation of another resource shows no example.
  },
  409: {
    description: 'Xung đột với trạng thái hiện tại (đã có người sửa, sai bước quy trình) — Conflicts with the current state',
    example: { code: 'PLAN_AWAITING_APPROVAL', message: 'Kế hoạch đang chờ lãnh đạo phê duyệt; hãy trả lại dự thảo trước khi sửa.' },
  },
  413: {
    description: 'Dữ liệu hoặc tệp gửi lên quá lớn — Body or file too large',
    example: { code: 'PAYLOAD_TOO_LARGE', message: 'Dữ liệu gửi lên quá lớn.' },
  },
  429: {
    description: 'Quá nhiều yêu cầu; xem tiêu đề Retry-After — Too many requests; see Retry-After',
    example: exampleOf(keyOverRate(120, 42)),
  },
  503: {
    description: 'Máy chủ đang bận việc nặng khác; thử lại sau — Busy with other heavy work; try again later',
  },
};

/** The "not found" a resource answers, by the path segment naming it (the codes the routes throw). */
const NOT_FOUND: Record<string, { code: string; message: string }> = {
  plans: { code: 'PLAN_NOT_FOUND', message: 'Không tìm thấy kế hoạch.' },
  tasks: { code: 'TASK_NOT_FOUND', message: 'Không tìm thấy nhiệm vụ.' },
  occurrences: { code: 'OCCURRENCE_NOT_FOUND', message: 'Không tìm thấy kỳ thực hiện.' },
  evidence: { code: 'EVIDENCE_NOT_FOUND', message: 'Không tìm thấy minh chứng.' },
  'media-items': { code: 'MEDIA_ITEM_NOT_FOUND', message: 'Không tìm thấy tin, bài.' },
  procedures: { code: 'PROCEDURE_NOT_FOUND', message: 'Không tìm thấy thủ tục.' },
  reports: { code: 'REPORT_NOT_FOUND', message: 'Không tìm thấy báo cáo.' },
  organizations: { code: 'ORGANIZATION_NOT_FOUND', message: 'Không tìm thấy tổ chức.' },
  users: { code: 'USER_NOT_FOUND', message: 'Không tìm thấy người dùng.' },
  'api-keys': { code: 'API_KEY_NOT_FOUND', message: 'Không tìm thấy khóa API.' },
  feedback: { code: 'FEEDBACK_NOT_FOUND', message: 'Không tìm thấy phản ánh, kiến nghị.' },
  surveys: { code: 'SURVEY_NOT_FOUND', message: 'Không tìm thấy cuộc khảo sát.' },
  notifications: { code: 'NOTIFICATION_NOT_FOUND', message: 'Không tìm thấy thông báo.' },
  jobs: { code: 'JOB_NOT_FOUND', message: 'Không tìm thấy yêu cầu xuất dữ liệu.' },
};

/** The resource an operation on one thing is about: the path segment before its first parameter. */
const resourceOf = (path: string) => /\/([\w-]+)\/\{/.exec(path)?.[1] ?? '';

const SUCCESS = 'Thành công — Success';

/** Lists small by nature (a plan's versions, a period's evidence, a body's channels) come whole, and say so. */
const WHOLE_LIST = 'Không chia trang: trả cả danh sách, vốn nhỏ theo bản chất. — Not paged: the whole list, small by nature.';
const isWholeList = (operation: Operation) => {
  const answer = JSON.stringify(operation.responses?.['200'] ?? '');
  return answer.includes('"items"') && !answer.includes('"nextCursor"');
};

const NEWEST_FIRST = 'mới nhất trước — Order: newest first';
/** The fixed order of each paged list, said in its description (the conventions at the top promise it). */
const LIST_ORDERS: Record<string, string> = {
  getOrganizations: 'theo cây tổ chức, cấp trên trước cấp dưới — Order: by the tree, each node before those under it',
  getExternalBodies: 'theo thứ tự thêm — Order: as added',
  getGroups: 'theo thứ tự tạo — Order: as created',
  getUsers: 'theo tên đăng nhập (a → z) — Order: by user name',
  getApiKeys: NEWEST_FIRST,
  getAuditLog: NEWEST_FIRST,
  getLegalDocuments: 'mới thêm trước — Order: most recently added first',
  getProcedures: 'theo mã thủ tục — Order: by procedure code',
  getPlans: 'mới soạn trước — Order: most recently drafted first',
  getPlansByIdChildren: 'mới soạn trước — Order: most recently drafted first',
  getOccurrences: 'theo thứ tự tạo (nhiệm vụ của kế hoạch, rồi các kỳ) — Order: as created (the plan’s tasks, then their periods)',
  getNotifications: NEWEST_FIRST,
  getMediaItems: NEWEST_FIRST,
  getJobs: NEWEST_FIRST,
  getFeedback: 'mới nhận trước — Order: most recently received first',
  getSurveys: NEWEST_FIRST,
};

/** The statuses an operation may fail with, from what it takes and who may call it. */
function errorStatusesOf(path: string, method: string, operation: Operation): string[] {
  const statuses = new Set(Object.keys(operation.responses ?? {}).filter((s) => Number(s) >= 400));
  const takesInput = (operation.parameters?.length ?? 0) > 0 || operation.requestBody !== undefined;
  if (takesInput) statuses.add('400');
  if (!isPublic(operation)) ['401', '403', '429'].forEach((s) => statuses.add(s));
  if (path.includes('{')) statuses.add('404');
  if (WRITES.has(method) && path.includes('{')) statuses.add('409');
  if (operation.requestBody !== undefined) statuses.add('413');
  return [...statuses].sort();
}

export function describeOperations<T extends Document>(document: T): T {
  markDateFormats(document);
  for (const [path, operations] of Object.entries(document.paths ?? {})) {
    for (const [method, operation] of Object.entries(operations)) {
      sumUp(operation);
      noteListOrder(method, operation);
      addBodyExample(operation);
      addErrors(path, method, operation);
    }
  }
  return document;
}

/** `Vietnamese — English`, the Vietnamese half being the route's own summary. */
function sumUp(operation: Operation): void {
  const english = operation.operationId ? ENGLISH_SUMMARIES[operation.operationId] : undefined;
  if (operation.summary && english) operation.summary = `${operation.summary} — ${english}`;
}

/** A paged list says its order; a list that comes whole says so. */
function noteListOrder(method: string, operation: Operation): void {
  const order = operation.operationId ? LIST_ORDERS[operation.operationId] : undefined;
  const note = order ? `Thứ tự: ${order}.` : method === 'get' && isWholeList(operation) ? WHOLE_LIST : undefined;
  if (note) operation.description = [note, operation.description].filter(Boolean).join('\n\n');
}

function addBodyExample(operation: Operation): void {
  const example = operation.operationId ? REQUEST_EXAMPLES[operation.operationId] : undefined;
  const json = operation.requestBody?.content?.['application/json'];
  if (example && json) json.example = example;
}

/** Every error the operation may answer, in the one error shape, with an example where there is one to give. */
function addErrors(path: string, method: string, operation: Operation): void {
  const responses = (operation.responses ??= {});
  for (const [status, response] of Object.entries(responses)) if (Number(status) < 400 && response.description === 'Default Response') response.description = SUCCESS;
  for (const status of errorStatusesOf(path, method, operation)) {
    const known = ERRORS[status];
    const example = status === '404' ? NOT_FOUND[resourceOf(path)] : known?.example;
    responses[status] = {
      ...responses[status],
      description: known?.description ?? responses[status]?.description ?? 'Lỗi — Error',
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' }, ...(example ? { example: { error: example } } : {}) } },
    };
  }
}
