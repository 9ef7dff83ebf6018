import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { migrateToLatest, openStore } from './db/database';
import { loadConfig } from './server/config';
import { initialise } from './server/commands/initialise';
import { loadDemo } from './server/demo/load-demo';
import { createJobRunner } from './server/jobs/runner';
import { startServer } from './server/start';
import { importPlanFile } from './documents/import/import-file';

const USAGE = `Cách dùng: cchc <lệnh> [tùy chọn]
  serve [--no-demo]   chạy máy chủ (mặc định nạp dữ liệu mẫu khi cơ sở dữ liệu trống)
  migrate             cập nhật cấu trúc cơ sở dữ liệu
  demo                nạp dữ liệu mẫu vào cơ sở dữ liệu trống
  init --name "Sở Y tế tỉnh …" --code SYT-XX --place "…" --username … --password …
                      tạo đơn vị cấp cao nhất và tài khoản quản trị đầu tiên (khi không dùng dữ liệu mẫu)
  import TỆP          đọc một kế hoạch có sẵn (.docx, .pdf, .txt) và in bản nháp dạng JSON`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'import') return importPlanFile(rest[0]);
  const config = loadConfig();
  switch (command) {
    case 'serve': {
      const { values } = parseArgs({ args: rest, options: { 'no-demo': { type: 'boolean', default: false } } });
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
    default:
      console.error(USAGE);
      return command ? 1 : 0;
  }
}

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
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
