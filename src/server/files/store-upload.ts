import { createHash } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { safeFileName, storageExtension } from '../../domain/files/file-names';
import { HEAD_BYTES, mediaTypeOf, uploadProblem, type UploadRule } from '../../domain/files/upload-rules';
import { newId } from '../../db/ids';
import { AppError, badRequest } from '../errors';
import { openStaged, placeStaged } from './staged-files';

export type Upload = { filename: string; stream: Readable; truncated?: () => boolean };
export type StoredUpload = { id: string; name: string; storageKey: string; size: number; mediaType: string; /** Hex SHA-256 of the bytes: the same file attached twice is noticed by it. */ sha256: string };

const tooLarge = (rule: UploadRule) => new AppError(413, 'FILE_TOO_LARGE', `Tệp lớn hơn ${rule.maxBytes / 1024 / 1024} MB.`);

/**
 * Streams an upload to DATA_DIR/files (outside the web root), checking its size while it streams and its
 * type by name and first bytes, then hands it to `record`: the command's transaction, and nothing after it.
 * The bytes wait flushed under `.incoming/` and take their place only once `record` has committed
 * (staged-files.ts), so a process that dies at any moment leaves no file without its row for good: the
 * start-up sweep finishes or discards what it left. A check or `record` that fails removes the file at once.
 */
export async function withStoredUpload<T>(filesDir: string, file: Upload, rule: UploadRule, record: (stored: StoredUpload) => Promise<T>): Promise<T> {
  const id = newId();
  // The name is only a label (no path, no control characters); on disk the file is its id and a plain extension.
  const name = safeFileName(file.filename);
  const storageKey = `${new Date().getUTCFullYear()}/${id}.${storageExtension(name)}`;
  let size = 0;
  let head = new Uint8Array(0);
  const hash = createHash('sha256');
  const inspect = new Transform({
    transform(chunk: Buffer, _enc, done) {
      size += chunk.length;
      if (size > rule.maxBytes) return done(tooLarge(rule));
      hash.update(chunk);
      if (head.length < HEAD_BYTES) head = new Uint8Array([...head, ...chunk.subarray(0, HEAD_BYTES - head.length)]);
      done(null, chunk);
    },
  });
  // Opened before streaming, so the file exists when a failure removes it (a lazily opened stream
  // could create it after the clean-up ran).
  const { path, handle } = await openStaged(filesDir, storageKey);
  let result: T;
  try {
    // flush: the bytes are on disk before the row that names them can commit.
    await pipeline(file.stream, inspect, handle.createWriteStream({ flush: true }));
    if (file.truncated?.()) throw tooLarge(rule);
    if (size === 0) throw badRequest('FILE_EMPTY', 'Tệp rỗng.');
    const problem = uploadProblem(rule, name, head);
    if (problem) throw badRequest(problem, problem === 'TYPE_NOT_ALLOWED' ? rule.acceptedText : 'Nội dung tệp không đúng với đuôi tên tệp.', [{ field: 'file', message: 'Không hợp lệ' }]);
    result = await record({ id, name, storageKey, size, mediaType: mediaTypeOf(rule, name), sha256: hash.digest('hex') });
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(path, { force: true });
    throw error;
  }
  await placeStaged(filesDir, storageKey);
  return result;
}
