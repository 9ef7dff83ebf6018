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

/** What LibreOffice writes: a PDF, or a Word file (a text import read into Writer). */
export type ConvertTarget = 'pdf' | 'docx';

export const CONVERSION_TIMEOUT_MS = 120_000;

/**
 * One conversion by a LibreOffice started for it alone (`soffice --convert-to`), with a throw-away
 * profile: two processes sharing one profile block each other. About 1,1–1,4 s for a 15-page plan
 * (decision 0032); the warm converter uses it only when it cannot keep a LibreOffice running.
 */
export async function convertOnce(soffice: string, bytes: Buffer, from: string, to: ConvertTarget, filter: string | undefined, timeoutMs = CONVERSION_TIMEOUT_MS): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'cchc-pdf-'));
  try {
    const input = join(dir, `document.${from}`);
    await writeFile(input, bytes);
    const filterArgs = filter === undefined ? [] : [`--infilter=${filter}`];
    await new Promise<void>((resolve, reject) => {
      execFile(
        soffice,
        [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--norestore', ...filterArgs, '--convert-to', to, '--outdir', dir, input],
        { timeout: timeoutMs, env: { ...process.env, HOME: dir } },
        (error, _stdout, stderr) => (error ? reject(new Error(`LibreOffice failed: ${error.message} ${stderr}`.trim())) : resolve()),
      );
    });
    return await readFile(join(dir, `document.${to}`));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
