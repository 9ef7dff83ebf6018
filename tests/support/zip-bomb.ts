import { crc32, deflateRawSync } from 'node:zlib';

/**
 * ZIP files written byte by byte, so a test can build what an attacker would: an entry that inflates to
 * 90 MB from a few hundred kilobytes, headers that lie about the size, entries that overlap.
 */
export type RawEntry = {
  name: string;
  /** The entry's bytes; `inflated` instead gives a size and a repeating unit, filled natively. */
  data?: Buffer;
  inflated?: { size: number; unit: string; head?: string; tail?: string };
  /** The uncompressed size the headers declare (the truth when left out). */
  declaredSize?: number;
};

/** `overlap`: that many more central-directory entries all pointing at the first entry's bytes. */
export type ZipOptions = { overlap?: number };

/** The bytes of an entry built from a repeating unit: a head, the unit repeated to reach `size` (or just past it), a tail. */
export function repeated({ size, unit, head = '', tail = '' }: NonNullable<RawEntry['inflated']>): Buffer {
  const middle = Math.max(0, size - Buffer.byteLength(head) - Buffer.byteLength(tail));
  const unitBytes = Buffer.from(unit);
  const body = Buffer.alloc(Math.ceil(middle / unitBytes.length) * unitBytes.length, unitBytes);
  return Buffer.concat([Buffer.from(head), body, Buffer.from(tail)]);
}

export function zipOf(entries: RawEntry[], options: ZipOptions = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  const central = (name: Buffer, crc: number, compressed: number, declared: number, at: number) => {
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(0x0800, 8); // UTF-8 names
    c.writeUInt16LE(8, 10); // deflated
    c.writeUInt32LE(crc, 16);
    c.writeUInt32LE(compressed, 20);
    c.writeUInt32LE(declared, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(at, 42);
    return Buffer.concat([c, name]);
  };
  for (const entry of entries) {
    const data = entry.data ?? repeated(entry.inflated!);
    const deflated = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const declared = entry.declaredSize ?? data.length;
    const name = Buffer.from(entry.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(deflated.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, deflated);
    centrals.push(central(name, crc, deflated.length, declared, offset));
    if (centrals.length === 1) {
      for (let i = 0; i < (options.overlap ?? 0); i++) centrals.push(central(Buffer.from(`${entry.name}.${i}`), crc, deflated.length, declared, offset));
    }
    offset += local.length + name.length + deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length, 8);
  end.writeUInt16LE(centrals.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const WORD_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>';
const WORD_TAIL = '</w:body></w:document>';
const PARAGRAPH = '<w:p><w:r><w:t>Nhiệm vụ cải cách hành chính năm 2026</w:t></w:r></w:p>';

/** The parts of a real Word file (from JSZip), with word/document.xml replaced by `documentXml`. */
export function docxWith(parts: Record<string, Buffer>, document: Omit<RawEntry, 'name'>, options?: ZipOptions): Buffer {
  const entries: RawEntry[] = [{ name: 'word/document.xml', ...document }];
  for (const [name, data] of Object.entries(parts)) if (name !== 'word/document.xml') entries.push({ name, data });
  return zipOf(entries, options);
}

/** word/document.xml of `size` bytes: one paragraph of a plan, over and over. */
export const wordXml = (size: number): NonNullable<RawEntry['inflated']> => ({ size, unit: PARAGRAPH, head: WORD_HEAD, tail: WORD_TAIL });

export const SHEET_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
export const SHEET_TAIL = '</sheetData></worksheet>';

/** A worksheet of `size` bytes: the same inline-string row over and over. */
export const sheetXml = (size: number): NonNullable<RawEntry['inflated']> => ({ size, unit: '<row><c t="inlineStr"><is><t>Đang thực hiện</t></is></c></row>', head: SHEET_HEAD, tail: SHEET_TAIL });
