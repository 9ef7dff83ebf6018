/**
 * The largest plan the importer reads (decision 0013). A real plan with its appendix is tens of pages
 * and a few megabytes at most; the limits keep one upload from holding a server process for long.
 */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** What a DOCX may unpack to: its XML, images included, is rarely above a few megabytes. */
export const MAX_DOCX_UNPACKED_BYTES = 100 * 1024 * 1024;
export const MAX_DOCX_ENTRIES = 2000;
export const MAX_PDF_PAGES = 200;
/** Reading the text of a PDF: a plan takes well under a second; past this the file is refused. */
export const PDF_TIME_LIMIT_MS = 20_000;
/** Heap of the thread that reads a PDF, so a hostile file cannot grow the server's memory. */
export const PDF_HEAP_MB = 256;
/** The text handed to the parser: past this it is not a plan. */
export const MAX_TEXT_CHARS = 2_000_000;
