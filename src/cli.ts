import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { migrateToLatest, openStore } from './db/database';
import { loadConfig } from './server/config';
import { appointAtRoot } from './server/commands/appoint-at-root';
import { initialise } from './server/commands/initialise';
import { loadDemo } from './server/demo/load-demo';
import { createJobRunner } from './server/jobs/runner';
import { startServer } from './server/start';
import { exitOnCrash, writeCrash } from './server/crash-log';
import { importPlanFile } from './documents/import/import-file';
import { assertBackupSource, createBackup } from './server/backup/create-backup';
import { totalBytes, totalRows } from './server/backup/manifest';
import { restoreBackup } from './server/backup/restore-backup';
import { generateDataset, SCALES, type Scale } from './server/generate/generate-dataset';

const isScale = (value: string | undefined): value is Scale => !!value && value in SCALES;

const USAGE = `Cách dùng: cchc <lệnh> [tùy chọn]
  serve [--no-demo]   chạy máy chủ (mặc định nạp dữ liệu mẫu khi cơ sở dữ liệu trống)
  migrate             cập nhật cấu trúc cơ sở dữ liệu
  demo                nạp dữ liệu mẫu vào cơ sở dữ liệu trống
  init --name "Sở Y tế tỉnh …" --code SYT-XX --place "…" --username … --password …
                      tạo đơn vị cấp cao nhất và tài khoản quản trị đầu tiên (khi không dùng dữ liệu mẫu)
  appoint --username … --role admin|director [--code SYT-XX] [--full-name "…"] [--password …]
                      cấp vai trò Quản trị/Lãnh đạo của đơn vị cấp cao nhất (không có cấp trên để cấp);
                      tạo tài khoản nếu chưa có; có --password thì đặt lại mật khẩu (khi quên)
  generate --scale province|national [--seed N] [--provinces N] [--password …]
                      sinh dữ liệu lớn (một tỉnh: 60 đơn vị × 20 khoa, phòng, 3 năm kế hoạch) để đo tốc độ
  import TỆP          đọc một kế hoạch có sẵn (.docx, .pdf, .txt) và in bản nháp dạng JSON
  backup TỆP          sao lưu cơ sở dữ liệu và tệp đính kèm vào một tệp .tar.gz (chạy được khi máy chủ đang chạy)
  restore TỆP         phục hồi một bản sao lưu vào thư mục dữ liệu / cơ sở dữ liệu trống`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'import') return importPlanFile(rest[0]);
  const config = loadConfig();
  switch (command) {
    case 'serve': {
      const { values } = parseArgs({ args: rest, options: { 'no-demo': { type: 'boolean', default: false } } });
      // A crash is one JSON line with its cause on stderr and exit code 1: the supervisor restarts the server.
      exitOnCrash();
      const running = await startServer(config, { demo: !values['no-demo'] });
      const log = running.app.log;
      const jobs = createJobRunner({ db: running.store.db, config, log });
      jobs.start();
      log.info(`CCHC đang chạy tại ${config.publicUrl ?? `http://localhost:${config.port}`} (cơ sở dữ liệu: ${running.store.kind})`);
      if (running.demo?.loaded) printDemo(running.demo.password, running.demo.generated, running.demo.usernames);
      for (const signal of ['SIGINT', 'SIGTERM'] as const) {
        process.once(signal, () => {
          log.info(`Nhận ${signal}, đang dừng…`);
          jobs.stop().then(running.stop).then(() => process.exit(0), () => process.exit(1));
        });
      }
      return -1;
    }
    case 'migrate': {
      const store = openStore(config);
      console.log(`Đã cập nhật đến ${await migrateToLatest(store.db)}`);
      await store.close();
      return 0;
    }
    case 'demo': {
      const store = openStore(config);
      await migrateToLatest(store.db);
      const demo = await loadDemo(store.db, config.demoPassword, { history: true, filesDir: join(config.dataDir, 'files') });
      await store.close();
      if (!demo.loaded) {
        console.error('Cơ sở dữ liệu đã có tài khoản; không nạp dữ liệu mẫu.');
        return 1;
      }
      printDemo(demo.password, demo.generated, demo.usernames);
      return 0;
    }
    case 'generate': {
      const { values } = parseArgs({ args: rest, options: { scale: { type: 'string', default: 'province' }, seed: { type: 'string', default: '2026' }, provinces: { type: 'string' }, bodies: { type: 'string' }, password: { type: 'string' } } });
      if (!isScale(values.scale)) {
        console.error('Cách dùng: cchc generate --scale province|national [--seed N] [--provinces N] [--bodies N] [--password …]');
        return 1;
      }
      const store = openStore(config);
      await migrateToLatest(store.db);
      try {
        const password = values.password ?? config.demoPassword ?? 'cchc-generated-2026';
        const shape = { ...(values.provinces ? { provinces: Number(values.provinces) } : {}), ...(values.bodies ? { bodies: Number(values.bodies) } : {}) };
        const summary = await generateDataset(store.db, { scale: values.scale, seed: Number(values.seed), password, shape, log: (line) => console.log(line) });
        console.log(`Đã sinh ${summary.provinces} tỉnh, ${summary.bodies} đơn vị trong ${summary.seconds.toFixed(1)} giây (${store.kind}):`);
        for (const [table, n] of Object.entries(summary.rows)) console.log(`  ${table.padEnd(28)} ${n.toLocaleString('vi-VN')}`);
        console.log(`Mật khẩu mọi tài khoản: ${password}. Ví dụ: ${summary.usernames.join(', ')}`);
      } finally {
        await store.close();
      }
      return 0;
    }
    case 'backup': {
      if (!rest[0]) {
        console.error('Cách dùng: cchc backup TỆP   (ví dụ: npx cchc backup /srv/sao-luu/cchc-2026-06-30.tar.gz)');
        return 1;
      }
      assertBackupSource(config);
      const store = openStore(config);
      try {
        const { file, manifest, archiveBytes } = await createBackup(store, config, rest[0]);
        console.log(`Đã sao lưu vào ${file} (${mb(archiveBytes)}): cơ sở dữ liệu ${store.kind} ở ${manifest.database.migration}, ${Object.keys(manifest.database.tables).length} bảng, ${totalRows(manifest)} dòng; ${manifest.files.length} tệp (${mb(totalBytes(manifest))}).`);
        if (manifest.missingFiles.length) console.warn(`Lưu ý: ${manifest.missingFiles.length} tệp mà dữ liệu nhắc tới đã không còn trên đĩa từ trước (ghi trong manifest.json, mục missingFiles).`);
      } finally {
        await store.close();
      }
      return 0;
    }
    case 'restore': {
      if (!rest[0]) {
        console.error('Cách dùng: cchc restore TỆP   (vào DATA_DIR trống; với PostgreSQL: DATABASE_URL tới cơ sở dữ liệu trống)');
        return 1;
      }
      const { manifest } = await restoreBackup(rest[0], config);
      console.log(`Đã phục hồi bản sao lưu lúc ${manifest.createdAt} (CCHC ${manifest.app.version}, ${manifest.database.migration}): ${totalRows(manifest)} dòng trong ${Object.keys(manifest.database.tables).length} bảng, ${manifest.files.length} tệp vào ${config.dataDir}. Chạy \`npx cchc serve --no-demo\` để mở lại.`);
      return 0;
    }
    case 'init': {
      const { values } = parseArgs({
        args: rest,
        options: { name: { type: 'string' }, code: { type: 'string' }, place: { type: 'string' }, superior: { type: 'string' }, username: { type: 'string' }, password: { type: 'string' }, 'full-name': { type: 'string' } },
      });
      const store = openStore(config);
      await migrateToLatest(store.db);
      try {
        const result = await initialise(store.db, values);
        console.log(`Đã tạo ${result.organizationName} và tài khoản quản trị ${result.username}.`);
      } finally {
        await store.close();
      }
      return 0;
    }
    case 'appoint': {
      const { values } = parseArgs({
        args: rest,
        options: { username: { type: 'string' }, role: { type: 'string' }, code: { type: 'string' }, 'full-name': { type: 'string' }, password: { type: 'string' } },
      });
      const store = openStore(config);
      await migrateToLatest(store.db);
      try {
        const r = await appointAtRoot(store.db, values);
        const did = [r.created ? 'tạo tài khoản' : null, r.granted ? `cấp vai trò ${r.role === 'admin' ? 'Quản trị' : 'Lãnh đạo'} của ${r.organizationName}` : 'vai trò đã có', r.passwordSet && !r.created ? 'đặt lại mật khẩu' : null];
        console.log(`${r.username}: ${did.filter(Boolean).join(', ')}.`);
      } finally {
        await store.close();
      }
      return 0;
    }
    default:
      console.error(USAGE);
      return command ? 1 : 0;
  }
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function printDemo(password: string, generated: boolean, usernames: string[]): void {
  const lines = [
    '',
    'Đã nạp dữ liệu mẫu. Tài khoản mẫu (mật khẩu chung cho tất cả):',
    `  Mật khẩu: ${password}${generated ? '   (tự sinh; đặt DEMO_PASSWORD để chọn mật khẩu)' : ''}`,
    `  Ví dụ: ${usernames.filter((u) => /\.(admin|director|coordinator|tchc)$/.test(u)).slice(0, 8).join(', ')}`,
    '',
  ];
  console.log(lines.join('\n'));
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    // The server failing to start (port taken, database unreachable) is logged like a crash, for the supervisor's log.
    if (process.argv[2] === 'serve') writeCrash('startup', error);
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
