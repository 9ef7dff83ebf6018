import { writeSync } from 'node:fs';
import { hostname } from 'node:os';

/** Why the process stopped: an exception nothing caught, a promise rejection nothing handled, or a failed start. */
export type CrashCause = 'uncaughtException' | 'unhandledRejection' | 'startup';

/**
 * One JSON line, in the shape of the server's own log lines (pino: level 60 is "fatal"), with the cause and
 * the error's name, message, code and stack. Written synchronously to stderr, so it is out before the
 * process exits, whatever LOG_LEVEL says: journald and `docker logs` keep it.
 */
export function crashLine(cause: CrashCause, reason: unknown, now: Date = new Date()): string {
  const error = reason instanceof Error ? reason : new Error(typeof reason === 'string' ? reason : JSON.stringify(reason) ?? String(reason));
  const code = (error as NodeJS.ErrnoException).code;
  return `${JSON.stringify({
    level: 60,
    time: now.getTime(),
    pid: process.pid,
    hostname: hostname(),
    cause,
    err: { type: error.name, message: error.message, ...(code ? { code } : {}), stack: error.stack },
    msg: `CCHC dừng vì lỗi không được xử lý (${cause}): ${error.message}. Trình giám sát (systemd, Docker) sẽ khởi động lại.`,
  })}\n`;
}

export function writeCrash(cause: CrashCause, reason: unknown): void {
  try {
    writeSync(2, crashLine(cause, reason));
  } catch {
    // stderr closed: nothing left to tell, the exit code still says it.
  }
}

/**
 * From here on an uncaught exception or an unhandled rejection is logged with its cause and ends the
 * process with exit code 1, so the supervisor (deploy/cchc.service, the container's restart policy) starts
 * a clean one: after such an error the process's state is unknown, and limping on would hide it.
 */
export function exitOnCrash(exit: (code: number) => never = process.exit): void {
  for (const cause of ['uncaughtException', 'unhandledRejection'] as const) {
    process.on(cause, (reason: unknown) => {
      writeCrash(cause, reason);
      exit(1);
    });
  }
}
