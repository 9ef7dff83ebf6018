import { describe, expect, it } from 'vitest';
import { sourceLines } from './source-lines';

const texts = (text: string) => sourceLines(text).map((l) => l.text);

describe('source lines of a plan copied from a web page as Markdown', () => {
  it('reads bold, italic and heading marks as layout, not words', () => {
    expect(texts('**ỦY BAN NHÂN\nDÂN**\n## **KẾ HOẠCH**\n*Cần Thơ, ngày 21\ntháng 11 năm 2025 *\n*Căn cứ Luật Tổ chức chính quyền địa phương;*')).toEqual([
      'ỦY BAN NHÂN',
      'DÂN',
      'KẾ HOẠCH',
      'Cần Thơ, ngày 21',
      'tháng 11 năm 2025',
      'Căn cứ Luật Tổ chức chính quyền địa phương;',
    ]);
    expect(texts('**I. MỤC ĐÍCH, YÊU CẦU**')).toEqual(['I. MỤC ĐÍCH, YÊU CẦU']);
    expect(texts('1\\. Mục tiêu chung')).toEqual(['1. Mục tiêu chung']);
  });

  it('keeps an asterisk that is part of the text: a note mark, a bullet, a table cell', () => {
    expect(texts('Số liệu (*) là ước tính')).toEqual(['Số liệu (*) là ước tính']);
    expect(texts('* Nhiệm vụ trọng tâm')).toEqual(['* Nhiệm vụ trọng tâm']);
    expect(sourceLines('| 1 | Rà soát TTHC | Sở Y tế |')[0]!.raw).toBe('| 1 | Rà soát TTHC | Sở Y tế |');
  });
});
