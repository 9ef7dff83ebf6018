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
    expect(read('')).toEqual({ recipients: [], signingTitle: null, signerTitle: null, signer: null, lines: { recipients: null, signingTitle: null, signer: null } });
  });

  it('ends the list at its "Lưu" entry or its cell, joins a title broken over lines, and reads nothing after the signature', () => {
    const closing = ['|', '*Nơi nhận:*', '- Bộ Y tế (b/c);', '- TT Tỉnh ủy, TT HĐND tỉnh;', '- Lưu: VT, KGVX.', '|', '**TM. ỦY BAN NHÂN', 'DÂN**', 'KT. CHỦ TỊCH', '**PHÓ CHỦ TỊCH**', '**Lò Văn Sơn**', '|', '', '[1] Chương trình số 30-CTr/TU ngày 29/12/2017 của Tỉnh ủy;', 'Kế hoạch số 53/KH-UBND của UBND tỉnh.'];
    expect(read(closing.join('\n'))).toEqual({
      recipients: ['Bộ Y tế (b/c)', 'TT Tỉnh ủy, TT HĐND tỉnh', 'Lưu: VT, KGVX'],
      signingTitle: 'TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH',
      signerTitle: 'PHÓ CHỦ TỊCH',
      signer: 'Lò Văn Sơn',
      // Where each was read, for the review page to point at.
      lines: { recipients: 2, signingTitle: 7, signer: 11 },
    });
    expect(read(['Nơi nhận:', '- Như trên;', '- Lưu: VT.', 'Q. GIÁM ĐỐC', '', '', 'Vũ Thị Hà', 'Văn bản liên quan', 'Ban hành: 01/01/2026'].join('\n'))).toMatchObject({ recipients: ['Như trên', 'Lưu: VT'], signingTitle: 'Q. GIÁM ĐỐC', signer: 'Vũ Thị Hà' });
  });
});
