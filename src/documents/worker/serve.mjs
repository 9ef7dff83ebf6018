// The worker side of capped-worker.ts: read the bytes handed over, post one answer. Plain JavaScript,
// as every worker script is (a worker thread does not get tsx's loader).
import { parentPort, workerData } from 'node:worker_threads';

/** The file cannot be given back, for a reason the caller turns into a message (and a detail for it). */
export class Refusal extends Error {
  constructor(reason, detail) {
    super(reason);
    this.reason = reason;
    this.detail = detail;
  }
}

/**
 * Calls `read(bytes, options)` and posts `{ ok: true, value }`, or `{ ok: false, reason, detail }` for a
 * Refusal, or `{ ok: false, reason: 'UNREADABLE', detail: error name }` for anything else the library threw.
 */
export function serve(read) {
  const { bytes, options } = workerData;
  Promise.resolve()
    .then(() => read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), options ?? {}))
    .then(
      (value) => parentPort.postMessage({ ok: true, value }),
      (error) =>
        parentPort.postMessage(
          error instanceof Refusal
            ? { ok: false, reason: error.reason, ...(error.detail === undefined ? {} : { detail: error.detail }) }
            : { ok: false, reason: 'UNREADABLE', detail: String(error?.name ?? 'Error') },
        ),
    );
}
