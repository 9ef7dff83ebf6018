import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSoffice, holdPdfConverter, pdfConverter } from './libreoffice';
import { samplePlanDocx } from './sample-plan.fixture';
import { WarmConverter, type ConverterLog } from './warm-converter';

// Real LibreOffice. Skipped only where it is not installed (CI installs it: .ci/run); python3-uno, which
// CI installs too, is required: without it these tests fail rather than pass on the cold path.
const soffice = findSoffice();
if (!soffice) console.warn('warm-converter tests skipped: soffice not found (install Debian libreoffice-writer-nogui)');

/** Whether a process is still there: gone from /proc, or a zombie nobody has reaped yet, is not. */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

const isPdf = (bytes: Buffer) => bytes.subarray(0, 5).toString() === '%PDF-';
const quiet: ConverterLog = { info: () => undefined, warn: () => undefined };

describe.skipIf(!soffice)('WarmConverter: one LibreOffice kept running', () => {
  let docx: Buffer;
  const converter = new WarmConverter({ log: quiet });
  beforeAll(async () => {
    docx = await samplePlanDocx(20);
  });
  afterAll(() => converter.close());

  it('reuses the running LibreOffice for the next conversion', async () => {
    expect(isPdf(await converter.convert(docx, 'docx', 'pdf'))).toBe(true);
    const { pid, starts } = converter;
    expect(pid, 'install Debian python3-uno: without it each conversion starts LibreOffice afresh').not.toBeNull();
    expect(isPdf(await converter.convert(docx, 'docx', 'pdf'))).toBe(true);
    expect(converter.pid).toBe(pid);
    expect(converter.starts).toBe(starts);
  });

  it('still converts with an import filter (a UTF-8 text file read into Writer, written as DOCX)', async () => {
    const pid = converter.pid;
    const out = await converter.convert(Buffer.from('Kế hoạch cải cách hành chính\nNăm 2025\n', 'utf8'), 'txt', 'docx', 'Text (encoded):UTF8,LF,,,');
    expect(out.subarray(0, 2).toString()).toBe('PK');
    expect(converter.pid).toBe(pid);
  });

  it('fails a document LibreOffice cannot open with a clear error, and keeps LibreOffice running', async () => {
    const pid = converter.pid;
    await expect(converter.convert(docx.subarray(0, 5000), 'docx', 'pdf')).rejects.toThrow(/LibreOffice could not convert the document/);
    expect(converter.pid).toBe(pid);
    expect(isPdf(await converter.convert(docx, 'docx', 'pdf'))).toBe(true);
  });

  it('starts a fresh LibreOffice for the next conversion when the running one was killed', async () => {
    const pid = converter.pid!;
    const starts = converter.starts;
    process.kill(pid, 'SIGKILL');
    expect(isPdf(await converter.convert(docx, 'docx', 'pdf'))).toBe(true);
    expect(converter.pid).not.toBe(pid);
    expect(converter.starts).toBeGreaterThan(starts);
    expect(alive(pid)).toBe(false);
  });

  it('runs conversions asked for at once one at a time, on the one LibreOffice, and all succeed', async () => {
    const pid = converter.pid;
    const starts = converter.starts;
    const inner = converter as unknown as { convertNow: (...args: unknown[]) => Promise<Buffer> };
    const original = inner.convertNow;
    let running = 0;
    let most = 0;
    inner.convertNow = async (...args) => {
      most = Math.max(most, ++running);
      try {
        return await original.apply(converter, args);
      } finally {
        running--;
      }
    };
    try {
      const pdfs = await Promise.all(Array.from({ length: 4 }, () => converter.convert(docx, 'docx', 'pdf')));
      expect(pdfs.every(isPdf)).toBe(true);
    } finally {
      inner.convertNow = original;
    }
    expect(most).toBe(1);
    expect(converter.pid).toBe(pid);
    expect(converter.starts).toBe(starts);
  });

  it('fails a conversion LibreOffice hangs on past the timeout, and starts a fresh one for the next', async () => {
    const hanging = new WarmConverter({ log: quiet, timeoutMs: 8_000 });
    try {
      await hanging.convert(docx, 'docx', 'pdf');
      const pid = hanging.pid!;
      process.kill(pid, 'SIGSTOP');
      await expect(hanging.convert(docx, 'docx', 'pdf')).rejects.toThrow(/did not finish the conversion within 8 s/);
      expect(isPdf(await hanging.convert(docx, 'docx', 'pdf'))).toBe(true);
      expect(hanging.pid).not.toBe(pid);
      expect(alive(pid)).toBe(false);
    } finally {
      await hanging.close();
    }
  });

  it('kills LibreOffice on close, and starts it again for a conversion asked for later', async () => {
    await converter.convert(docx, 'docx', 'pdf');
    const pid = converter.pid!;
    expect(alive(pid)).toBe(true);
    await converter.close();
    expect(converter.pid).toBeNull();
    expect(alive(pid)).toBe(false);
    expect(isPdf(await converter.convert(docx, 'docx', 'pdf'))).toBe(true);
    expect(converter.pid).not.toBe(pid);
  });

  it('without a Python that has uno, converts each document with a LibreOffice of its own and says so once', async () => {
    const warnings: string[] = [];
    const cold = new WarmConverter({ pythons: ['/nonexistent/python3'], log: { info: () => undefined, warn: (line) => warnings.push(line) } });
    try {
      expect(isPdf(await cold.convert(docx, 'docx', 'pdf'))).toBe(true);
      expect(isPdf(await cold.convert(docx, 'docx', 'pdf'))).toBe(true);
      expect(cold.starts).toBe(0);
      expect(cold.pid).toBeNull();
      expect(warnings).toEqual([expect.stringContaining('python3-uno')]);
    } finally {
      await cold.close();
    }
  });

  it('the process-wide converter is killed when the last server holding it closes', async () => {
    const releaseFirst = holdPdfConverter(quiet);
    const releaseSecond = holdPdfConverter(quiet);
    await pdfConverter().convert(docx, 'docx', 'pdf');
    const pid = pdfConverter().pid!;
    await releaseFirst();
    expect(alive(pid)).toBe(true);
    await releaseSecond();
    expect(alive(pid)).toBe(false);
    expect(pdfConverter().pid).toBeNull();
  });
});
