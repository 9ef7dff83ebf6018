import { formatNumbering, formatNumberAndSymbol, numberText, placeAndDate, punctuateList, shortDate, withEndMark } from './document-text';

describe('the words of a plan document', () => {
  it('writes the place and date as Decree 30 asks, with blanks before signing', () => {
    expect(placeAndDate('Lào Cai', '2026-01-23', 2026)).toBe('Lào Cai, ngày 23 tháng 01 năm 2026');
    expect(placeAndDate('Lào Cai', '2026-02-05', 2026)).toBe('Lào Cai, ngày 05 tháng 02 năm 2026');
    expect(placeAndDate('Lào Cai', '2026-11-09', 2026)).toBe('Lào Cai, ngày 09 tháng 11 năm 2026');
    expect(placeAndDate('Lào Cai', '2026-03-15', 2026)).toBe('Lào Cai, ngày 15 tháng 3 năm 2026');
    expect(placeAndDate('P. Lào Cai', null, 2026)).toMatch(/^P\. Lào Cai, ngày\s+tháng\s+năm 2026$/);
  });

  it('leaves room for the clerk in the number and the appendix date', () => {
    expect(numberText('01/KH-BVSN')).toBe('01/KH-BVSN');
    expect(numberText('/KH-BVSN')).toMatch(/^\s+\/KH-BVSN$/);
    expect(formatNumberAndSymbol(3, 'KH-TTYT')).toBe('03/KH-TTYT');
    expect(formatNumberAndSymbol(null, 'KH-TTYT')).toBe('/KH-TTYT');
    expect(shortDate('2026-01-16', 2026)).toBe('16/01/2026');
    expect(shortDate(null, 2026)).toMatch(/^\s+\/\s+\/2026$/);
  });

  it('ends list items with ";" and the last with "."', () => {
    expect(punctuateList(['Sở Y tế', 'Ban Giám đốc BV;', 'Lưu: VT, TCHC.'])).toEqual(['Sở Y tế;', 'Ban Giám đốc BV;', 'Lưu: VT, TCHC.']);
  });

  it('ends the text with "./." exactly once', () => {
    expect(withEndMark('Trên đây là Kế hoạch')).toBe('Trên đây là Kế hoạch./.');
    expect(withEndMark('nghiêm túc triển khai thực hiện ./.')).toBe('nghiêm túc triển khai thực hiện./.');
    expect(withEndMark('nghiêm túc thực hiện.')).toBe('nghiêm túc thực hiện./.');
  });

  it('prints numberings the way the seeds do', () => {
    expect(['I', 'II.', '1', '1.1', '2.6', 'a', 'b)', '-', '+', '(1)'].map(formatNumbering)).toEqual(['I.', 'II.', '1.', '1.1.', '2.6.', 'a)', 'b)', '-', '+', '(1)']);
  });
});
