import { describe, expect, it } from 'vitest';
import { readMarker } from './markers';

describe('readMarker', () => {
  it('reads each family of numbering', () => {
    expect(readMarker('I. MỤC ĐÍCH')).toEqual({ kind: 'roman', numbering: 'I', rest: 'MỤC ĐÍCH' });
    expect(readMarker('IV. Tổ chức')).toMatchObject({ kind: 'roman', numbering: 'IV' });
    expect(readMarker('2. Yêu cầu')).toEqual({ kind: 'arabic1', numbering: '2', rest: 'Yêu cầu' });
    expect(readMarker('1.1. Nội dung')).toMatchObject({ kind: 'arabic2', numbering: '1.1' });
    expect(readMarker('2.4.10 Việc')).toMatchObject({ kind: 'arabic3', numbering: '2.4.10' });
    expect(readMarker('a) Theo dõi')).toMatchObject({ kind: 'letter', numbering: 'a' });
    expect(readMarker('(3) Quy trình')).toMatchObject({ kind: 'paren', numbering: '(3)' });
    expect(readMarker('– Nâng cao')).toMatchObject({ kind: 'dash', numbering: '-', rest: 'Nâng cao' });
    expect(readMarker('+ Chỉ số')).toMatchObject({ kind: 'plus', numbering: '+' });
  });

  it('does not take numbers and words for numbering', () => {
    expect(readMarker('1.996 TTHC trong đó')).toBeNull();
    expect(readMarker('191.647 hồ sơ')).toBeNull();
    expect(readMarker('2020 - 2025; Kế hoạch')).toBeNull();
    expect(readMarker('Việc thực hiện')).toBeNull();
    expect(readMarker('IIII. sai')).toBeNull();
  });
});
