import type { WorkerOutcome } from '../worker/capped-worker';
import { ImportRefused } from './import-refused';

type Format = { kind: 'Word' | 'PDF'; timeLimitMs: number; damaged: () => ImportRefused; reasons?: Record<string, (detail?: string | number) => ImportRefused> };

/** Why a plan was not read, from how its capped thread ended; the message says what to do instead. */
export function refusalOf(outcome: Exclude<WorkerOutcome<unknown>, { kind: 'done' }>, format: Format): ImportRefused {
  switch (outcome.kind) {
    case 'busy':
      return new ImportRefused('SERVER_BUSY', 'Máy chủ đang đọc nhiều tệp khác cùng lúc; hãy thử lại sau ít phút.');
    case 'too-slow':
      return new ImportRefused(
        'TOO_SLOW',
        `Đọc tệp ${format.kind} quá ${Math.round(format.timeLimitMs / 1000)} giây nên đã dừng; ${format.kind === 'PDF' ? 'hãy tải lên bản Word (.docx) của kế hoạch.' : 'hãy lưu lại tệp bằng Word, bỏ bớt hình ảnh và định dạng thừa rồi thử lại.'}`,
      );
    case 'out-of-memory':
      return new ImportRefused('FILE_TOO_LARGE', `Tệp ${format.kind} quá lớn hoặc quá phức tạp để đọc (vượt giới hạn bộ nhớ dành cho việc đọc tệp): không phải một kế hoạch thông thường.`);
    case 'refused':
      if (outcome.reason === 'TOO_MUCH_TEXT') return new ImportRefused('FILE_TOO_LARGE', 'Tệp có quá nhiều chữ: không phải một kế hoạch thông thường.');
      return format.reasons?.[outcome.reason]?.(outcome.detail) ?? format.damaged();
    case 'crashed':
      return format.damaged();
  }
}
