// Start-up time and memory of `cchc serve` on an existing database: the compiled server (dist/server/cli.js)
// against the same code under tsx. Prints figures; asserts nothing. Builds dist/server first when missing;
// run `npm run build:server` before it to measure the current sources.
//
//   node bench/start-up.mjs [--data DIR] [--runs 5]      (with --data: DEMO_PASSWORD=… of that folder's demo)
//
// Without --data, a data folder with the demo (as `npm start` loads it) is made first and removed at the end.
// Each run: spawn with --no-demo, time to the first 200 of GET /api/health, resident memory (VmRSS) then,
// again after a light warm-up (a signed-in staff list and a public page, 50 times each), SIGTERM.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { data: { type: 'string' }, runs: { type: 'string', default: '5' } } });
const runs = Number(values.runs);
// With --data, the demo password of that folder.
const PASSWORD = process.env.DEMO_PASSWORD ?? 'do-khoi-dong-2026';
const base = { ...process.env, HOST: '127.0.0.1', LOG_LEVEL: 'warn', DEMO_PASSWORD: PASSWORD, DATABASE_URL: '' };

if (!existsSync('dist/server/cli.js')) execFileSync(process.execPath, ['scripts/build-server.mjs'], { stdio: 'inherit' });

const made = !values.data;
const dataDir = values.data ?? join(mkdtempSync(join(tmpdir(), 'cchc-start-up-')), 'data');
if (made) {
  console.log(`Nạp dữ liệu mẫu vào ${dataDir}…`);
  execFileSync(process.execPath, ['dist/server/cli.js', 'demo'], { env: { ...base, DATA_DIR: dataDir }, stdio: 'ignore' });
}

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
const rssMb = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;
// CPU time the process has used (user + system, in ticks of 1/100 s on Linux), in ms: what start-up costs
// whatever else the machine is doing.
const cpuMs = (pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
};

async function once(args) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawn(process.execPath, [...args, 'serve', '--no-demo'], { env: { ...base, DATA_DIR: dataDir, PORT: String(port) }, stdio: 'ignore' });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${args.join(' ')} ended before answering`);
      try {
        if ((await fetch(`${url}/api/health`)).ok) break;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 10));
    }
    const ms = performance.now() - started;
    const cpu = cpuMs(child.pid);
    const rssStart = rssMb(child.pid);
    const login = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'bvsn.coordinator', password: PASSWORD }) });
    if (!login.ok) throw new Error(`signing in as bvsn.coordinator: ${login.status} (DEMO_PASSWORD is the data folder's demo password)`);
    const cookie = login.headers.get('set-cookie').split(';')[0];
    for (let i = 0; i < 50; i++) {
      await (await fetch(`${url}/api/plans?limit=50`, { headers: { cookie } })).arrayBuffer();
      await (await fetch(`${url}/p/bvsn/tin-tuc`)).arrayBuffer();
    }
    const rssWarm = rssMb(child.pid);
    child.kill('SIGTERM');
    const code = await exited;
    if (code !== 0) throw new Error(`${args.join(' ')} exited with ${code}`);
    return { ms, cpu, rssStart, rssWarm };
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const modes = [
  ['compiled  node dist/server/cli.js', ['dist/server/cli.js']],
  ['tsx       node --import tsx src/cli.ts', ['--import', 'tsx', 'src/cli.ts']],
  // Stack traces in terms of src/*.ts (the crash log), at the price of reading the source map.
  ['maps      node --enable-source-maps dist/server/cli.js', ['--enable-source-maps', 'dist/server/cli.js']],
];
try {
  // Taken in turns, so that whatever else the machine does weighs on every mode alike.
  const results = modes.map(() => []);
  for (let i = 0; i < runs; i++) for (const [m, [, args]] of modes.entries()) results[m].push(await once(args));
  for (const [m, [name]] of modes.entries()) {
    const ms = results[m].map((r) => r.ms);
    console.log(
      `${name}: start-up median ${median(ms).toFixed(0)} ms (min ${Math.min(...ms).toFixed(0)}, max ${Math.max(...ms).toFixed(0)}), CPU ${median(results[m].map((r) => r.cpu)).toFixed(0)} ms; ` +
        `RSS after start ${median(results[m].map((r) => r.rssStart)).toFixed(0)} MB, after warm-up ${median(results[m].map((r) => r.rssWarm)).toFixed(0)} MB (${runs} runs)`,
    );
  }
} finally {
  if (made) rmSync(join(dataDir, '..'), { recursive: true, force: true });
}
