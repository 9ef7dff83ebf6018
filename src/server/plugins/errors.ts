import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from '../errors';

type FieldError = { field: string; message: string };

const WHERE_VI: Record<string, string> = { body: 'dữ liệu gửi lên', querystring: 'tham số truy vấn', params: 'đường dẫn', headers: 'tiêu đề' };

/**
 * One error shape for every failure: { error: { code, message, details } }, message in Vietnamese.
 * Known client errors keep their status; anything unexpected is a 500 that shows no internals.
 */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError | Error, request, reply) => {
    if (error instanceof AppError) {
      return reply.status(error.statusCode).send({ error: { code: error.code, message: error.message, details: error.details } });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = error.validationContext ?? 'body';
      const details: FieldError[] = error.validation.map((v) => ({
        field: v.instancePath.replace(/^\//, '').replace(/\//g, '.') || where,
        message: v.message ?? 'Giá trị không hợp lệ',
      }));
      const fields = [...new Set(details.map((d) => d.field))].join(', ');
      return reply.status(400).send({
        error: {
          code: 'VALIDATION_FAILED',
          message: `Dữ liệu không hợp lệ ở ${WHERE_VI[where] ?? where}: ${fields}. ${details[0]?.message ?? ''}`.trim(),
          details,
        },
      });
    }
    const fe = error as FastifyError;
    if (fe.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || (fe.statusCode === 400 && error instanceof SyntaxError)) {
      return reply.status(400).send({ error: { code: 'INVALID_JSON', message: 'Nội dung gửi lên không phải JSON hợp lệ.' } });
    }
    if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || fe.statusCode === 413) {
      return reply.status(413).send({ error: { code: 'PAYLOAD_TOO_LARGE', message: 'Dữ liệu gửi lên quá lớn.' } });
    }
    if (fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return reply.status(415).send({ error: { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Kiểu nội dung không được hỗ trợ; hãy gửi JSON.' } });
    }
    if (fe.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
      return reply.status(400).send({ error: { code: 'INVALID_JSON', message: 'Thiếu nội dung JSON.' } });
    }
    if (fe.statusCode === 429) {
      return reply.status(429).send({ error: { code: 'RATE_LIMITED', message: 'Quá nhiều yêu cầu, vui lòng thử lại sau ít phút.' } });
    }
    if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
      return reply.status(fe.statusCode).send({ error: { code: 'BAD_REQUEST', message: 'Yêu cầu không hợp lệ.' } });
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send({ error: { code: 'INTERNAL_ERROR', message: 'Đã có lỗi hệ thống. Vui lòng thử lại sau; nếu lỗi lặp lại, hãy báo quản trị viên.' } });
  });
}
