import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export type CliEnv = Record<string, string | undefined>;

/** `cchc` from the TypeScript sources through tsx's loader; a test of the compiled server passes `[its cli.js]` instead. */
const FROM_SOURCES = ['--import', 'tsx', 'src/cli.ts'];

/** `cchc …` as its own process: node with tsx's loader, one process, so a signal reaches the server itself. */
export function spawnCli(args: string[], env: CliEnv, entry: string[] = FROM_SOURCES): ChildProcess & { output: () => string } {
  const child = spawn(process.execPath, [...entry, ...args], { cwd: ROOT, env: { ...process.env, LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return Object.assign(child, { output: () => output });
}

/** Runs a `cchc` command to its end. */
export function runCli(args: string[], env: CliEnv, timeoutMs = 180_000): Promise<{ code: number | null; output: string }> {
  const child = spawnCli(args, env);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`cchc ${args.join(' ')} did not end within ${timeoutMs} ms:\n${child.output()}`));
    }, timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output: child.output() });
    });
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export type ServerProcess = { child: ChildProcess & { output: () => string }; url: string; exited: Promise<number | null> };

/** `cchc serve` on a free loopback port, answered once /api/health answers (the start-up sweep has run by then). */
export async function startServerProcess(env: CliEnv, args: string[] = [], timeoutMs = 120_000, entry: string[] = FROM_SOURCES): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawnCli(['serve', ...args], { HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'info', ...env }, entry);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  let gone = false;
  void exited.then(() => (gone = true));
  for (;;) {
    if (gone) throw new Error(`cchc serve ended before answering:\n${child.output()}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return { child, url, exited };
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`cchc serve did not answer within ${timeoutMs} ms:\n${child.output()}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
