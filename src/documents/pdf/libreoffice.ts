import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Where LibreOffice is looked for: the SOFFICE variable when set (an install elsewhere; a path that
 * does not exist means "none"), else PATH, then where Debian and the official packages put it.
 */
export function findSoffice(): string | null {
  const configured = process.env.SOFFICE;
  if (configured !== undefined) return configured && existsSync(configured) ? configured : null;
  const names = ['soffice', 'libreoffice'];
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/bin', '/usr/lib/libreoffice/program', '/opt/libreoffice/program'];
  for (const dir of dirs) for (const name of names) if (dir && existsSync(join(dir, name))) return join(dir, name);
  return null;
}

export class PdfConverterMissing extends Error {}

const TIMEOUT_MS = 120_000;
// LibreOffice takes one or two seconds and a good share of memory per document: one at a time per process.
let queue: Promise<unknown> = Promise.resolve();

/**
 * The PDF of a DOCX, made by LibreOffice headless so that it is exactly the DOCX (decision 0011).
 * Each conversion has its own throw-away profile: two processes sharing one profile block each other.
 */
export function docxToPdf(docx: Buffer): Promise<Buffer> {
  return convertWithLibreOffice(docx, 'docx', 'pdf');
}

/**
 * A document converted by LibreOffice headless, one at a time: `from` is the input's extension, `filter`
 * the import filter when the extension alone does not say how to read it (a text file's encoding).
 */
export function convertWithLibreOffice(input: Buffer, from: string, to: 'pdf' | 'docx', filter?: string): Promise<Buffer> {
  const soffice = findSoffice();
  if (!soffice) return Promise.reject(new PdfConverterMissing('soffice not found'));
  const run = queue.then(() => convert(soffice, input, from, to, filter));
  queue = run.catch(() => undefined);
  return run;
}

async function convert(soffice: string, bytes: Buffer, from: string, to: string, filter: string | undefined): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'cchc-pdf-'));
  try {
    const input = join(dir, `document.${from}`);
    await writeFile(input, bytes);
    const filterArgs = filter === undefined ? [] : [`--infilter=${filter}`];
    await new Promise<void>((resolve, reject) => {
      execFile(
        soffice,
        [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--norestore', ...filterArgs, '--convert-to', to, '--outdir', dir, input],
        { timeout: TIMEOUT_MS, env: { ...process.env, HOME: dir } },
        (error, _stdout, stderr) => (error ? reject(new Error(`LibreOffice failed: ${error.message} ${stderr}`.trim())) : resolve()),
      );
    });
    return await readFile(join(dir, `document.${to}`));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
