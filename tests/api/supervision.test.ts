import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crashLine } from '../../src/server/crash-log';

/**
 * A crash is logged with its cause and ends the process with a non-zero code, so the supervisor
 * (deploy/cchc.service, the container's restart policy) starts a new one (issue 12, defect 1).
 */

type Ran = { code: number | null; stdout: string; stderr: string };

function run(args: string[], env: Record<string, string> = {}): Promise<Ran> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: process.cwd(), env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The crash lines among what a process wrote: JSON lines at level 60 (fatal). */
const crashes = (text: string) =>
  text
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as { level: number; cause: string; msg: string; err: { type: string; message: string; code?: string; stack: string } })
    .filter((line) => line.level === 60);

describe('a crash', () => {
  it('is one JSON line with the cause, the error and its stack', () => {
    const error = Object.assign(new Error('kết nối bị ngắt'), { code: 'ECONNRESET' });
    const line = crashLine('uncaughtException', error, new Date('2026-06-30T08:00:00Z'));
    expect(line.endsWith('\n')).toBe(true);
    expect(line.trimEnd().includes('\n')).toBe(false);
    expect(JSON.parse(line)).toMatchObject({
      level: 60,
      time: Date.parse('2026-06-30T08:00:00Z'),
      pid: process.pid,
      cause: 'uncaughtException',
      err: { type: 'Error', message: 'kết nối bị ngắt', code: 'ECONNRESET', stack: expect.stringContaining('supervision.test.ts') },
      msg: expect.stringContaining('khởi động lại'),
    });
    // A rejection with something that is not an Error still says what it was.
    expect(JSON.parse(crashLine('unhandledRejection', { status: 503 })).err.message).toBe('{"status":503}');
  });

  it.each([
    ['an exception nothing caught', 'throw', 'uncaughtException', 'TypeError', 'Không đọc được cấu hình đã nạp'],
    ['a rejection nothing handled', 'reject', 'unhandledRejection', 'RangeError', 'Hàng đợi thư bị tràn'],
  ])('from %s is logged and ends the process with code 1', async (_what, how, cause, type, message) => {
    const ran = await run(['--import', 'tsx', 'tests/fixtures/crash.ts', how]);
    expect(ran.code).toBe(1);
    const [crash, ...more] = crashes(ran.stderr);
    expect(more).toEqual([]);
    expect(crash).toMatchObject({ cause, err: { type, message } });
    expect(crash!.err.stack).toContain('tests/fixtures/crash.ts');
  });

  it('includes the server failing to start: `cchc serve` on a port already taken exits 1 with the cause logged', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as AddressInfo).port;
    const dataDir = mkdtempSync(join(tmpdir(), 'cchc-crash-'));
    try {
      const ran = await run(['bin/cchc.js', 'serve', '--no-demo'], { DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATABASE_URL: '' });
      expect(ran.code, ran.stderr).toBe(1);
      expect(crashes(ran.stderr)).toMatchObject([{ cause: 'startup', err: { code: 'EADDRINUSE' } }]);
    } finally {
      blocker.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
