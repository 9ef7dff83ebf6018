/** Why an uploaded workbook is not read at all (as opposed to a problem with one of its rows). */
export type WorkbookRefusal = 'EMPTY_FILE' | 'NOT_XLSX' | 'LEGACY_XLS' | 'FILE_TOO_LARGE' | 'NO_HEADER' | 'NO_ROWS' | 'TOO_MANY_ROWS' | 'TOO_SLOW' | 'SERVER_BUSY';

export class WorkbookRefused extends Error {
  constructor(
    readonly code: WorkbookRefusal,
    message: string,
  ) {
    super(message);
  }
}
