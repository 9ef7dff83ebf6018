import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findSoffice, pdfConverter } from '../../src/documents/pdf/libreoffice';
import { samplePlanDocx } from '../../src/documents/pdf/sample-plan.fixture';
import { buildApp } from '../../src/server/app';
import { openTestStore } from '../support/test-app';

// Real LibreOffice; skipped only where it is not installed (CI installs it: .ci/run).
const soffice = findSoffice();
if (!soffice) console.warn('PDF converter server test skipped: soffice not found (install Debian libreoffice-writer-nogui)');

const alive = (pid: number) => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
};

describe.skipIf(!soffice)('the server and its warm PDF converter (decision 0032)', () => {
  it('keeps one LibreOffice between PDFs and leaves none running after app.close()', async () => {
    const { store, config, dispose } = await openTestStore('sqlite', { demo: false });
    const app = await buildApp({ store, config, logger: false, webRoot: '/nonexistent' });
    try {
      const docx = await samplePlanDocx(10);
      expect((await app.deps.pdf.convert(docx)).subarray(0, 5).toString()).toBe('%PDF-');
      const pid = pdfConverter().pid!;
      expect(pid, 'install Debian python3-uno').not.toBeNull();
      expect((await app.deps.pdf.convert(docx)).subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdfConverter().pid).toBe(pid);
      await app.close();
      expect(alive(pid)).toBe(false);
      expect(pdfConverter().pid).toBeNull();
    } finally {
      await app.close();
      await dispose();
    }
  });
});
