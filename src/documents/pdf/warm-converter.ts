import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, realpathSync, rmSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { CONVERSION_TIMEOUT_MS, convertOnce, findSoffice, PdfConverterMissing, type ConvertTarget } from './soffice';
import { UNO_HELPER } from './uno-helper';

export type ConverterLog = { info: (message: string) => void; warn: (message: string) => void };

export type WarmConverterOptions = {
  /** How long one conversion may take once it has started; past it LibreOffice is killed (restarted for the next). */
  timeoutMs?: number;
  /** How long LibreOffice may take to start and answer on its pipe. */
  startTimeoutMs?: number;
  /**
   * Pythons tried, in order, for one that can `import uno`; none found means the cold path. By default the
   * one an official LibreOffice brings (program/python), Debian's /usr/bin/python3, then python3 on PATH.
   */
  pythons?: string[];
  log?: ConverterLog;
};

/** Writer's export filters for what `--convert-to pdf|docx` would write. */
const EXPORT_FILTERS: Record<ConvertTarget, string> = { pdf: 'writer_pdf_Export', docx: 'MS Word 2007 XML' };
/** soffice.bin's exit code when it wants to be started again (after making a new profile); oosplash restarts it. */
const RESTART_REQUESTED = 81;
const STARTS_PER_SESSION = 3;

type Answer = { id?: number; ready?: true; failed?: string; started?: true; ok?: boolean; gone?: boolean; error?: string };

type Pending = { id: number; started: boolean; settle: (outcome: 'done' | 'retry' | Error) => void };

/** One LibreOffice and the Python helper that drives it. */
type Session = {
  soffice: string;
  office: ChildProcess;
  helper: ChildProcess;
  /** The socket LibreOffice listens on; a killed LibreOffice leaves it behind. */
  pipeFile: string;
  /** Both processes have exited (and been reaped). */
  exited: Promise<unknown>;
  dead: boolean;
  pending: Pending | null;
  stderr: string;
};

/**
 * A LibreOffice kept running and reused for every conversion, one at a time (decision 0032): a plan's PDF
 * takes ~0,3 s instead of the ~1,2 s of starting LibreOffice for each. It is started on the first conversion;
 * a conversion in which it dies or hangs past the timeout fails with a clear error, and the
 * next one starts a fresh LibreOffice. close() kills it (a later conversion starts it again); so does the
 * process exiting, and the helper kills it when this process dies without exiting (SIGKILL).
 * Without a Python that has the `uno` module (Debian python3-uno) each conversion starts LibreOffice
 * afresh, as before, and one log line says so.
 */
export class WarmConverter {
  /** How many LibreOffice processes this converter has started (tests: a warm conversion starts none). */
  starts = 0;
  private queue: Promise<unknown> = Promise.resolve();
  private session: Session | null = null;
  private starting: Promise<Session> | null = null;
  private workDir: string | null = null;
  private python: Promise<string | null> | null = null;
  private conversions = 0;
  private sessions = 0;
  private profile: string | null = null;
  private readonly exiting = new Set<Promise<unknown>>();
  /** Moves on at each close(): conversions queued before it fail rather than start LibreOffice again. */
  private generation = 0;
  private readonly timeoutMs: number;
  private readonly startTimeoutMs: number;
  private readonly pythons: string[] | null;
  private log: ConverterLog;
  private readonly onExit = () => {
    const pipeFile = this.session?.pipeFile;
    this.killNow();
    for (const path of [pipeFile, this.workDir]) if (path) rmSync(path, { recursive: true, force: true });
  };

  constructor(options: WarmConverterOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? CONVERSION_TIMEOUT_MS;
    this.startTimeoutMs = options.startTimeoutMs ?? 60_000;
    this.pythons = options.pythons ?? null;
    this.log = options.log ?? { info: () => undefined, warn: (message) => console.warn(message) };
  }

  setLog(log: ConverterLog) {
    this.log = log;
  }

  /** The running LibreOffice's process id, or null when none runs. */
  get pid(): number | null {
    return this.session && !this.session.dead ? (this.session.office.pid ?? null) : null;
  }

  /** `input` (a file with extension `from`) converted by LibreOffice; `filter` is the import filter, as `--infilter`. */
  convert(input: Buffer, from: string, to: ConvertTarget, filter?: string): Promise<Buffer> {
    const generation = this.generation;
    const run = this.queue.then(() => {
      if (generation !== this.generation) throw new Error('The PDF converter was closed (the server is stopping) before this conversion began');
      return this.convertNow(input, from, to, filter, generation);
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Kills LibreOffice and waits for it to be gone; a conversion asked for later starts it again. */
  async close(): Promise<void> {
    this.generation++;
    const starting = this.starting;
    this.killNow();
    await starting?.catch(() => undefined);
    this.killNow();
    await this.queue;
    this.killNow();
    // Until the killed processes are reaped, so none is left even as a zombie once close() resolves.
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise((resolve) => (timer = setTimeout(resolve, 5_000)));
    await Promise.race([Promise.all([...this.exiting]), limit]);
    clearTimeout(timer);
    if (this.workDir) {
      const dir = this.workDir;
      this.workDir = null;
      this.profile = null;
      await rm(dir, { recursive: true, force: true });
    }
  }

  private async convertNow(input: Buffer, from: string, to: ConvertTarget, filter: string | undefined, generation: number): Promise<Buffer> {
    const soffice = findSoffice();
    if (!soffice) throw new PdfConverterMissing('soffice not found');
    if (!(await this.unoPython(soffice))) return convertOnce(soffice, input, from, to, filter, this.timeoutMs);
    const id = ++this.conversions;
    const dir = await this.dir();
    const source = join(dir, `${id}.${from}`);
    const target = join(dir, `${id}.${to}`);
    await writeFile(source, input);
    try {
      // Once more on a fresh LibreOffice only when the one found running had died before this conversion began.
      for (let attempt = 0; ; attempt++) {
        const session = await this.running(soffice, generation);
        const outcome = await this.send(session, { id, input: source, output: target, filter: EXPORT_FILTERS[to], infilter: filter ?? null });
        if (outcome === 'done') return await readFile(target);
        if (attempt > 0) throw new Error('LibreOffice stopped before the conversion began, twice');
      }
    } finally {
      await Promise.all([rm(source, { force: true }), rm(target, { force: true })]);
    }
  }

  /** Sends one request; 'retry' when LibreOffice was found gone before it started on it. */
  private send(session: Session, request: { id: number; input: string; output: string; filter: string; infilter: string | null }): Promise<'done' | 'retry'> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => this.kill(session, new Error(`LibreOffice did not finish the conversion within ${Math.round(this.timeoutMs / 1000)} s; it was stopped and the next conversion starts a new one`)),
        this.timeoutMs,
      );
      const settle = (outcome: 'done' | 'retry' | Error) => {
        clearTimeout(timer);
        if (session.pending === pending) session.pending = null;
        if (outcome instanceof Error) reject(outcome);
        else resolve(outcome);
      };
      const pending: Pending = { id: request.id, started: false, settle };
      if (session.dead) return settle('retry');
      session.pending = pending;
      session.helper.stdin!.write(`${JSON.stringify(request)}\n`);
    });
  }

  /**
   * The running session for `soffice`, started (or restarted) when there is none; `generation` is the
   * converter's when the conversion was asked for, and none is started for a request older than close().
   */
  private async running(soffice: string, generation: number): Promise<Session> {
    const current = this.session;
    if (current && !current.dead && current.soffice === soffice) return current;
    if (current) this.kill(current);
    this.starting ??= this.start(soffice, generation).finally(() => (this.starting = null));
    return this.starting;
  }

  private async start(soffice: string, generation: number): Promise<Session> {
    const python = (await this.unoPython(soffice))!;
    const dir = await this.dir();
    // A new profile for each LibreOffice: one killed may have left its profile half written (or locked).
    // The first start in a new profile makes it and asks to be started again (RestartRequested), in it.
    if (this.profile) await rm(this.profile, { recursive: true, force: true });
    const profile = join(dir, `profile-${++this.sessions}`);
    this.profile = profile;
    for (let attempt = 1; ; attempt++) {
      if (generation !== this.generation) throw new Error('The PDF converter was closed while LibreOffice was starting');
      const started = performance.now();
      const session = this.spawnSession(soffice, python, dir, profile);
      this.session = session;
      try {
        await this.ready(session);
        this.log.info(`LibreOffice started for PDF conversion (pid ${session.office.pid}, ${Math.round(performance.now() - started)} ms)`);
        return session;
      } catch (error) {
        this.kill(session);
        if (this.session === session) this.session = null;
        if (!(error instanceof RestartRequested) || attempt >= STARTS_PER_SESSION) throw error;
      }
    }
  }

  private spawnSession(soffice: string, python: string, dir: string, profile: string): Session {
    this.starts++;
    const pipe = `cchc-${process.pid}-${this.starts}-${Math.random().toString(36).slice(2, 10)}`;
    // soffice.bin itself rather than the soffice script and its oosplash: its pid is LibreOffice's, and
    // killing it leaves nothing behind. Its own process group, so a group kill also takes anything it started.
    const office = spawn(
      officeBinary(soffice),
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--invisible', '--nologo', '--norestore', '--nodefault', '--nolockcheck', `--accept=pipe,name=${pipe};urp;StarOffice.ComponentContext`],
      { detached: true, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, HOME: dir, SAL_ENABLE_FILE_LOCKING: '1' } },
    );
    const helper = spawn(python, ['-c', UNO_HELPER, pipe, String(office.pid ?? 0), String(this.startTimeoutMs / 1000), dir], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, HOME: dir } });
    const gone = (child: ChildProcess) => new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(null) : (child.once('exit', resolve), child.once('error', resolve))));
    const pipeFile = join('/tmp', `OSL_PIPE_${process.getuid?.() ?? 0}_${pipe}`);
    const session: Session = { soffice, office, helper, pipeFile, exited: Promise.all([gone(office), gone(helper)]), dead: false, pending: null, stderr: '' };
    // Neither keeps this process alive: a conversion's timer does while one runs.
    for (const child of [office, helper]) {
      child.unref();
      for (const stream of [child.stdin, child.stdout, child.stderr]) (stream as { unref?: () => void } | null)?.unref?.();
      child.stderr?.on('data', (chunk: Buffer) => (session.stderr = (session.stderr + chunk.toString()).slice(-2000)));
      child.on('error', (error) => this.lost(session, `could not be run: ${error.message}`));
    }
    helper.stdin!.on('error', () => undefined);
    if (!process.listeners('exit').includes(this.onExit)) process.on('exit', this.onExit);
    office.on('exit', (code, signal) => {
      rm(pipeFile, { force: true }).catch(() => undefined);
      this.lost(session, signal ? `was killed (${signal})` : `exited (code ${code})`, code);
    });
    helper.on('exit', (code, signal) => this.lost(session, `helper stopped (${signal ?? `code ${code}`})`));
    createInterface({ input: helper.stdout! }).on('line', (line) => this.answer(session, line));
    return session;
  }

  /** Resolves when the helper is connected; rejects when LibreOffice exits or does not answer in time. */
  private ready(session: Session): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => this.kill(session, new Error(`LibreOffice did not start within ${Math.round(this.startTimeoutMs / 1000)} s`)), this.startTimeoutMs);
      session.pending = {
        id: 0,
        started: true,
        settle: (outcome) => {
          clearTimeout(timer);
          session.pending = null;
          if (outcome instanceof Error) reject(outcome);
          else resolve();
        },
      };
    });
  }

  private answer(session: Session, line: string) {
    let answer: Answer;
    try {
      answer = JSON.parse(line) as Answer;
    } catch {
      return;
    }
    const pending = session.pending;
    if (!pending) return;
    if (answer.ready && pending.id === 0) return pending.settle('done');
    if (answer.failed && pending.id === 0) return pending.settle(new Error(`LibreOffice did not start: ${answer.failed}`));
    if (answer.id !== pending.id) return;
    if (answer.started) {
      pending.started = true;
      return;
    }
    if (answer.ok) return pending.settle('done');
    if (answer.gone) return this.kill(session, pending.started ? new Error(`LibreOffice stopped during the conversion (${answer.error}); the next conversion starts a new one`) : 'retry');
    pending.settle(new Error(`LibreOffice could not convert the document: ${answer.error}`));
  }

  /** LibreOffice or its helper is gone: the conversion in progress fails (or is retried if it had not begun). */
  private lost(session: Session, what: string, code?: number | null) {
    const pending = session.pending;
    if (!pending) return this.kill(session);
    if (pending.id === 0) this.kill(session, code === RESTART_REQUESTED ? new RestartRequested() : new Error(`LibreOffice ${what} while starting${session.stderr ? `: ${session.stderr.trim()}` : ''}`));
    else this.kill(session, pending.started ? new Error(`LibreOffice ${what} during the conversion; the next conversion starts a new one`) : 'retry');
  }

  /**
   * Kills the session's processes (SIGKILL: a hung LibreOffice does not answer SIGTERM); the conversion (or
   * start) waiting on it ends with `outcome`.
   */
  private kill(session: Session, outcome: Error | 'retry' = new Error('LibreOffice was stopped: the PDF converter was closed')) {
    const pending = session.pending;
    session.pending = null;
    pending?.settle(outcome);
    if (session.dead) return;
    session.dead = true;
    for (const pid of [session.office.pid && -session.office.pid, session.office.pid, session.helper.pid]) {
      if (!pid) continue;
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    if (this.session === session) this.session = null;
    this.exiting.add(session.exited);
    void session.exited.then(() => this.exiting.delete(session.exited));
  }

  /** Synchronous, for process exit and close(): kills whatever runs or is starting. */
  private killNow() {
    if (this.session) this.kill(this.session);
    process.removeListener('exit', this.onExit);
  }

  private async dir(): Promise<string> {
    this.workDir ??= await mkdtemp(join(tmpdir(), 'cchc-office-'));
    return this.workDir;
  }

  /** A Python that can `import uno`, looked for once; null (and one log line) when there is none. */
  private unoPython(soffice: string): Promise<string | null> {
    this.python ??= (async () => {
      const candidates = this.pythons ?? [join(dirname(realpath(soffice)), 'python'), '/usr/bin/python3', 'python3'];
      for (const python of candidates) if (await canImportUno(python)) return python;
      this.log.warn('PDF: no Python with LibreOffice\'s "uno" module (Debian package python3-uno), so each PDF starts LibreOffice afresh (about 1–2 s a document); install python3-uno for the warm converter');
      return null;
    })();
    return this.python;
  }
}

class RestartRequested extends Error {}

function realpath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** soffice.bin beside the soffice script when it is there (Debian, the official packages), else soffice itself. */
function officeBinary(soffice: string): string {
  const bin = join(dirname(realpath(soffice)), 'soffice.bin');
  return existsSync(bin) ? bin : soffice;
}

function canImportUno(python: string): Promise<boolean> {
  if (python.includes('/') && !existsSync(python)) return Promise.resolve(false);
  return new Promise((resolve) => execFile(python, ['-c', 'import uno'], { timeout: 20_000 }, (error) => resolve(!error)));
}
