import { unknownFieldsMessage } from '../../shared/zod-locale';
import { AppError } from '../errors';

/** One refused field: its dotted path ("content.sections.0.heading") and why, in Vietnamese. */
export type FieldError = { field: string; message: string };

/** What part of the request was wrong, as the message says it. */
export type RequestPart = 'body' | 'querystring' | 'params' | 'headers';

const WHERE_VI: Record<string, string> = { body: 'dữ liệu gửi lên', querystring: 'tham số truy vấn', params: 'đường dẫn', headers: 'tiêu đề' };

/** A validation problem as zod reports it (an issue), reduced to what the answer needs. */
export type Problem = { path: readonly PropertyKey[]; code?: string; message: string; keys?: readonly string[] };

/**
 * The details of a refusal, one per field: an unknown key is named by its own path (so the person sees
 * "summery", not the object that held it) with "Trường không được hỗ trợ: summery".
 */
export function fieldErrors(problems: readonly Problem[], where: string): FieldError[] {
  return problems.flatMap((p) => {
    const at = p.path.map(String);
    if (p.code === 'unrecognized_keys' && p.keys?.length) {
      return p.keys.map((key) => {
        const field = [...at, key].join('.');
        return { field, message: unknownFieldsMessage([field]) };
      });
    }
    return [{ field: at.join('.') || where, message: p.message || 'Giá trị không hợp lệ' }];
  });
}

const isUnknown = (d: FieldError) => d.message === unknownFieldsMessage([d.field]);

/**
 * The 400 VALIDATION_FAILED answer. When the only problem is fields the route does not know, the message is
 * exactly "Trường không được hỗ trợ: a, b"; otherwise it names the part and the fields and gives the first reason.
 */
export function validationFailed(where: string, problems: readonly Problem[]): AppError {
  const details = fieldErrors(problems, where);
  if (details.length > 0 && details.every(isUnknown)) {
    return new AppError(400, 'VALIDATION_FAILED', unknownFieldsMessage(details.map((d) => d.field)), details);
  }
  const fields = [...new Set(details.map((d) => d.field))].join(', ');
  return new AppError(400, 'VALIDATION_FAILED', `Dữ liệu không hợp lệ ở ${WHERE_VI[where] ?? where}: ${fields}. ${details[0]?.message ?? ''}`.trim(), details);
}

/** Fields a route does not know (in a multipart form, or a body sent to a route that takes none). */
export const unknownFields = (names: readonly string[], where: RequestPart = 'body') => validationFailed(where, [{ path: [], code: 'unrecognized_keys', keys: names, message: '' }]);
