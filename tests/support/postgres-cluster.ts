/**
 * A throwaway PostgreSQL server for the test run.
 *
 * `startPostgresCluster()` runs `initdb` in a new temporary folder and starts `postgres` (through `pg_ctl`)
 * listening only on 127.0.0.1 on a free port, with its unix socket inside that folder; `stop()` shuts it down
 * and removes the folder. `createTestDatabase()` makes a uniquely named database on it for one test file.
 *
 * A server must never outlive the process that started it:
 *  - SIGINT / SIGTERM / SIGHUP and the process `exit` event stop every live cluster synchronously;
 *  - a small detached watchdog (`sh`) stops the server and removes the folder if this process dies without
 *    running any handler (SIGKILL, crash).
 *
 * initdb and postgres refuse to run as root, so as root they run as the `postgres` system user (created when
 * it does not exist) through `runuser`, with the temporary folder owned by that user.
 */
import { execFile, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { accessSync, constants as fsConstants, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { appendFile, chown, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { Client } from 'pg';

export interface PostgresCluster {
  /** `postgres://postgres@127.0.0.1:PORT/postgres` (superuser, trust authentication). */
  url: string;
  /** Shuts the server down (`pg_ctl stop -m fast`) and removes its folder. Safe to call twice. */
  stop(): Promise<void>;
}

export interface TestDatabase {
  url: string;
  /** Terminates the database's connections and drops it. Safe to call twice. */
  drop(): Promise<void>;
}

const INSTALL_HINT =
  'PostgreSQL server binaries (initdb, pg_ctl) were not found. The tests need a real PostgreSQL server: ' +
  'install the Debian package `postgresql` (as root: `apt-get install postgresql`), or put its bin folder ' +
  '(the one `pg_config --bindir` prints) on PATH.';

interface PgBinaries {
  initdb: string;
  pgCtl: string;
}

interface RunAs {
  /** Prefix that runs a command as the cluster's owner: [] for the current user, else runuser. */
  prefix: string[];
  uid?: number;
  gid?: number;
}

interface LiveCluster {
  dir: string;
  dataDir: string;
  runAs: RunAs;
  pgCtl: string;
  watchdogPid?: number;
  stopped: boolean;
}

// ---------------------------------------------------------------------------------------------- binaries

function isExecutable(path: string): boolean {
  try {
    accessSync(path, fsConstants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function binariesIn(dir: string): PgBinaries | undefined {
  const initdb = join(dir, 'initdb');
  const pgCtl = join(dir, 'pg_ctl');
  return isExecutable(initdb) && isExecutable(pgCtl) && isExecutable(join(dir, 'postgres'))
    ? { initdb, pgCtl }
    : undefined;
}

function findOnPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && isExecutable(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

/** `pg_config --bindir`, else the newest `/usr/lib/postgresql/<version>/bin`, else PATH. */
export function findPostgresBinaries(): PgBinaries {
  const pgConfig = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  if (pgConfig.status === 0) {
    // pg_config can come from libpq-dev alone (or a different major version) without a server next to it.
    const found = binariesIn(pgConfig.stdout.trim());
    if (found) return found;
  }

  const debianRoot = '/usr/lib/postgresql';
  if (existsSync(debianRoot)) {
    const versions = readdirSync(debianRoot)
      .filter((name) => /^\d+(\.\d+)?$/.test(name))
      .sort((a, b) => Number.parseFloat(b) - Number.parseFloat(a));
    for (const version of versions) {
      const found = binariesIn(join(debianRoot, version, 'bin'));
      if (found) return found;
    }
  }

  const initdb = findOnPath('initdb');
  const pgCtl = findOnPath('pg_ctl');
  if (initdb && pgCtl) return { initdb, pgCtl };

  throw new Error(INSTALL_HINT);
}

// ---------------------------------------------------------------------------------------------- processes

/** The environment for PostgreSQL programs, without PG* variables that could redirect them. */
function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('PG')) env[key] = value;
  }
  return env;
}

function run(
  file: string,
  args: string[],
  options: { cwd?: string; timeoutMs?: number } = {},
): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      file,
      args,
      { cwd: options.cwd, env: childEnv(), timeout: options.timeoutMs ?? 120_000, encoding: 'utf8' },
      (error, stdout, stderr) => {
        if (error) {
          const detail = [stderr, stdout].map((s) => s.trim()).filter(Boolean).join('\n');
          reject(new Error(`${[file, ...args].join(' ')} failed: ${error.message}${detail ? `\n${detail}` : ''}`));
        } else {
          resolve({ stdout, stderr });
        }
      },
    );
  });
}

/** The command line that runs `file` as the cluster's owner: [program, args]. */
function ownerCommand(runAs: RunAs, file: string, args: string[]): [string, string[]] {
  const [head = file, ...rest] = [...runAs.prefix, file, ...args];
  return [head, rest];
}

function runAsOwner(runAs: RunAs, file: string, args: string[], options: { cwd?: string; timeoutMs?: number } = {}) {
  const [program, programArgs] = ownerCommand(runAs, file, args);
  return run(program, programArgs, options);
}

function lookupUser(name: string): { uid: number; gid: number } | undefined {
  const result = spawnSync('getent', ['passwd', name], { encoding: 'utf8' });
  if (result.status !== 0) return undefined;
  const fields = result.stdout.trim().split(':');
  const uid = Number(fields[2]);
  const gid = Number(fields[3]);
  return Number.isInteger(uid) && Number.isInteger(gid) ? { uid, gid } : undefined;
}

/** As root: the `postgres` system user (created when missing) and the runuser prefix; else run as ourselves. */
async function resolveRunAs(): Promise<RunAs> {
  if (process.getuid?.() !== 0) return { prefix: [] };

  let user = lookupUser('postgres');
  if (!user) {
    const groupExists = spawnSync('getent', ['group', 'postgres']).status === 0;
    await run('useradd', ['--system', '--no-create-home', ...(groupExists ? ['-g', 'postgres'] : []), 'postgres']);
    user = lookupUser('postgres');
    if (!user) throw new Error('Could not create the `postgres` system user needed to run PostgreSQL as root.');
  }
  if (!isExecutable('/usr/sbin/runuser') && !findOnPath('runuser')) {
    throw new Error('Running the tests as root needs `runuser` (Debian package util-linux) to start PostgreSQL.');
  }
  return { prefix: ['runuser', '-u', 'postgres', '--'], uid: user.uid, gid: user.gid };
}

/** A temporary folder the cluster's owner can use (as root, TMPDIR may not be reachable by `postgres`). */
async function makeClusterDir(runAs: RunAs): Promise<string> {
  const bases = [...new Set([tmpdir(), '/tmp'])];
  let lastError: unknown;
  for (const base of bases) {
    const dir = await mkdtemp(join(base, 'cchc-pg-'));
    if (runAs.uid === undefined || runAs.gid === undefined) return dir;
    try {
      await chown(dir, runAs.uid, runAs.gid);
      await runAsOwner(runAs, 'test', ['-w', dir, '-a', '-x', dir]);
      return dir;
    } catch (error) {
      lastError = error;
      await rm(dir, { recursive: true, force: true });
    }
  }
  throw new Error(`No temporary folder is usable by the postgres user: ${String(lastError)}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('Could not find a free port'))));
    });
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function waitForConnections(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const client = new Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await sleep(100);
    } finally {
      await client.end().catch(() => {});
    }
  }
}

async function logTail(logFile: string): Promise<string> {
  try {
    const lines = (await readFile(logFile, 'utf8')).trim().split('\n');
    return lines.slice(-20).join('\n');
  } catch {
    return '(no server log)';
  }
}

// ---------------------------------------------------------------------------------------------- cleanup

const live = new Set<LiveCluster>();
const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
let handlersInstalled = false;

function postmasterPid(dataDir: string): number | undefined {
  try {
    const pid = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function killWatchdog(cluster: LiveCluster): void {
  if (cluster.watchdogPid === undefined) return;
  try {
    process.kill(-cluster.watchdogPid, 'SIGKILL'); // its own process group (detached): the shell and its sleep
  } catch {
    // already gone
  }
  cluster.watchdogPid = undefined;
}

/** Synchronous stop, for signal and exit handlers, where promises no longer run. */
function stopClusterSync(cluster: LiveCluster): void {
  if (cluster.stopped) return;
  cluster.stopped = true;
  live.delete(cluster);
  killWatchdog(cluster);
  if (existsSync(join(cluster.dataDir, 'postmaster.pid'))) {
    const pgCtl = (mode: string) => {
      const [program, args] = ownerCommand(cluster.runAs, cluster.pgCtl, ['stop', '-D', cluster.dataDir, '-m', mode, '-w', '-t', '15']);
      return spawnSync(program, args, { cwd: cluster.dir, env: childEnv(), stdio: 'ignore', timeout: 20_000 }).status === 0;
    };
    if (!pgCtl('fast') && !pgCtl('immediate')) {
      const pid = postmasterPid(cluster.dataDir);
      if (pid) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    }
  }
  rmSync(cluster.dir, { recursive: true, force: true });
  if (live.size === 0) uninstallHandlers();
}

function stopAllSync(): void {
  for (const cluster of [...live]) {
    try {
      stopClusterSync(cluster);
    } catch {
      // keep going: the other clusters must be stopped too
    }
  }
}

function onExit(): void {
  stopAllSync();
}

function onSignal(signal: NodeJS.Signals): void {
  stopAllSync();
  uninstallHandlers();
  // Adding a listener disabled Node's default "terminate on signal". When nobody else handles the signal,
  // re-raise it a moment later; a runner that exits on its own (Vitest does, 1 ms later) wins the race.
  if (process.listenerCount(signal) === 0) {
    setTimeout(() => process.kill(process.pid, signal), 200);
  }
}

function installHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('exit', onExit);
  for (const signal of signals) process.on(signal, onSignal);
}

function uninstallHandlers(): void {
  if (!handlersInstalled) return;
  handlersInstalled = false;
  process.off('exit', onExit);
  for (const signal of signals) process.off(signal, onSignal);
}

/**
 * A detached shell that outlives us: when this process is gone (even by SIGKILL) it stops the server
 * immediately and removes the folder. It is killed by a normal stop.
 */
function startWatchdog(cluster: LiveCluster): void {
  const script = [
    'parent=$1; dir=$2; shift 2',
    "trap '' INT HUP",
    'while kill -0 "$parent" 2>/dev/null; do sleep 1; done',
    'if [ -d "$dir" ]; then "$@" >/dev/null 2>&1; rm -rf "$dir"; fi',
  ].join('\n');
  const stopCommand = [...cluster.runAs.prefix, cluster.pgCtl, 'stop', '-D', cluster.dataDir, '-m', 'immediate', '-w', '-t', '30'];
  const child = spawn('sh', ['-c', script, 'cchc-pg-watchdog', String(process.pid), cluster.dir, ...stopCommand], {
    detached: true,
    stdio: 'ignore',
    env: childEnv(),
    cwd: '/',
  });
  child.on('error', () => {}); // no sh: the signal and exit handlers still cover ordinary interruptions
  child.unref();
  cluster.watchdogPid = child.pid;
}

// ---------------------------------------------------------------------------------------------- API

export async function startPostgresCluster(): Promise<PostgresCluster> {
  const binaries = findPostgresBinaries();
  const runAs = await resolveRunAs();
  const dir = await makeClusterDir(runAs);
  const dataDir = join(dir, 'data');
  const socketDir = join(dir, 'run');
  const logFile = join(dir, 'server.log');
  const cluster: LiveCluster = { dir, dataDir, runAs, pgCtl: binaries.pgCtl, stopped: false };
  live.add(cluster);
  installHandlers();

  try {
    await mkdir(socketDir, { mode: 0o700 });
    if (runAs.uid !== undefined && runAs.gid !== undefined) await chown(socketDir, runAs.uid, runAs.gid);

    const hasCUtf8 = /^c\.utf-?8$/im.test(spawnSync('locale', ['-a'], { encoding: 'utf8' }).stdout ?? '');
    await runAsOwner(
      runAs,
      binaries.initdb,
      [
        '-D', dataDir,
        '-U', 'postgres',
        '--auth=trust',
        '--encoding=UTF8',
        `--locale=${hasCUtf8 ? 'C.UTF-8' : 'C'}`,
        '--no-sync',
      ],
      { cwd: dir },
    );

    // Trust, but only on the unix socket (inside our private folder) and on IPv4 loopback.
    await writeFile(
      join(dataDir, 'pg_hba.conf'),
      ['# throwaway test cluster', 'local all all trust', 'host all all 127.0.0.1/32 trust', ''].join('\n'),
    );
    await appendFile(
      join(dataDir, 'postgresql.conf'),
      [
        '',
        '# throwaway test cluster (tests/support/postgres-cluster.ts)',
        "listen_addresses = '127.0.0.1'",
        `unix_socket_directories = '${socketDir}'`,
        'fsync = off',
        'synchronous_commit = off',
        'full_page_writes = off',
        'max_connections = 300',
        "timezone = 'UTC'",
        '',
      ].join('\n'),
    );

    // Bind-to-0 then hand the port over: another process may take it in between, so retry a few times.
    let lastError: unknown;
    for (let attempt = 1; attempt <= 3; attempt++) {
      const port = await freePort();
      try {
        await runAsOwner(
          runAs,
          binaries.pgCtl,
          ['start', '-D', dataDir, '-l', logFile, '-w', '-t', '60', '-s', '-o', `-p ${port}`],
          { cwd: dir, timeoutMs: 90_000 },
        );
      } catch (error) {
        lastError = new Error(`${(error as Error).message}\n--- server log ---\n${await logTail(logFile)}`);
        continue;
      }
      if (cluster.watchdogPid === undefined) startWatchdog(cluster);
      const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
      await waitForConnections(url, 30_000);
      return {
        url,
        stop: () => stopCluster(cluster),
      };
    }
    throw lastError;
  } catch (error) {
    stopClusterSync(cluster);
    throw error;
  }
}

async function stopCluster(cluster: LiveCluster): Promise<void> {
  if (cluster.stopped) return;
  cluster.stopped = true;
  live.delete(cluster);
  killWatchdog(cluster);
  try {
    if (existsSync(join(cluster.dataDir, 'postmaster.pid'))) {
      const stop = (mode: string) =>
        runAsOwner(cluster.runAs, cluster.pgCtl, ['stop', '-D', cluster.dataDir, '-m', mode, '-w', '-t', '30'], {
          cwd: cluster.dir,
          timeoutMs: 40_000,
        });
      try {
        await stop('fast');
      } catch {
        try {
          await stop('immediate');
        } catch {
          const pid = postmasterPid(cluster.dataDir);
          if (pid) process.kill(pid, 'SIGKILL');
        }
      }
    }
  } finally {
    await rm(cluster.dir, { recursive: true, force: true });
    if (live.size === 0) uninstallHandlers();
  }
}

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Creates a uniquely named database on the server of `adminUrl` (a superuser connection). */
export async function createTestDatabase(adminUrl: string): Promise<TestDatabase> {
  const name = `test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE template0 ENCODING 'UTF8'`);
  } finally {
    await admin.end();
  }

  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  let dropped = false;

  return {
    url: url.toString(),
    async drop() {
      if (dropped) return;
      const client = new Client({ connectionString: adminUrl });
      await client.connect();
      try {
        for (let attempt = 1; ; attempt++) {
          await client.query(
            'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
            [name],
          );
          try {
            await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)}`);
            break;
          } catch (error) {
            // 55006 object_in_use: a terminated backend had not finished exiting yet.
            if ((error as { code?: string }).code !== '55006' || attempt >= 20) throw error;
            await sleep(100);
          }
        }
        dropped = true;
      } finally {
        await client.end();
      }
    },
  };
}
