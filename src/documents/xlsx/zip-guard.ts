import { inflateRawSync } from 'node:zlib';
import { WorkbookRefused } from './workbook-refused';

/** What to throw instead of the workbook's refusals when the ZIP is some other kind of file (a DOCX). */
export type ZipRefusals = { notZip: () => Error; tooLarge: () => Error };
export type ZipLimits = { maxEntries: number; maxUnpackedBytes: number; refusals?: ZipRefusals };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

const notWorkbook = () => new WorkbookRefused('NOT_XLSX', 'Tệp không phải là tệp Excel (.xlsx) hợp lệ hoặc đã bị hỏng.');
const workbookTooLarge = (limits: ZipLimits) =>
  new WorkbookRefused('FILE_TOO_LARGE', `Tệp Excel giải nén ra quá lớn (hơn ${Math.round(limits.maxUnpackedBytes / 1024 / 1024)} MB); hãy chỉ giữ các dòng cần cập nhật.`);
const notZip = (limits: ZipLimits) => limits.refusals?.notZip() ?? notWorkbook();
const tooLarge = (limits: ZipLimits) => limits.refusals?.tooLarge() ?? workbookTooLarge(limits);

/**
 * Checks a ZIP (an XLSX is one) before any library unpacks it, and answers its entry names. A few
 * kilobytes can inflate to gigabytes (a zip bomb), and the sizes a ZIP declares can lie, so every
 * entry is inflated here under a shared output cap, reading the same bytes an unzipper would: the
 * central directory's offsets and compressed sizes. The cost is unpacking a small file twice.
 */
export function inspectZip(bytes: Buffer, limits: ZipLimits): string[] {
  const end = findEndOfCentralDirectory(bytes, limits);
  const entries = bytes.readUInt16LE(end + 10);
  const directoryOffset = bytes.readUInt32LE(end + 16);
  // ZIP64 markers: a workbook this product reads never needs them.
  if (entries === 0xffff || directoryOffset === 0xffffffff) throw tooLarge(limits);
  if (entries > limits.maxEntries) throw tooLarge(limits);

  const names: string[] = [];
  let unpacked = 0;
  let at = directoryOffset;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL) throw notZip(limits);
    const method = bytes.readUInt16LE(at + 10);
    const compressedSize = bytes.readUInt32LE(at + 20);
    const declaredSize = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const next = at + 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    names.push(bytes.toString('utf8', at + 46, at + 46 + nameLength));
    if (unpacked + declaredSize > limits.maxUnpackedBytes) throw tooLarge(limits);
    unpacked += entrySize(bytes, bytes.readUInt32LE(at + 42), method, compressedSize, limits.maxUnpackedBytes - unpacked, limits);
    if (unpacked > limits.maxUnpackedBytes) throw tooLarge(limits);
    at = next;
  }
  return names;
}

function findEndOfCentralDirectory(bytes: Buffer, limits: ZipLimits): number {
  // The record is 22 bytes plus a comment of at most 65 535.
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (bytes.readUInt32LE(at) === EOCD) return at;
  }
  throw notZip(limits);
}

function entrySize(bytes: Buffer, localOffset: number, method: number, compressedSize: number, budget: number, limits: ZipLimits): number {
  if (localOffset + 30 > bytes.length || bytes.readUInt32LE(localOffset) !== LOCAL) throw notZip(limits);
  const start = localOffset + 30 + bytes.readUInt16LE(localOffset + 26) + bytes.readUInt16LE(localOffset + 28);
  if (start + compressedSize > bytes.length) throw notZip(limits);
  if (method === STORED) {
    if (compressedSize > budget) throw tooLarge(limits);
    return compressedSize;
  }
  if (method !== DEFLATED) throw notZip(limits);
  try {
    return inflateRawSync(bytes.subarray(start, start + compressedSize), { maxOutputLength: Math.max(1, budget) }).length;
  } catch (error) {
    if (error instanceof RangeError) throw tooLarge(limits);
    throw notZip(limits);
  }
}
