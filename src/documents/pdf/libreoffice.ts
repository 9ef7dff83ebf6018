import { type ConvertTarget } from './soffice';
import { WarmConverter, type ConverterLog } from './warm-converter';

export { findSoffice, PdfConverterMissing } from './soffice';

/**
 * One LibreOffice for the whole process, kept running between conversions and used one at a time
 * (decision 0032): the server's PDF downloads, the zip-of-plans job and the text importers share it.
 */
let shared: WarmConverter | null = null;
let holders = 0;

export function pdfConverter(): WarmConverter {
  shared ??= new WarmConverter();
  return shared;
}

/**
 * The server holds the converter while it runs: `log` gets its lines, and the returned release (for
 * Fastify's onClose) kills LibreOffice once the last holder lets go.
 */
export function holdPdfConverter(log?: ConverterLog): () => Promise<void> {
  const converter = pdfConverter();
  if (log) converter.setLog(log);
  holders++;
  let released = false;
  return async () => {
    if (released) return;
    released = true;
    if (--holders === 0) await converter.close();
  };
}

/** The PDF of a DOCX, made by LibreOffice headless so that it is exactly the DOCX (decision 0011). */
export function docxToPdf(docx: Buffer): Promise<Buffer> {
  return convertWithLibreOffice(docx, 'docx', 'pdf');
}

/**
 * A document converted by LibreOffice headless, one at a time: `from` is the input's extension, `filter`
 * the import filter when the extension alone does not say how to read it (a text file's encoding).
 */
export function convertWithLibreOffice(input: Buffer, from: string, to: ConvertTarget, filter?: string): Promise<Buffer> {
  return pdfConverter().convert(input, from, to, filter);
}
