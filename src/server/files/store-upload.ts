import { createHash } from 'node:crypto';
import { mkdir, open, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { extensionOf, HEAD_BYTES, mediaTypeOf, uploadProblem, type UploadRule } from '../../domain/files/upload-rules';
import { newId } from '../../db/ids';
import { AppError, badRequest } from '../errors';

export type Upload = { filename: string; stream: Readable; truncated?: () => boolean };
export type StoredUpload = { id: string; name: string; storageKey: string; size: number; mediaType: string; /** Hex SHA-256 of the bytes: the same file attached twice is noticed by it. */ sha256: string };

const tooLarge = (rule: UploadRule) => new AppError(413, 'FILE_TOO_LARGE', `Tệp lớn hơn ${rule.maxBytes / 1024 / 1024} MB.`);

/**
 * Streams an upload to DATA_DIR/files (outside the web root), checking its size while it streams and its
 * type by name and first bytes, then hands it to `record` (the command's transaction). The file is
 * removed again if the check or anything in `record` fails, so no orphan is left on disk.
 */
export async function withStoredUpload<T>(filesDir: string, file: Upload, rule: UploadRule, record: (stored: StoredUpload) => Promise<T>): Promise<T> {
  const id = newId();
  const extension = extensionOf(file.filename);
  const storageKey = `${new Date().getUTCFullYear()}/${id}.${extension || 'bin'}`;
  const path = join(filesDir, storageKey);
  await mkdir(dirname(path), { recursive: true });
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
  const handle = await open(path, 'wx');
  try {
    await pipeline(file.stream, inspect, handle.createWriteStream());
    if (file.truncated?.()) throw tooLarge(rule);
    if (size === 0) throw badRequest('FILE_EMPTY', 'Tệp rỗng.');
    const problem = uploadProblem(rule, file.filename, head);
    if (problem) throw badRequest(problem, problem === 'TYPE_NOT_ALLOWED' ? rule.acceptedText : 'Nội dung tệp không đúng với đuôi tên tệp.', [{ field: 'file', message: 'Không hợp lệ' }]);
    return await record({ id, name: file.filename.slice(0, 255), storageKey, size, mediaType: mediaTypeOf(rule, file.filename), sha256: hash.digest('hex') });
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(path, { force: true });
    throw error;
  }
}
