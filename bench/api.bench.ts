/**
 * `npm run bench`: the product's speed on a generated province (issue 17), beside a bare Fastify route
 * and a bare Fastify route doing one indexed SQLite read, measured in the same run on the same machine.
 * Prints figures; asserts nothing (speed is never a test: a loaded CI machine would fail it at random).
 *
 *   npm run bench                          province on SQLite and PostgreSQL, 1 / 32 / 256 connections
 *   npm run bench -- --db sqlite           SQLite only
 *   npm run bench -- --demo                the demo data only (three bodies), quick
 *   npm run bench -- --data /srv/bench     keep the generated SQLite database there and reuse it next time
 *   npm run bench -- --connections 32 --duration 5 --only plan,matrix
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { findPostgresBinaries } from '../tests/support/postgres-cluster';
import { documentFigures } from './support/document-figures';
import { postgresDataset, sqliteDataset, type Dataset } from './support/dataset';
import { drain, load, warmUp, type Load } from './support/load';
import { mixedDay, mixedLoad } from './support/mixed-day';
import { benchRoutes, PEOPLE, type BenchRoute } from './support/routes';
import { startApp, startBare, type ServerProcess } from './support/server-process';

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: '' },
    demo: { type: 'boolean', default: false },
    data: { type: 'string' },
    connections: { type: 'string', default: '1,32,256' },
    duration: { type: 'string', default: '3' },
    only: { type: 'string' },
    'no-documents': { type: 'boolean', default: false },
  },
});
const hasPostgres = (() => {
  try {
    findPostgresBinaries();
    return true;
  } catch {
    return false;
  }
})();
const dbs = (values.db || (hasPostgres ? 'sqlite,postgres' : 'sqlite')).split(',');
const levels = values.connections!.split(',').map(Number);
const seconds = Number(values.duration);
const scale = values.demo ? null : ('province' as const);
const log = (line: string) => console.log(`  ${line}`);
const scratch = mkdtempSync(join(tmpdir(), 'cchc-bench-'));
const sqliteDir = values.data ?? join(scratch, 'sqlite');

type Row = { db: string; key: string; route: string; connections: number; load: Load; bare: Load; bareRead: Load; rssMb: number; peakRssMb: number };
const rows: Row[] = [];
const notes: string[] = [];

console.log(`Máy: ${(await import('node:os')).cpus().length} lõi, Node ${process.version}. Dữ liệu: ${scale ? 'một tỉnh sinh sẵn (60 đơn vị × 20 khoa, phòng, 3 năm) cùng dữ liệu mẫu' : 'dữ liệu mẫu'}.`);
console.log(`Mỗi tuyến: ${levels.join(' / ')} kết nối, ${seconds} giây mỗi mức (autocannon, loopback).\n`);

console.log('SQLite: chuẩn bị dữ liệu…');
const sqlite = await sqliteDataset(sqliteDir, scale, log);
if (sqlite.generateSeconds !== null) notes.push(`Sinh dữ liệu một tỉnh (SQLite): ${sqlite.generateSeconds.toFixed(1)} s`);
const bare = await startBare(sqlite.sqliteFile);

try {
  for (const db of dbs) {
    let dataset: Dataset = sqlite;
    if (db === 'postgres') {
      console.log('PostgreSQL: khởi động máy chủ tạm và nạp dữ liệu…');
      dataset = await postgresDataset(join(scratch, 'postgres'), sqlite.sqliteFile, scale, log);
      if (dataset.generateSeconds !== null) notes.push(`Sinh dữ liệu một tỉnh (PostgreSQL): ${dataset.generateSeconds.toFixed(1)} s`);
    }
    let app: ServerProcess | undefined;
    try {
      app = await startApp({ ...dataset.env, TRUST_PROXY: '1' });
      notes.push(`Khởi động trên cơ sở dữ liệu có sẵn (${db}): ${app.startupMs.toFixed(0)} ms đến /api/health đầu tiên; RSS ${app.rssMb().toFixed(0)} MB`);
      const routes = (await benchRoutes(app.base, scale !== null)).filter((r) => !values.only || values.only.split(',').some((w) => r.key.includes(w)));
      // The yardstick at each level, measured now, in this run, beside the app's figures.
      const yardstick = new Map<number, { json: Load; read: Load }>();
      await warmUp(bare.base, { path: '/read' });
      for (const connections of levels) yardstick.set(connections, { json: await load(bare.base, { path: '/json' }, connections, seconds), read: await load(bare.base, { path: '/read' }, connections, seconds) });
      for (const route of routes) {
        await warmUp(app.base, route.request);
        for (const connections of levels) {
          app.takePeakRssMb();
          const measured = await load(app.base, route.request, connections, seconds);
          const backlog = await drain(app.pid);
          if (backlog > 1000) notes.push(`${route.name}, ${connections} kết nối (${db}): máy chủ còn bận ${(backlog / 1000).toFixed(1)} s sau khi dừng tải`);
          rows.push({ db, key: route.key, route: route.name, connections, load: measured, bare: yardstick.get(connections)!.json, bareRead: yardstick.get(connections)!.read, rssMb: app.rssMb(), peakRssMb: app.takePeakRssMb() });
          printRow(rows.at(-1)!);
        }
      }
      if (!values.only || values.only.includes('mixed')) await measureMixedDay(app, db, scale !== null);
      notes.push(`RSS sau khi chạy tải (${db}): ${app.rssMb().toFixed(0)} MB`);
      if (db === 'sqlite' && !values['no-documents']) notes.push(...(await documentFigures(app.base, scale !== null)));
    } finally {
      await app?.stop();
      if (dataset !== sqlite) await dataset.close();
    }
  }
} finally {
  await bare.stop();
}
if (!values.data) rmSync(scratch, { recursive: true, force: true });

console.log('\nTóm tắt');
for (const note of notes) console.log(`- ${note}`);
if (dbs.includes('postgres') && dbs.includes('sqlite')) {
  console.log('\nPostgreSQL so với SQLite (p99, 32 kết nối):');
  for (const r of rows.filter((x) => x.db === 'postgres' && x.connections === 32)) {
    // By key: the plan's name carries its task count, which differs between the two databases' data.
    const s = rows.find((x) => x.db === 'sqlite' && x.key === r.key && x.connections === 32);
    if (s) console.log(`  ${r.route.padEnd(52)} ${(r.load.p99 / Math.max(1, s.load.p99)).toFixed(2)}×`);
  }
}

/**
 * A busy hour: six pages of a body and of the department of health read in turn on 32 connections while
 * someone records their work every second, then every 200 ms. Each write makes the kept views again.
 */
async function measureMixedDay(app: ServerProcess, db: string, province: boolean): Promise<void> {
  const day = await mixedDay(app.base, province ? PEOPLE.province : PEOPLE.demo);
  console.log(`\n${db}: giờ làm việc (6 trang đơn vị và Sở lần lượt, 32 kết nối, ${seconds} s)`);
  console.log(`${'ghi nhận tiến độ'.padEnd(24)} ${'số lần ghi'.padStart(10)} ${'req/s'.padStart(8)} ${'p50'.padStart(6)} ${'p99'.padStart(6)}`);
  for (const everyMs of [0, 1000, 200]) {
    const result = await mixedLoad(app.base, day, everyMs, 32, seconds);
    await drain(app.pid);
    const label = everyMs === 0 ? 'không ghi' : `mỗi ${everyMs} ms`;
    console.log(`${label.padEnd(24)} ${String(result.writes).padStart(10)} ${result.rps.toFixed(0).padStart(8)} ${String(result.p50).padStart(6)} ${String(result.p99).padStart(6)}${result.errors ? `  (${result.errors} lỗi)` : ''}`);
    notes.push(`Giờ làm việc (${db}), ghi ${label}: ${result.rps.toFixed(0)} req/s, p99 ${result.p99} ms`);
  }
}

function printRow(r: Row): void {
  if (rows.length === 1 || rows.at(-2)?.db !== r.db) {
    console.log(`\n${r.db}`);
    console.log(`${'tuyến'.padEnd(52)} ${'kết nối'.padStart(7)} ${'req/s'.padStart(8)} ${'p50'.padStart(6)} ${'p99'.padStart(6)} │ ${'trần'.padStart(7)} ${'trần+đọc'.padStart(8)} ${'% trần+đọc'.padStart(10)} ${'p99 trần+đọc'.padStart(12)} ${'RSS MB'.padStart(7)} ${'đỉnh'.padStart(5)}`);
  }
  const share = (100 * r.load.rps) / Math.max(1, r.bareRead.rps);
  const errors = r.load.errors ? `  (${r.load.errors} lỗi: ${Object.entries(r.load.statuses).filter(([k]) => Number(k) >= 400).map(([k, v]) => `${k}×${v}`).join(', ')})` : '';
  console.log(
    `${r.route.padEnd(52)} ${String(r.connections).padStart(7)} ${r.load.rps.toFixed(0).padStart(8)} ${String(r.load.p50).padStart(6)} ${String(r.load.p99).padStart(6)} │ ${r.bare.rps.toFixed(0).padStart(7)} ${r.bareRead.rps.toFixed(0).padStart(8)} ${`${share.toFixed(0)}%`.padStart(10)} ${String(r.bareRead.p99).padStart(12)} ${r.rssMb.toFixed(0).padStart(7)} ${r.peakRssMb.toFixed(0).padStart(5)}${errors}`,
  );
}

export type { BenchRoute };
