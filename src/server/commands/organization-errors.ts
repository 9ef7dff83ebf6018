import type { MoveProblem } from '../../domain/organizations/tree';
import { AppError, badRequest, conflict, notFound } from '../errors';

export const organizationNotFound = () => notFound('ORGANIZATION_NOT_FOUND', 'Không tìm thấy tổ chức.');

const PROBLEM_MESSAGES: Record<MoveProblem, string> = {
  DEPARTMENT_OF_HEALTH_MUST_BE_ROOT: 'Sở Y tế là cấp cao nhất, không đặt dưới tổ chức khác.',
  BODY_PARENT_MUST_BE_DEPARTMENT: 'Bệnh viện, trung tâm y tế, CDC chỉ đặt trực thuộc Sở Y tế.',
  UNIT_NEEDS_PARENT: 'Khoa, phòng, tổ phải thuộc một đơn vị.',
  UNIT_PARENT_MUST_BE_IN_BODY: 'Khoa, phòng, tổ phải nằm trong một đơn vị.',
  PARENT_RETIRED: 'Tổ chức cấp trên đã ngừng hoạt động.',
  MOVE_INTO_OWN_SUBTREE: 'Không thể chuyển một tổ chức vào bên trong chính nó.',
  UNIT_CANNOT_CHANGE_BODY: 'Khoa, phòng chỉ được chuyển trong cùng đơn vị; hãy tạo mới ở đơn vị kia.',
};

export function placementError(problem: MoveProblem): AppError {
  return badRequest(problem, PROBLEM_MESSAGES[problem]);
}

export const codeTakenError = (code: string) =>
  conflict('ORGANIZATION_CODE_TAKEN', `Mã viết tắt "${code}" đã được dùng.`, [{ field: 'code', message: 'Mã đã được dùng' }]);
