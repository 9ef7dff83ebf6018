import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { extract, list, type ReadEntry } from 'tar';
import { openStore, type DatabaseKind } from '../../db/database';
import { migrations } from '../../db/migrations';
import { describeDatabase, restorePostgresDump, sqliteIntegrity, tableNames, withSqliteFile } from '../../db/snapshot';
import type { Config } from '../config';
import { filesDirOf, isSafeKey } from '../files/staged-files';
import { hashFile } from './hash-file';
import { BACKUP_FORMAT, BackupError, DATABASE_PATHS, FILES_PREFIX, MANIFEST_PATH, manifestSchema, type Manifest, type ManifestEntry } from './manifest';

const KIND_VI: Record<DatabaseKind, string> = { sqlite: 'SQLite', postgres: 'PostgreSQL' };

const isEmptyDir = (dir: string) => !existsSync(dir) || readdirSync(dir).length === 0;

/** The target must hold nothing: a restore never mixes an archive with data already there. */
async function assertEmptyTarget(config: Config, kind: DatabaseKind): Promise<void> {
  if (kind === 'sqlite') {
    if (!isEmptyDir(config.dataDir)) {
      throw new BackupError(`Thư mục dữ liệu ${config.dataDir} không trống. Chỉ phục hồi vào thư mục trống hoặc chưa có: hãy đặt DATA_DIR là một thư mục mới (hoặc chuyển dữ liệu hiện có đi nơi khác) rồi chạy lại.`);
    }
    return;
  }
  if (!isEmptyDir(filesDirOf(config))) {
    throw new BackupError(`Thư mục tệp ${filesDirOf(config)} không trống. Chỉ phục hồi khi thư mục này trống hoặc chưa có: hãy đặt DATA_DIR là một thư mục mới rồi chạy lại.`);
  }
  const store = openStore({ databaseUrl: config.databaseUrl, sqliteFile: config.sqliteFile });
  try {
    const tables = await tableNames(store.db);
    if (tables.length > 0) {
      throw new BackupError(`Cơ sở dữ liệu PostgreSQL đích đã có ${tables.length} bảng (${tables.slice(0, 3).join(', ')}${tables.length > 3 ? ', …' : ''}). Chỉ phục hồi vào cơ sở dữ liệu trống: hãy tạo cơ sở dữ liệu mới (createdb …), đặt DATABASE_URL tới đó rồi chạy lại.`);
    }
  } finally {
    await store.close();
  }
}

type Seen = { size: number; sha256: string };

const broken = (detail: string) => new BackupError(`Tệp sao lưu bị hỏng hoặc đã bị sửa, không phục hồi (chưa ghi gì): ${detail}`);

/**
 * Reads the whole archive and checks it against its manifest, writing nothing: every entry present once,
 * of the size and SHA-256 the manifest gives, nothing more, no link or device. Answers the manifest.
 */
export async function verifyArchive(archive: string): Promise<Manifest> {
  const seen = new Map<string, Seen>();
  const problems: string[] = [];
  let manifestText: string | undefined;
  const onReadEntry = (entry: ReadEntry) => {
    const path = entry.path;
    if (entry.type === 'Directory') return;
    if (entry.type !== 'File' && entry.type !== 'OldFile') {
      problems.push(`mục ${path} có loại ${entry.type}, không được phép`);
      return;
    }
    if (seen.has(path) || (path === MANIFEST_PATH && manifestText !== undefined)) problems.push(`mục ${path} xuất hiện hai lần`);
    const hash = createHash('sha256');
    const chunks: Buffer[] = [];
    let size = 0;
    entry.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (path === MANIFEST_PATH) chunks.push(chunk);
      else hash.update(chunk);
    });
    entry.on('end', () => {
      if (path === MANIFEST_PATH) manifestText = Buffer.concat(chunks).toString('utf8');
      else seen.set(path, { size, sha256: hash.digest('hex') });
    });
  };
  try {
    await list({ file: archive, strict: true, onReadEntry });
  } catch (error) {
    throw broken((error as Error).message);
  }
  if (manifestText === undefined) throw broken(`không có ${MANIFEST_PATH}`);
  let manifest: Manifest;
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(manifestText));
    if (!parsed.success) {
      const format = (JSON.parse(manifestText) as { format?: unknown }).format;
      if (typeof format === 'string' && format !== BACKUP_FORMAT) throw new BackupError(`Tệp sao lưu theo định dạng ${format}; phiên bản này đọc được ${BACKUP_FORMAT}.`);
      throw broken(`${MANIFEST_PATH} không hợp lệ (${parsed.error.issues.map((i) => i.path.join('.')).join(', ')})`);
    }
    manifest = parsed.data;
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw broken(`${MANIFEST_PATH} không đọc được`);
  }
  const expected: ManifestEntry[] = [manifest.database, ...manifest.files];
  if (manifest.database.path !== DATABASE_PATHS[manifest.database.kind]) problems.push(`đường dẫn cơ sở dữ liệu ${manifest.database.path} lạ`);
  for (const f of manifest.files) {
    if (!f.path.startsWith(FILES_PREFIX) || !isSafeKey(f.path.slice(FILES_PREFIX.length))) problems.push(`đường dẫn ${f.path} không được phép`);
  }
  for (const e of expected) {
    const got = seen.get(e.path);
    if (!got) problems.push(`thiếu ${e.path}`);
    else if (got.size !== e.size || got.sha256 !== e.sha256) problems.push(`${e.path} không khớp mã kiểm tra (SHA-256)`);
  }
  const listed = new Set(expected.map((e) => e.path));
  for (const path of seen.keys()) if (!listed.has(path)) problems.push(`${path} không có trong ${MANIFEST_PATH}`);
  if (problems.length > 0) throw broken(problems.slice(0, 5).join('; ') + (problems.length > 5 ? `; và ${problems.length - 5} lỗi khác` : ''));
  return manifest;
}

function sameTables(found: Record<string, number>, expected: Record<string, number>): string[] {
  const names = new Set([...Object.keys(found), ...Object.keys(expected)]);
  return [...names].filter((t) => found[t] !== expected[t]).map((t) => `${t}: ${found[t] ?? 'không có'} thay vì ${expected[t] ?? 'không có'}`);
}

export type RestoreSummary = { manifest: Manifest };

/**
 * Brings an archive of `cchc backup` back into an empty target: the data directory (SQLite: the whole
 * DATA_DIR must be empty; PostgreSQL: DATA_DIR/files) and, for PostgreSQL, an empty database. Everything is
 * checked before anything is written (verifyArchive), the target's emptiness first. Then the archive is unpacked
 * into a folder inside DATA_DIR, checked again, and moved into place; the database rows per table are
 * compared with the manifest. SQLite goes back to SQLite and PostgreSQL to PostgreSQL.
 */
export async function restoreBackup(archive: string, config: Config): Promise<RestoreSummary> {
  const file = resolve(archive);
  if (!existsSync(file)) throw new BackupError(`Không tìm thấy tệp sao lưu ${file}.`);
  const kind: DatabaseKind = config.databaseUrl ? 'postgres' : 'sqlite';
  await assertEmptyTarget(config, kind);
  const manifest = await verifyArchive(file);
  if (manifest.database.kind !== kind) {
    throw new BackupError(
      `Bản sao lưu này là của ${KIND_VI[manifest.database.kind]}, còn cấu hình hiện tại dùng ${KIND_VI[kind]}. ` +
        `Chỉ phục hồi ${KIND_VI[manifest.database.kind]} về ${KIND_VI[manifest.database.kind]}: ${manifest.database.kind === 'postgres' ? 'hãy đặt DATABASE_URL tới một cơ sở dữ liệu PostgreSQL trống' : 'hãy bỏ DATABASE_URL (dùng SQLite trong DATA_DIR)'} rồi chạy lại.`,
    );
  }
  if (manifest.database.migration !== 'none' && !(manifest.database.migration in migrations)) {
    throw new BackupError(`Bản sao lưu có cấu trúc dữ liệu mới hơn phiên bản CCHC này (${manifest.database.migration}, từ phiên bản ${manifest.app.version}). Hãy cập nhật CCHC rồi phục hồi.`);
  }

  await mkdir(config.dataDir, { recursive: true });
  const staging = join(config.dataDir, `.restore-${randomBytes(6).toString('hex')}`);
  await mkdir(staging);
  let databaseWritten = false;
  try {
    const wanted = new Set([manifest.database.path, ...manifest.files.map((f) => f.path)]);
    await extract({ file, cwd: staging, strict: true, filter: (path) => wanted.has(path) });
    // Read back from the disk: the archive could have changed since it was checked.
    for (const e of [manifest.database, ...manifest.files]) {
      const path = join(staging, e.path);
      const got = existsSync(path) ? await hashFile(path) : undefined;
      if (!got || got.size !== e.size || got.sha256 !== e.sha256) throw broken(`${e.path} khác khi giải nén`);
    }
    const dump = join(staging, manifest.database.path);
    if (kind === 'sqlite') {
      const integrity = sqliteIntegrity(dump);
      if (integrity !== 'ok') throw broken(`cơ sở dữ liệu SQLite không toàn vẹn (${integrity})`);
      const found = await withSqliteFile(dump, describeDatabase);
      const differences = sameTables(found.tables, manifest.database.tables);
      if (differences.length) throw broken(`số dòng khác với ${MANIFEST_PATH}: ${differences.slice(0, 5).join('; ')}`);
      await rename(dump, config.sqliteFile);
      databaseWritten = true;
    } else {
      await restorePostgresDump(config.databaseUrl!, dump);
      databaseWritten = true;
      const store = openStore({ databaseUrl: config.databaseUrl, sqliteFile: config.sqliteFile });
      try {
        const differences = sameTables((await describeDatabase(store.db)).tables, manifest.database.tables);
        if (differences.length) throw new BackupError(`Đã nạp cơ sở dữ liệu nhưng số dòng khác với ${MANIFEST_PATH}: ${differences.slice(0, 5).join('; ')}. Hãy xoá cơ sở dữ liệu này và phục hồi lại.`);
      } finally {
        await store.close();
      }
    }
    if (manifest.files.length > 0) await rename(join(staging, 'files'), filesDirOf(config));
    return { manifest };
  } catch (error) {
    if (kind === 'sqlite' && databaseWritten) await rm(config.sqliteFile, { force: true });
    throw error;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
