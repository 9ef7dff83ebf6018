import { createInflateRaw } from 'node:zlib';
import { WorkbookRefused } from './workbook-refused';

/** What to throw instead of the workbook's refusals when the ZIP is some other kind of file (a DOCX). */
export type ZipRefusals = { notZip: () => Error; tooLarge: () => Error };
/**
 * `maxUnpackedBytes` bounds every entry together; `maxMarkupBytes`, when given, bounds the entries an
 * office library parses as XML (named .xml or .rels, or whose bytes begin with "<"), which cost its
 * parser tens of times their size in memory, while pictures, which nobody here unpacks, only count
 * towards the first.
 */
export type ZipLimits = { maxEntries: number; maxUnpackedBytes: number; maxMarkupBytes?: number; refusals?: ZipRefusals };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
/**
 * Inflated in pieces this large and dropped at once: checking a bomb holds no more than this. Larger
 * pieces mean fewer trips between the thread pool and the event loop (eight for a workbook's cap).
 */
const CHUNK = 1024 * 1024;

const notWorkbook = () => new WorkbookRefused('NOT_XLSX', 'Tệp không phải là tệp Excel (.xlsx) hợp lệ hoặc đã bị hỏng.');
const workbookTooLarge = (limits: ZipLimits) =>
  new WorkbookRefused('FILE_TOO_LARGE', `Tệp Excel giải nén ra quá lớn (hơn ${Math.round(limits.maxUnpackedBytes / 1024 / 1024)} MB); hãy chỉ giữ các dòng cần cập nhật.`);
const notZip = (limits: ZipLimits) => limits.refusals?.notZip() ?? notWorkbook();
const tooLarge = (limits: ZipLimits) => limits.refusals?.tooLarge() ?? workbookTooLarge(limits);

type Budget = { unpacked: number; markup: number };

/**
 * Checks a ZIP (an XLSX or a DOCX) before any library unpacks it, and answers its entry names. A few
 * kilobytes can inflate to gigabytes (a zip bomb), and the sizes a ZIP declares can lie, so every entry
 * is inflated here, streaming, under a shared output cap, reading the same bytes an unzipper would (the
 * central directory's offsets and compressed sizes); the inflated bytes are counted and dropped, so the
 * check holds 1 MB whatever the file claims or holds, and stops at the first byte past the cap.
 * zlib inflates on libuv's thread pool: the event loop stays free while a bomb is measured.
 */
export async function inspectZip(bytes: Buffer, limits: ZipLimits): Promise<string[]> {
  const end = findEndOfCentralDirectory(bytes, limits);
  const entries = bytes.readUInt16LE(end + 10);
  const directoryOffset = bytes.readUInt32LE(end + 16);
  // ZIP64 markers: an office file this product reads never needs them.
  if (entries === 0xffff || directoryOffset === 0xffffffff) throw tooLarge(limits);
  if (entries > limits.maxEntries) throw tooLarge(limits);

  const names: string[] = [];
  const left: Budget = { unpacked: limits.maxUnpackedBytes, markup: limits.maxMarkupBytes ?? Infinity };
  let at = directoryOffset;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL) throw notZip(limits);
    const method = bytes.readUInt16LE(at + 10);
    const compressedSize = bytes.readUInt32LE(at + 20);
    const declaredSize = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const next = at + 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    names.push(name);
    // An honest size past the cap is refused without inflating anything.
    if (declaredSize > left.unpacked) throw tooLarge(limits);
    const data = entryData(bytes, bytes.readUInt32LE(at + 42), compressedSize, limits);
    const namedMarkup = /\.(xml|rels)$/i.test(name);
    if (method === STORED) spend(left, data.length, namedMarkup || startsLikeMarkup(data), limits);
    else if (method === DEFLATED) await inflateCounted(data, left, namedMarkup, limits);
    else throw notZip(limits);
    at = next;
  }
  return names;
}

function spend(left: Budget, size: number, markup: boolean, limits: ZipLimits): void {
  left.unpacked -= size;
  if (markup) left.markup -= size;
  if (left.unpacked < 0 || left.markup < 0) throw tooLarge(limits);
}

/** Inflates one entry, counting its bytes against the budget and dropping them; stops past the cap. */
function inflateCounted(data: Buffer, left: Budget, namedMarkup: boolean, limits: ZipLimits): Promise<void> {
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw({ chunkSize: CHUNK });
    let markup: boolean | undefined = namedMarkup || undefined;
    let failed = false;
    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      inflate.destroy();
      reject(error);
    };
    inflate.on('data', (chunk: Buffer) => {
      if (failed) return;
      markup ??= startsLikeMarkup(chunk);
      try {
        spend(left, chunk.length, markup, limits);
      } catch (error) {
        fail(error as Error);
      }
    });
    inflate.on('error', () => fail(notZip(limits)));
    inflate.on('end', () => {
      if (!failed) resolve();
    });
    inflate.end(data);
  });
}

/** XML, however it is named: a part can be renamed image.png and still be read as the document. */
function startsLikeMarkup(bytes: Buffer): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++;
  return i < bytes.length && bytes[i] === 0x3c;
}

function findEndOfCentralDirectory(bytes: Buffer, limits: ZipLimits): number {
  // The record is 22 bytes plus a comment of at most 65 535.
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (bytes.readUInt32LE(at) === EOCD) return at;
  }
  throw notZip(limits);
}

function entryData(bytes: Buffer, localOffset: number, compressedSize: number, limits: ZipLimits): Buffer {
  if (localOffset + 30 > bytes.length || bytes.readUInt32LE(localOffset) !== LOCAL) throw notZip(limits);
  const start = localOffset + 30 + bytes.readUInt16LE(localOffset + 26) + bytes.readUInt16LE(localOffset + 28);
  if (start + compressedSize > bytes.length) throw notZip(limits);
  return bytes.subarray(start, start + compressedSize);
}
