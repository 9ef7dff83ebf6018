import { safeFileName, storageExtension } from './file-names';

describe('safeFileName', () => {
  it('keeps an ordinary Vietnamese name as it is', () => {
    expect(safeFileName('Báo cáo quý I (bản cuối).pdf')).toBe('Báo cáo quý I (bản cuối).pdf');
    // Decomposed accents, as macOS sends them, become the composed form the database compares.
    expect(safeFileName('Ba\u0301o ca\u0301o.pdf')).toBe('Báo cáo.pdf');
  });

  it('keeps only the last part of a path', () => {
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('..\\..\\Windows\\System32\\config.pdf')).toBe('config.pdf');
    expect(safeFileName('C:\\Users\\An\\Desktop\\ke-hoach.docx')).toBe('ke-hoach.docx');
    expect(safeFileName('..')).toBe('tep');
    expect(safeFileName('/')).toBe('tep');
  });

  it('drops control and invisible characters, the right-to-left trick included', () => {
    expect(safeFileName('a\u0000b\r\n.pdf')).toBe('ab.pdf');
    expect(safeFileName('hoadon\u202efdp.exe')).toBe('hoadonfdp.exe');
    expect(safeFileName('\u200b\ufeff.pdf')).toBe('tep.pdf');
  });

  it('makes a name Windows can save', () => {
    expect(safeFileName('CON.pdf')).toBe('_CON.pdf');
    expect(safeFileName('nul')).toBe('_nul');
    expect(safeFileName('com1.tar.gz')).toBe('_com1.tar.gz');
    expect(safeFileName('Console.pdf')).toBe('Console.pdf');
    expect(safeFileName('a<b>c:d"e|f?g*.pdf')).toBe('a_b_c_d_e_f_g_.pdf');
    expect(safeFileName('bao-cao.pdf. . ')).toBe('bao-cao.pdf');
  });

  it('shortens a very long name to 255 characters, keeping its extension', () => {
    const name = safeFileName(`${'Kế hoạch '.repeat(100)}.docx`);
    expect([...name].length).toBeLessThanOrEqual(255);
    expect(name.endsWith('.docx')).toBe(true);
    expect([...safeFileName('x'.repeat(5000))].length).toBe(255);
  });
});

describe('storageExtension', () => {
  it('is the extension when it is plain, else "bin"', () => {
    expect(storageExtension('a.PDF')).toBe('pdf');
    expect(storageExtension('passwd')).toBe('bin');
    expect(storageExtension('a.p\u0000df')).toBe('bin');
    expect(storageExtension('a./etc/passwd')).toBe('bin');
    expect(storageExtension(`a.${'x'.repeat(300)}`)).toBe('bin');
  });
});
