import type { WorkerLimits } from '../worker/capped-worker';

/**
 * The largest plan the importer reads (decisions 0013 and 0020). A real plan with its appendix is tens of
 * pages and a few megabytes at most; the limits keep one upload from holding a server process for long.
 */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/**
 * What a DOCX may unpack to, pictures included: Word stores photos already compressed, so this is about
 * the size of the pictures a plan may carry. Nobody here unpacks them (the text is all that is read).
 */
export const MAX_DOCX_UNPACKED_BYTES = 32 * 1024 * 1024;
/**
 * What the XML of a DOCX may unpack to. mammoth's XML model costs forty to sixty times the XML in memory,
 * and the document.xml of a real plan of a hundred tasks with its appendix is one to three megabytes;
 * six leave room for the largest plan and keep its reading inside the thread's heap (DOCX_WORKER_LIMITS).
 */
export const MAX_DOCX_MARKUP_BYTES = 6 * 1024 * 1024;
export const MAX_DOCX_ENTRIES = 2000;
export const MAX_PDF_PAGES = 200;
/** Reading the text of a PDF: a plan takes well under a second; past this the file is refused. */
export const PDF_TIME_LIMIT_MS = 20_000;
/** Heap of the thread that reads a PDF, so a hostile file cannot grow the server's memory. */
export const PDF_HEAP_MB = 256;
/**
 * The thread that reads a DOCX: a real plan takes a second or two and well under 128 MB; 6 MB of XML
 * written like Word writes it, about five seconds and 300 MB. A file built to be slow or to grow is
 * stopped at one limit or the other (decision 0020).
 */
export const DOCX_WORKER_LIMITS: WorkerLimits = { heapMb: 384, timeLimitMs: 15_000 };
/** The text handed to the parser: past this it is not a plan. */
export const MAX_TEXT_CHARS = 2_000_000;
