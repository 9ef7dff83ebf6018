import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The share of dark pixels on page 1 of a PDF, read from pdftoppm's grey-scale PGM output: 0 is a blank page. */
export function inkOnFirstPage(pdf: Buffer): number {
  const dir = mkdtempSync(join(tmpdir(), 'document-pdf-'));
  writeFileSync(join(dir, 'document.pdf'), pdf);
  execFileSync('pdftoppm', ['-gray', '-r', '30', '-f', '1', '-l', '1', join(dir, 'document.pdf'), join(dir, 'page')]);
  const pgm = readFileSync(join(dir, 'page-1.pgm'));
  // "P5\n<width> <height>\n255\n" then one byte per pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'))!;
  const pixels = pgm.subarray(header[0].length);
  return pixels.filter((v) => v < 128).length / pixels.length;
}
