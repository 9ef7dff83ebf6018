import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/** What one parse may take: the heap of its thread and the time from starting the thread to its answer. */
export type WorkerLimits = { heapMb: number; timeLimitMs: number };

/**
 * How a parse in a capped worker ended. `refused` is the worker's own verdict on the file (a reason the
 * worker script names, with an optional detail such as a page count); the others are the runner's.
 */
export type WorkerOutcome<T> =
  | { kind: 'done'; value: T }
  | { kind: 'refused'; reason: string; detail?: string | number }
  | { kind: 'too-slow' }
  | { kind: 'out-of-memory' }
  | { kind: 'crashed' }
  | { kind: 'busy' };

/** What a worker script posts once (see serve.mjs). */
type Answer<T> = { ok: true; value: T } | { ok: false; reason: string; detail?: string | number };

/**
 * Parses at once: one core is always left to the server, so ten hostile uploads at the same time take at
 * most this many cores, and the rest wait their turn. Never more than two: each may hold its heap cap
 * (DOCX: 384 MB), and the service's memory limit (deploy/cchc.service, MemoryMax=2G) must hold them all.
 */
export const PARSES_AT_ONCE = Math.max(1, Math.min(2, availableParallelism() - 1));
/** Uploads waiting for a parse slot; past this an upload is refused as "busy" at once rather than queued. */
export const MAX_WAITING_PARSES = 8;
/** How long an upload waits for a slot before it is refused as "busy". */
export const MAX_WAIT_MS = 30_000;

/** A counting gate: `enter` answers false when the queue is full or the wait ran out. */
export class ParseGate {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    private readonly slots: number,
    private readonly maxWaiting: number,
    private readonly maxWaitMs: number,
  ) {}

  enter(): Promise<boolean> {
    if (this.running < this.slots) {
      this.running++;
      return Promise.resolve(true);
    }
    if (this.waiting.length >= this.maxWaiting) return Promise.resolve(false);
    return new Promise((resolve) => {
      // The slot is handed over by `leave`, so `running` stays as it is.
      const wake = () => {
        clearTimeout(timer);
        resolve(true);
      };
      const timer = setTimeout(() => {
        this.waiting.splice(this.waiting.indexOf(wake), 1);
        resolve(false);
      }, this.maxWaitMs);
      this.waiting.push(wake);
    });
  }

  leave(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running--;
  }

  get busy(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }
}

/** One gate for every kind of upload the server parses (DOCX, PDF, XLSX): they share the cores. */
export const parseGate = new ParseGate(PARSES_AT_ONCE, MAX_WAITING_PARSES, MAX_WAIT_MS);

/**
 * Runs `script` (a plain-JavaScript worker that answers through serve.mjs) on `bytes` in its own thread
 * with a heap cap and a time limit, at most PARSES_AT_ONCE at a time. An attacker's file can exhaust only
 * the worker: past the heap cap V8 stops the thread (`out-of-memory`), past the time limit it is
 * terminated (`too-slow`); the server's own heap and event loop are untouched. The promise always
 * resolves, and only once the thread is gone, so a freed slot means freed memory.
 *
 * The script must be plain JavaScript (.mjs): a worker thread does not get tsx's loader, under `npm start`
 * as under the tests (decision 0020).
 */
export async function runInCappedWorker<T>(script: URL, bytes: Buffer, options: Record<string, unknown>, limits: WorkerLimits, gate: ParseGate = parseGate): Promise<WorkerOutcome<T>> {
  if (!(await gate.enter())) return { kind: 'busy' };
  try {
    return await run<T>(script, bytes, options, limits);
  } finally {
    gate.leave();
  }
}

function run<T>(script: URL, bytes: Buffer, options: Record<string, unknown>, limits: WorkerLimits): Promise<WorkerOutcome<T>> {
  return new Promise((resolve) => {
    // A copy the thread owns: transferring it moves the memory instead of cloning it again.
    const copy = new Uint8Array(bytes);
    const worker = new Worker(script, {
      workerData: { bytes: copy, options },
      transferList: [copy.buffer],
      resourceLimits: { maxOldGenerationSizeMb: limits.heapMb, maxYoungGenerationSizeMb: Math.min(32, Math.max(4, Math.round(limits.heapMb / 8))) },
      // Not the parent's flags (tsx's loader under `npm start`): the script is plain JavaScript.
      execArgv: [],
      // A library that prints does not reach the server's log: the output is read and dropped.
      stdout: true,
      stderr: true,
    });
    worker.stdout.resume();
    worker.stderr.resume();
    let outcome: WorkerOutcome<T> | undefined;
    const settle = (result: WorkerOutcome<T>) => {
      if (outcome) return;
      outcome = result;
      clearTimeout(timer);
      // Answered only when the thread is gone, so the slot it frees has its memory back.
      worker.terminate().then(
        () => resolve(result),
        () => resolve(result),
      );
    };
    const timer = setTimeout(() => settle({ kind: 'too-slow' }), limits.timeLimitMs);
    worker.once('message', (answer: Answer<T>) => settle(answer.ok ? { kind: 'done', value: answer.value } : { kind: 'refused', reason: answer.reason, ...(answer.detail === undefined ? {} : { detail: answer.detail }) }));
    worker.once('error', (error: NodeJS.ErrnoException) => settle(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? { kind: 'out-of-memory' } : { kind: 'crashed' }));
    worker.once('exit', () => settle({ kind: 'crashed' }));
  });
}
