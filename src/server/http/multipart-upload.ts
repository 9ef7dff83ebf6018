import type { MultipartFile, Multipart } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { Readable } from 'node:stream';
import { unstorableText } from './json-body';
import { unknownFields, validationFailed, type Problem } from './validation';

/** The name of the file part of every upload. */
export const FILE_FIELD = 'file';

export type UploadParts = {
  file: MultipartFile;
  /** The named fields sent before the file, by name. */
  fields: Record<string, string>;
  /**
   * Reads what follows the file once its bytes are read: it must be nothing. Anything after the file — an
   * unknown field, a known one sent too late — is refused, so no part of a form is ever silently ignored.
   */
  rest: () => Promise<void>;
  /** The file's bytes as a stream that ends only after `rest` passed (and fails with its error): for uploads streamed to disk. */
  checkedStream: () => Readable;
};

const lateFields = (names: string[], allowed: readonly string[]) => {
  const unknown = names.filter((n) => !allowed.includes(n) && n !== FILE_FIELD);
  if (unknown.length > 0) return unknownFields(unknown);
  return validationFailed(
    'body',
    names.map((n) => ({ path: [n], message: n === FILE_FIELD ? 'Mỗi lần chỉ tải lên một tệp.' : `Trường ${n} phải gửi trước tệp (file).` })),
  );
};

/** Reads the parts left, emptying any file among them, and answers their names. */
async function drain(parts: AsyncIterator<Multipart>): Promise<string[]> {
  const names: string[] = [];
  for (;;) {
    const next = await parts.next();
    if (next.done) return names;
    names.push(next.value.fieldname);
    if (next.value.type === 'file') next.value.file.resume();
  }
}

/**
 * A multipart upload of one file (part "file") and a few named text fields sent before it, read by hand
 * (the JSON schema validation does not see multipart forms). Any other part is refused with 400
 * VALIDATION_FAILED naming it — "Trường không được hỗ trợ: ghiChu" — as unknown JSON fields are. A field
 * sent twice is refused too. Answers undefined when the form holds no file (the route says it is required).
 */
export async function readUpload(request: FastifyRequest, allowed: readonly string[]): Promise<UploadParts | undefined> {
  const parts = request.parts()[Symbol.asyncIterator]();
  const fields: Record<string, string> = {};
  const unknown: string[] = [];
  const twice: string[] = [];
  const unstorable: Problem[] = [];
  for (;;) {
    const next = await parts.next();
    if (next.done) break;
    const part = next.value;
    if (part.type === 'file') {
      if (part.fieldname !== FILE_FIELD) {
        unknown.push(part.fieldname);
        part.file.resume();
        continue;
      }
      // The file's name is not checked here: it is kept only as a label (files/store-upload.ts cleans it).
      if (unknown.length > 0 || twice.length > 0 || unstorable.length > 0) {
        part.file.resume();
        unknown.push(...(await drain(parts)).filter((n) => !allowed.includes(n) && n !== FILE_FIELD));
        break;
      }
      const rest = async () => {
        const after = await drain(parts);
        if (after.length > 0) throw lateFields(after, allowed);
      };
      const checkedStream = () =>
        Readable.from(
          (async function* () {
            for await (const chunk of part.file) yield chunk as Buffer;
            await rest();
          })(),
          { objectMode: false },
        );
      return { file: part, fields, rest, checkedStream };
    }
    if (!allowed.includes(part.fieldname)) unknown.push(part.fieldname);
    else if (Object.hasOwn(fields, part.fieldname)) twice.push(part.fieldname);
    else {
      const value = String(part.value);
      const why = unstorableText(value);
      if (why) unstorable.push({ path: [part.fieldname], message: why });
      fields[part.fieldname] = value;
    }
  }
  if (unknown.length > 0) throw unknownFields([...new Set(unknown)]);
  if (unstorable.length > 0) throw validationFailed('body', unstorable);
  if (twice.length > 0) throw validationFailed('body', twice.map((n) => ({ path: [n], message: `Trường bị lặp lại: ${n}` })));
  return undefined;
}

/** How a route words a missing and an oversize file. */
export type UploadRefusals = { required: () => Error; tooLarge: () => Error };

/**
 * The bytes of a one-file upload read whole, with the fields sent before it: for files parsed in memory
 * (a plan, a workbook). The route's multipart `fileSize` is set one byte over its limit, so an oversize
 * file shows itself as cut and is refused with `tooLarge`; a request that is no upload, or holds no
 * file, with `required`.
 */
export async function readUploadBytes(request: FastifyRequest, allowed: readonly string[], refusals: UploadRefusals): Promise<{ bytes: Buffer; fields: Record<string, string> }> {
  if (!request.isMultipart()) throw refusals.required();
  const upload = await readUpload(request, allowed);
  if (!upload) throw refusals.required();
  const { file } = upload;
  const bytes = await file.toBuffer().catch((error: unknown) => {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw refusals.tooLarge();
    throw error;
  });
  if (file.file.truncated) throw refusals.tooLarge();
  await upload.rest();
  return { bytes, fields: upload.fields };
}
