import { docxToPdf } from '../../documents/pdf/libreoffice';
import { AppError } from '../errors';

/**
 * LibreOffice makes one PDF at a time and takes a second or two (up to two minutes on a large plan).
 * Without a limit, twelve clicks by one person queued everyone else behind them for a minute (issue 12,
 * defect 13). So: each person has at most PDF_PER_USER conversions in flight (running or waiting), and
 * the server at most PDF_MAX_IN_FLIGHT in all; past either the request is refused at once, never queued.
 */
export const PDF_PER_USER = 1;
export const PDF_MAX_IN_FLIGHT = 4;

export type PdfConverter = (docx: Buffer) => Promise<Buffer>;

export const pdfPerUserLimit = () =>
  new AppError(429, 'RATE_LIMITED', 'Bạn đang có một bản PDF đang được tạo. Vui lòng chờ bản đó xong rồi tải bản tiếp theo.', { retryAfterSeconds: 5 });
export const pdfServerBusy = () =>
  new AppError(503, 'SERVER_BUSY', 'Máy chủ đang tạo nhiều bản PDF cùng lúc. Vui lòng thử lại sau ít phút; bản DOCX vẫn tải được ngay.', { retryAfterSeconds: 30 });

/** The conversions in flight, per person and in all, for one running server. */
export class PdfLimit {
  private readonly byUser = new Map<string, number>();
  private total = 0;

  constructor(
    readonly convert: PdfConverter = docxToPdf,
    private readonly perUser = PDF_PER_USER,
    private readonly maxInFlight = PDF_MAX_IN_FLIGHT,
  ) {}

  /** Runs `make` (which builds the DOCX and converts it) in a slot of `userId`'s, or refuses at once. */
  async run<T>(userId: string, make: (convert: PdfConverter) => Promise<T>): Promise<T> {
    const mine = this.byUser.get(userId) ?? 0;
    if (mine >= this.perUser) throw pdfPerUserLimit();
    if (this.total >= this.maxInFlight) throw pdfServerBusy();
    this.byUser.set(userId, mine + 1);
    this.total++;
    try {
      return await make(this.convert);
    } finally {
      this.total--;
      const left = (this.byUser.get(userId) ?? 1) - 1;
      if (left > 0) this.byUser.set(userId, left);
      else this.byUser.delete(userId);
    }
  }

  get inFlight(): { total: number; users: number } {
    return { total: this.total, users: this.byUser.size };
  }
}
