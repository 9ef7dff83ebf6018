import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { parsePlanText } from '../../domain/import';
import { extractPlanText } from './extract-text';
import { ImportRefused } from './import-refused';
import { MAX_IMPORT_BYTES } from './import-limits';

/**
 * `cchc import FILE`: the draft of a plan file as JSON on stdout (exit 0), or why it cannot be read
 * on stderr (exit 1). Needs no database: it only reads the file.
 */
export async function importPlanFile(path: string | undefined): Promise<number> {
  if (!path) {
    console.error('Cách dùng: cchc import TỆP   (tệp kế hoạch .docx, .pdf, .txt hoặc .md)');
    return 1;
  }
  try {
    const extracted = await extractPlanText(await readCapped(path), basename(path));
    process.stdout.write(`${JSON.stringify(parsePlanText(extracted.text), null, 2)}\n`);
    return 0;
  } catch (error) {
    console.error(error instanceof ImportRefused ? error.message : unreadable(path, error));
    return 1;
  }
}

/** Reads at most one byte past the limit, so a huge file is refused without loading it whole. */
async function readCapped(path: string): Promise<Buffer> {
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(MAX_IMPORT_BYTES + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await file.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0 || length + bytesRead >= buffer.length) return buffer.subarray(0, length + bytesRead);
      length += bytesRead;
    }
  } finally {
    await file.close();
  }
}

function unreadable(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return `Không tìm thấy tệp "${path}".`;
  if (code === 'EISDIR') return `"${path}" là một thư mục, không phải tệp.`;
  if (code === 'EACCES') return `Không có quyền đọc tệp "${path}".`;
  return `Không đọc được tệp "${path}".`;
}
