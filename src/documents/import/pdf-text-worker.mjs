// Runs in its own thread (see pdf-text.ts) so a hostile or huge PDF can be stopped by terminating
// the thread: pdfjs in Node parses on the calling thread, where a timer could not interrupt it.
// Plain JavaScript: a worker thread does not get tsx's TypeScript loader.
import { parentPort, workerData } from 'node:worker_threads';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const { bytes, maxPages } = workerData;

async function read() {
  const task = getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0, stopAtErrors: false });
  const document = await task.promise;
  if (document.numPages > maxPages) return { pages: document.numPages, items: [] };
  const pages = [];
  for (let n = 1; n <= document.numPages; n++) {
    const page = await document.getPage(n);
    const content = await page.getTextContent();
    pages.push(
      content.items
        .filter((item) => 'str' in item)
        .map((item) => ({ text: item.str, x: item.transform[4], y: item.transform[5], width: item.width, size: Math.hypot(item.transform[2], item.transform[3]) || item.height })),
    );
    page.cleanup();
  }
  await document.destroy();
  return { pages: pages.length, items: pages };
}

read().then(
  (result) => parentPort.postMessage({ ok: true, ...result }),
  (error) => parentPort.postMessage({ ok: false, name: error?.name ?? 'Error', message: String(error?.message ?? error) }),
);
