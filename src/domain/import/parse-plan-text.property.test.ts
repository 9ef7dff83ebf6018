import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planDraftSchema } from '../../shared/schemas/plan-import';
import { parsePlanText } from './index';

/** Pieces of real plans, so random documents reach the table, heading and signature readers, not only garbage. */
const PIECES = ['KẾ HOẠCH', 'Số: /KH-X', 'Hà Tĩnh, ngày 1 tháng 2 năm 2026', 'I. MỤC ĐÍCH', '1.1. Nội dung', 'a) việc', '- bước;', '+ ý', 'Căn cứ Luật số 1/2020/QH14;', 'Nơi nhận:', 'KT. GIÁM ĐỐC', 'Lê Văn A', '| STT | Nhiệm vụ | Chủ trì | Thời hạn |', '| 1 | Làm | Phòng A | Quý V/2026 |', '| | tiếp | | |', 'STT\tNội dung\tChủ trì\tThời hạn', '\t\t\t', '|', '\u00A0', '\u00AD', '(1)', 'IV.'];

describe('parsePlanText on any input', () => {
  it('never throws and always returns a valid draft', () => {
    const document = fc.array(fc.oneof(fc.string(), fc.constantFrom(...PIECES)), { maxLength: 40 }).map((lines) => lines.join('\n'));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), document), (text) => {
        const draft = parsePlanText(text);
        expect(() => planDraftSchema.parse(draft)).not.toThrow();
      }),
      { numRuns: 400 },
    );
  });

  // A guard against work that grows with the square of the text (a quadratic pass over 3000 tasks takes
  // minutes), not a speed figure: the bound is loose enough for a loaded CI machine; `npm run bench` times imports.
  it('reads a 300-page plan in seconds, not minutes', () => {
    const page = [
      '1.1. Tuyên truyền quan điểm, chủ trương, chính sách pháp luật của Đảng, Nhà nước về',
      'cải cách hành chính trên địa bàn tỉnh, gắn với Nghị quyết số 76/NQ-CP ngày 15/7/2021',
      '- Nâng cao nhận thức, đổi mới tư duy, hành động sáng tạo, đổi mới lề lối làm việc,',
      'phương thức quản trị hiện đại trên cơ sở đẩy mạnh ứng dụng công nghệ số.',
      '',
    ].join('\n');
    const rows = Array.from({ length: 3000 }, (_, index) => `| ${index + 1} | Nhiệm vụ số ${index + 1} | Phòng TCHC | Các khoa, phòng | Quý II/2026 | Báo cáo |`);
    const text = ['KẾ HOẠCH', 'Cải cách hành chính năm 2026', 'I. NỘI DUNG', page.repeat(300 * 8), '| STT | Nhiệm vụ | Chủ trì | Phối hợp | Thời hạn | Sản phẩm |', ...rows].join('\n');
    const started = performance.now();
    const draft = parsePlanText(text);
    const elapsed = performance.now() - started;
    expect(draft.tasks).toHaveLength(3000);
    expect(elapsed).toBeLessThan(5000);
  });
});
