import { createHash } from 'node:crypto';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';

/**
 * Documents for the importer's tests, written here rather than stored: a plan's text (lines, with its
 * appendix as `|` rows) as a real Word file, and a tiny password-protected PDF.
 */
export async function planDocx(text: string): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [];
  let rows: string[][] = [];
  const flushTable = () => {
    if (rows.length === 0) return;
    children.push(
      new Table({
        rows: rows.map(
          (cells, i) =>
            new TableRow({
              tableHeader: i === 0,
              children: cells.map((cell) => new TableCell({ children: cell.split(' // ').map((part) => new Paragraph(part)) })),
            }),
        ),
      }),
    );
    rows = [];
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith('|')) {
      const cells = line.slice(1, line.endsWith('|') ? -1 : undefined).split('|').map((cell) => cell.trim());
      // Markdown's separator row and the blank row a converter left at a page break are not rows of the plan.
      if (cells.every((cell) => /^-*$/.test(cell))) continue;
      rows.push(cells);
      continue;
    }
    flushTable();
    if (line) children.push(new Paragraph({ children: [new TextRun(line)] }));
  }
  flushTable();
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

const PADDING = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');

function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 255;
    j = (j + s[i]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[n] = data[n]! ^ s[(s[i]! + s[j]!) & 255]!;
  }
  return out;
}

const md5 = (...parts: Buffer[]) => createHash('md5').update(Buffer.concat(parts)).digest();
const pad = (password: string) => Buffer.concat([Buffer.from(password, 'latin1'), PADDING]).subarray(0, 32);

/** A one-page PDF under the standard security handler (revision 2) with a user password: no reader opens it without one. */
export function passwordProtectedPdf(userPassword = 'mat-khau'): Buffer {
  const id = Buffer.from('0123456789abcdef0123456789abcdef', 'hex');
  const permissions = -4;
  const owner = rc4(md5(pad('chu-so-huu')).subarray(0, 5), pad(userPassword));
  const p = Buffer.alloc(4);
  p.writeInt32LE(permissions);
  const key = md5(pad(userPassword), owner, p, id).subarray(0, 5);
  const user = rc4(key, PADDING);
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
    `<< /Filter /Standard /V 1 /R 2 /O <${owner.toString('hex')}> /U <${user.toString('hex')}> /P ${permissions} >>`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${id.toString('hex')}> <${id.toString('hex')}>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
