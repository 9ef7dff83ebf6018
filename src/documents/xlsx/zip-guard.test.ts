import { zipOf, wordXml } from '../../../tests/support/zip-bomb';
import { inspectZip, type ZipLimits } from './zip-guard';

const MB = 1024 * 1024;
const limits: ZipLimits = { maxEntries: 10, maxUnpackedBytes: 4 * MB, maxMarkupBytes: 1 * MB };
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47]), Buffer.alloc(600 * 1024, 7)]);

const refusal = (bytes: Buffer, l: ZipLimits = limits) =>
  inspectZip(bytes, l).then(
    () => 'read',
    (error: { code: string }) => error.code,
  );

describe('inspectZip', () => {
  it('answers the entry names of a ZIP within its limits', async () => {
    expect(await inspectZip(zipOf([{ name: 'word/document.xml', inflated: wordXml(200_000) }, { name: 'word/media/a.png', data: PNG }]), limits)).toEqual(['word/document.xml', 'word/media/a.png']);
  });

  it('counts pictures towards the whole and XML towards its own, smaller cap', async () => {
    // 3 MB of pictures and 0.5 MB of XML: within both.
    expect(await refusal(zipOf([{ name: 'word/document.xml', inflated: wordXml(MB / 2) }, ...[1, 2, 3, 4, 5].map((n) => ({ name: `word/media/${n}.png`, data: PNG }))]))).toBe('read');
    expect(await refusal(zipOf([{ name: 'word/document.xml', inflated: wordXml(MB + 1) }]))).toBe('FILE_TOO_LARGE');
    // XML renamed to look like a picture is still XML.
    expect(await refusal(zipOf([{ name: 'word/media/image1.png', inflated: wordXml(MB + 1) }]))).toBe('FILE_TOO_LARGE');
    expect(await refusal(zipOf(Array.from({ length: 8 }, (_, n) => ({ name: `word/media/${n}.png`, data: PNG }))))).toBe('FILE_TOO_LARGE');
  });

  it('inflates what is there, not what the headers declare', async () => {
    expect(await refusal(zipOf([{ name: 'word/document.xml', inflated: wordXml(64 * MB), declaredSize: 100 }]))).toBe('FILE_TOO_LARGE');
    // Ten directory entries on the same 600 KB of XML: each counts.
    expect(await refusal(zipOf([{ name: 'word/document.xml', inflated: wordXml(600 * 1024) }], { overlap: 5 }))).toBe('FILE_TOO_LARGE');
    // An honest size past the cap is refused without inflating.
    expect(await refusal(zipOf([{ name: 'a.bin', data: Buffer.alloc(5 * MB) }]))).toBe('FILE_TOO_LARGE');
  });

  it('refuses too many entries, and what is not a ZIP or is cut short', async () => {
    expect(await refusal(zipOf(Array.from({ length: 11 }, (_, n) => ({ name: `${n}.txt`, data: Buffer.from('x') }))))).toBe('FILE_TOO_LARGE');
    expect(await refusal(Buffer.from('PK\x03\x04 not really'))).toBe('NOT_XLSX');
    const corrupt = zipOf([{ name: 'word/document.xml', inflated: wordXml(100_000) }]);
    // The first byte of the deflated data (after the 30-byte local header and the 17-byte name): a block type deflate does not have.
    corrupt[30 + 'word/document.xml'.length] = 0xff;
    expect(await refusal(corrupt)).toBe('NOT_XLSX');
    // The directory claims more compressed bytes than the file holds.
    const short = zipOf([{ name: 'word/document.xml', inflated: wordXml(100_000) }]);
    const central = short.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    short.writeUInt32LE(short.length, central + 20);
    expect(await refusal(short)).toBe('NOT_XLSX');
  });

  it('throws the errors it is given for another kind of file', async () => {
    const refusals = { notZip: () => Object.assign(new Error('hỏng'), { code: 'DAMAGED_FILE' }), tooLarge: () => Object.assign(new Error('lớn'), { code: 'FILE_TOO_LARGE_DOCX' }) };
    expect(await refusal(Buffer.from('PK\x03\x04'), { ...limits, refusals })).toBe('DAMAGED_FILE');
    expect(await refusal(zipOf([{ name: 'word/document.xml', inflated: wordXml(2 * MB) }]), { ...limits, refusals })).toBe('FILE_TOO_LARGE_DOCX');
  });
});
