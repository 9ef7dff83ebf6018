import { describe, expect, it } from 'vitest';
import { readClosingBlock } from './closing-block';
import { sourceLines } from './source-lines';

const read = (text: string) => readClosingBlock(sourceLines(text));

describe('readClosingBlock', () => {
  it('reads recipients without their dashes and ends, and a recipient broken over two lines', () => {
    expect(read('Nơi nhận:\n- Sở Y tế (để\nbáo cáo);\n- Lưu: VT.\nGIÁM ĐỐC\n\nTrần Văn B').recipients).toEqual(['Sở Y tế (để báo cáo)', 'Lưu: VT']);
  });

  it('reads the authority, the deputy title and the last name-like line', () => {
    expect(read('Nơi nhận:\n- A;\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n(Đã ký)\nNguyễn Văn Cường')).toMatchObject({
      signingTitle: 'KT. GIÁM ĐỐC',
      signerTitle: 'PHÓ GIÁM ĐỐC',
      signer: 'Nguyễn Văn Cường',
    });
    expect(read('Q.GIÁM ĐỐC\nLê Thị Hoa')).toMatchObject({ signingTitle: 'Q. GIÁM ĐỐC', signerTitle: null, signer: 'Lê Thị Hoa' });
  });

  it('gives nothing when there is no closing block', () => {
    expect(read('')).toEqual({ recipients: [], signingTitle: null, signerTitle: null, signer: null });
  });
});
