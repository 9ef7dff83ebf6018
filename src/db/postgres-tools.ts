import { execFile, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export type PostgresTool = 'pg_dump' | 'pg_restore';

const isExecutable = (path: string) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/**
 * Finds pg_dump or pg_restore: PG_BINDIR when set, then `pg_config --bindir`, then the newest
 * /usr/lib/postgresql/<version>/bin (Debian keeps them there, off PATH), then PATH.
 */
export function findPostgresTool(name: PostgresTool, env: NodeJS.ProcessEnv = process.env): string {
  const dirs: string[] = [];
  if (env.PG_BINDIR) dirs.push(env.PG_BINDIR);
  const pgConfig = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  if (pgConfig.status === 0) dirs.push(pgConfig.stdout.trim());
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian).filter((v) => /^\d+(\.\d+)?$/.test(v)).sort((a, b) => Number.parseFloat(b) - Number.parseFloat(a));
    dirs.push(...versions.map((v) => join(debian, v, 'bin')));
  }
  dirs.push(...(env.PATH ?? '').split(delimiter).filter(Boolean));
  for (const dir of dirs) if (isExecutable(join(dir, name))) return join(dir, name);
  throw new Error(
    `Không tìm thấy chương trình ${name} của PostgreSQL, cần để sao lưu và phục hồi khi dùng PostgreSQL. ` +
      `Hãy cài gói postgresql-client (Debian/Ubuntu: apt-get install postgresql-client) cùng phiên bản chính với máy chủ PostgreSQL, ` +
      `hoặc đặt biến PG_BINDIR là thư mục chứa ${name}.`,
  );
}

/**
 * The connection of `url` for a libpq tool: the address without its password as --dbname, the password in
 * PGPASSWORD, so it never shows in the process list.
 */
export function libpqConnection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const u = new URL(url);
  const password = u.password ? decodeURIComponent(u.password) : undefined;
  u.password = '';
  return { dbname: u.toString(), env: password === undefined ? {} : { PGPASSWORD: password } };
}

/** Runs a PostgreSQL tool against the database of `url`; a failure carries the tool's own message. */
export function runPostgresTool(name: PostgresTool, url: string, args: string[]): Promise<void> {
  const program = findPostgresTool(name);
  const connection = libpqConnection(url);
  return new Promise((resolve, reject) => {
    execFile(program, [`--dbname=${connection.dbname}`, ...args], { env: { ...process.env, ...connection.env }, maxBuffer: 16 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (!error) return resolve();
      reject(new Error(`${name} không thành công: ${(stderr || error.message).trim()}`));
    });
  });
}
