import { WorkbookRefused } from '../../documents/xlsx/workbook-refused';
import { AppError, refusalStatus } from '../errors';

/** An uploaded workbook's reading, its refusal (not an .xlsx, too large, no header …) answered with its HTTP status and Vietnamese reason. */
export function refusedAsHttp<T>(reading: Promise<T>): Promise<T> {
  return reading.catch((error: unknown) => {
    if (error instanceof WorkbookRefused) throw new AppError(refusalStatus(error.code), error.code, error.message);
    throw error;
  });
}
