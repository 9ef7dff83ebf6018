import { describe, expect, it } from 'vitest';
import { joinParagraphs } from './paragraphs';
import { sourceLines } from './source-lines';

const texts = (text: string) => joinParagraphs(sourceLines(text)).map((paragraph) => paragraph.text);

describe('joinParagraphs', () => {
  it('joins lines broken at the margin, blank lines between them or not', () => {
    expect(texts('- Nâng cao nhận thức của viên chức về\n\nCCHC và chuyển đổi số;\n- Đổi mới.')).toEqual([
      '- Nâng cao nhận thức của viên chức về CCHC và chuyển đổi số;',
      '- Đổi mới.',
    ]);
  });

  it('breaks after a full stop, before markers and openers, and between a capitals heading and text', () => {
    expect(texts('III. KINH PHÍ THỰC HIỆN\nNguồn ngân sách.\nCăn cứ kế hoạch\nThực hiện việc')).toEqual([
      'III. KINH PHÍ THỰC HIỆN',
      'Nguồn ngân sách.',
      'Căn cứ kế hoạch',
      'Thực hiện việc',
    ]);
  });

  it('breaks after a short heading line followed by a capital', () => {
    const long = 'Nâng cao chất lượng phục vụ người bệnh và người dân tại các khoa, phòng của đơn vị';
    expect(texts(`1. Mục đích\n${long}\nhàng năm.`)).toEqual(['1. Mục đích', `${long} hàng năm.`]);
  });

  it('keeps the line number a paragraph starts on', () => {
    expect(joinParagraphs(sourceLines('\n\nI. A\n\n- b')).map((paragraph) => paragraph.no)).toEqual([3, 5]);
  });
});
