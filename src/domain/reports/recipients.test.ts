import { describe, expect, it } from 'vitest';
import { nameFromCapitals, reportRecipients } from './recipients';

describe('report recipients', () => {
  it('sends the report to the body above for its information, then the board, then the files', () => {
    expect(reportRecipients({ parentName: 'Sở Y tế tỉnh Lào Cai', superiorName: 'SỞ Y TẾ TỈNH LÀO CAI' }, 'TCHC')).toEqual(['Sở Y tế tỉnh Lào Cai (b/c)', 'Ban Giám đốc', 'Lưu: VT, TCHC']);
    expect(reportRecipients({ parentName: null, superiorName: 'UBND TỈNH LÀO CAI' }, null)).toEqual(['UBND tỉnh Lào Cai (b/c)', 'Ban Giám đốc', 'Lưu: VT']);
    expect(reportRecipients({ parentName: null, superiorName: null }, 'VP')).toEqual(['Ban Giám đốc', 'Lưu: VT, VP']);
  });

  it('writes a heading name in capitals as a recipient line reads it', () => {
    expect(nameFromCapitals('UBND TỈNH HÀ TĨNH')).toBe('UBND tỉnh Hà Tĩnh');
    expect(nameFromCapitals('ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI')).toBe('Ủy ban nhân dân thành phố Hà Nội');
    expect(nameFromCapitals('BỘ Y TẾ')).toBe('Bộ Y tế');
    expect(nameFromCapitals('SỞ Y TẾ TỈNH LÀO CAI')).toBe('Sở Y tế tỉnh Lào Cai');
  });
});
