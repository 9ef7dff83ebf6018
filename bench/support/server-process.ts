import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

export type ServerProcess = {
  base: string;
  pid: number;
  startupMs: number;
  rssMb(): number;
  /** The highest resident memory seen (sampled every 50 ms) since the last call; then starts again. */
  takePeakRssMb(): number;
  stop(): Promise<void>;
};

/** Samples a process's resident memory, so a peak between two loads is seen, not only what is left after. */
function peakSampler(pid: number): { take(): number; stop(): void } {
  let peak = 0;
  const timer = setInterval(() => {
    try {
      peak = Math.max(peak, rssMbOf(pid));
    } catch {
      // the process has exited
    }
  }, 50);
  timer.unref();
  return {
    take() {
      const seen = Math.max(peak, rssMbOf(pid));
      peak = 0;
      return seen;
    },
    stop: () => clearInterval(timer),
  };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** The NODE_OPTIONS default of `npm start` (package.json), so the bench measures the app as it is run. */
function startScriptNodeOptions(): string {
  const start: string = JSON.parse(readFileSync('package.json', 'utf8')).scripts.start;
  return /\$\{NODE_OPTIONS:-([^}]*)\}/.exec(start)?.[1] ?? '';
}

/** The app as `npm start` runs it: the compiled server, built first when missing or older than its sources. */
function appCommand(): string[] {
  execFileSync(process.execPath, ['scripts/ensure-build.mjs'], { stdio: 'inherit' });
  return ['dist/server/cli.js'];
}

/** Resident memory of a process, from /proc (Linux). */
export const rssMbOf = (pid: number): number => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
  return line ? Number(line.replace(/\D+/g, '')) / 1024 : Number.NaN;
};

async function waitForHealth(base: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}): ${output()}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`server did not answer /api/health: ${output()}`);
}

/** Starts the app on an existing database, as an operator would, and times it to its first answer. */
export async function startApp(env: Record<string, string | undefined>): Promise<ServerProcess> {
  const port = await freePort();
  const command = appCommand();
  const started = performance.now();
  // V8's settings as `npm start` gives them (its heap cap); BENCH_APP_NODE_FLAGS tries others without the bench itself under them.
  const flags = (process.env.BENCH_APP_NODE_FLAGS ?? startScriptNodeOptions()).split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...flags, ...command, 'serve', '--no-demo'], { env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d) => (output = (output + d).slice(-4000)));
  child.stderr!.on('data', (d) => (output = (output + d).slice(-4000)));
  const base = `http://127.0.0.1:${port}`;
  await waitForHealth(base, child, () => output);
  const peak = peakSampler(child.pid!);
  return {
    base,
    pid: child.pid!,
    startupMs: performance.now() - started,
    rssMb: () => rssMbOf(child.pid!),
    takePeakRssMb: peak.take,
    stop: () => {
      peak.stop();
      return stopChild(child);
    },
  };
}

/** The bare-Fastify yardstick on the same SQLite file. */
export async function startBare(sqliteFile: string): Promise<ServerProcess> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/support/bare-server.ts', sqliteFile], { stdio: ['ignore', 'pipe', 'inherit'] });
  const base = await new Promise<string>((resolve, reject) => {
    child.stdout!.once('data', (d) => resolve(String(d).trim()));
    child.once('exit', (code) => reject(new Error(`bare server exited (${code})`)));
  });
  return { base, pid: child.pid!, startupMs: performance.now() - started, rssMb: () => rssMbOf(child.pid!), takePeakRssMb: () => rssMbOf(child.pid!), stop: () => stopChild(child) };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
  });
}
