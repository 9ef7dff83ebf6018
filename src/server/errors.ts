/**
 * An error the client should see: a stable code, the HTTP status and a message in Vietnamese.
 * Anything else thrown becomes a 500 whose details stay in the log.
 */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export const notFound = (code: string, message: string) => new AppError(404, code, message);
export const forbidden = (message = 'Bạn không có quyền thực hiện thao tác này.') => new AppError(403, 'FORBIDDEN', message);
export const unauthenticated = () => new AppError(401, 'UNAUTHENTICATED', 'Bạn cần đăng nhập để tiếp tục.');
export const conflict = (code: string, message: string, details?: unknown) => new AppError(409, code, message, details);
export const badRequest = (code: string, message: string, details?: unknown) => new AppError(400, code, message, details);

/**
 * The status of an uploaded file the server will not read: too large (413), every parse slot taken
 * (503, try again later), anything else about the file (400).
 */
export const refusalStatus = (code: string) => (code === 'FILE_TOO_LARGE' ? 413 : code === 'SERVER_BUSY' ? 503 : 400);
