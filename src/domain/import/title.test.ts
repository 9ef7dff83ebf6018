import { describe, expect, it } from 'vitest';
import { sourceLines } from './source-lines';
import { findTitle, planKindOf } from './title';

describe('findTitle', () => {
  it('reads the summary lines under "KẾ HOẠCH" up to the body', () => {
    const lines = sourceLines('KẾ HOẠCH\n\nTuyên truyền về công tác cải cách hành chính của\n\nTrung tâm Y tế năm 2026\n\nCăn cứ Luật;');
    expect(findTitle(lines)).toMatchObject({ kindLine: 0, title: 'Tuyên truyền về công tác cải cách hành chính của Trung tâm Y tế năm 2026', end: 6 });
  });

  it('reads a title written after "KẾ HOẠCH" on the same line, and none when there is no such line', () => {
    expect(findTitle(sourceLines('KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025\nI. MỤC ĐÍCH')).title).toBe('CẢI CÁCH HÀNH CHÍNH NĂM 2025');
    expect(findTitle(sourceLines('Kế hoạch này nói về việc khác'))).toMatchObject({ kindLine: -1, title: null });
  });
});

describe('planKindOf', () => {
  it('names the kind from the words of the title', () => {
    expect(planKindOf('Tuyên truyền cải thiện chỉ số PCI năm 2025')).toBe('pci_ddci_communication');
    expect(planKindOf('Thông tin, tuyên truyền cải cách hành chính năm 2026')).toBe('communication');
    expect(planKindOf('Cải cách hành chính năm 2026')).toBe('cchc');
    expect(planKindOf('Phòng chống dịch sốt xuất huyết')).toBe('other');
    expect(planKindOf(null)).toBe('other');
  });
});
