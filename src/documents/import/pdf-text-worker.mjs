// Runs in a capped thread (pdf-text.ts through capped-worker.ts) so a hostile or huge PDF can be stopped
// by terminating the thread: pdfjs in Node parses on the calling thread, where a timer could not
// interrupt it. Plain JavaScript: a worker thread does not get tsx's TypeScript loader.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { Refusal, serve } from '../worker/serve.mjs';

serve(async (bytes, { maxPages, maxChars }) => {
  const task = getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0, stopAtErrors: false });
  let document;
  try {
    document = await task.promise;
  } catch (error) {
    if (error?.name === 'PasswordException') throw new Refusal('PASSWORD');
    throw error;
  }
  if (document.numPages > maxPages) throw new Refusal('TOO_MANY_PAGES', document.numPages);
  const pages = [];
  // The items' text is what the server gets back: past the limit it is not a plan.
  let chars = 0;
  for (let n = 1; n <= document.numPages; n++) {
    const page = await document.getPage(n);
    const content = await page.getTextContent();
    const items = content.items
      .filter((item) => 'str' in item)
      .map((item) => ({ text: item.str, x: item.transform[4], y: item.transform[5], width: item.width, size: Math.hypot(item.transform[2], item.transform[3]) || item.height }));
    for (const item of items) chars += item.text.length + 1;
    if (chars > maxChars) throw new Refusal('TOO_MUCH_TEXT');
    pages.push(items);
    page.cleanup();
  }
  await document.destroy();
  return { pages: pages.length, items: pages };
});
